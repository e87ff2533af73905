package org.tradewar.sweep;

import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.tradewar.chart.ChartTheme;

/**
 * The distribution of one metric over the runs of a single point (a sweep of replications only): a
 * histogram, one bar per value for whole-number metrics (counts, weeks) with a small range, with
 * the median and the 5-95% range in the subtitle. A line "against" an axis with one value would be
 * a single dot.
 */
final class DistributionChart {
  private static final int BINS = 20;
  private static final int MAX_WHOLE_BARS = 40;

  private DistributionChart() {}

  static SweepChart of(SweepResults r, int j) {
    double[] v = r.onePointValues[j].clone();
    if (v.length == 0) {
      return null;
    }
    MetricNames.Label m = r.metrics.get(j).label();
    Arrays.sort(v);
    double lo = v[0];
    double hi = v[v.length - 1];
    boolean whole = Arrays.stream(v).allMatch(x -> x == Math.rint(x));
    // runs that differ beyond the third digit only (28.0999 and 28.1001) are one value to a reader
    boolean constant = Readable.number(lo, 3).equals(Readable.number(hi, 3));
    int bins;
    double from;
    double to;
    double view = Double.NaN;
    if (m.share()) {
      bins = 2; // each run is 0 or 1: a bar for "no" and one for "yes", both always on the axis
      from = -0.5;
      to = 1.5;
    } else if (whole && hi - lo + 1 <= MAX_WHOLE_BARS) {
      bins = (int) (hi - lo) + 1; // one bar per value, centred on it
      from = lo - 0.5;
      to = hi + 0.5;
    } else if (!constant) {
      bins = BINS;
      from = lo;
      to = hi;
    } else {
      bins = 1;
      view = Math.max(Math.abs(hi) * 0.02, 0.01);
      from = (lo + hi) / 2 - view / 2;
      to = (lo + hi) / 2 + view / 2;
    }
    HistogramDataset data = new HistogramDataset();
    data.setType(HistogramType.FREQUENCY);
    data.addSeries(m.name(), v, bins, from, to);
    // a share's runs are 0 or 1 each: say which is which
    NumberAxis x =
        ChartTheme.valueAxis(m.share() ? m.name() + " (1 = yes, 0 = no, per run)" : m.withUnit());
    x.setAutoRangeIncludesZero(false);
    if (m.share()) {
      x.setRange(-0.5, 1.5);
      x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    } else if (!Double.isNaN(view)) {
      x.setRange(from - 5 * view, to + 5 * view);
    } else if (whole) {
      x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    NumberAxis y = ChartTheme.valueAxis("runs");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYBarRenderer bars = new XYBarRenderer(0.08);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, SweepStyle.BARS);
    XYPlot plot = new XYPlot(data, x, y, bars);
    ChartTheme.stylePlot(plot);
    plot.setDomainGridlinesVisible(false);
    String title = m.name() + ": distribution over " + v.length + " runs";
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, false);
    String reading =
        m.share()
            ? "Share of runs: "
                + Readable.quantity(Arrays.stream(v).average().orElse(Double.NaN), "share")
            : constant
                ? "Every run: " + Readable.quantity(lo, m.unit())
                : "Median "
                    + Readable.quantity(quantile(v, 0.5), m.unit())
                    + ", 5-95% of runs "
                    + Readable.quantity(quantile(v, 0.05), m.unit())
                    + " to "
                    + Readable.quantity(quantile(v, 0.95), m.unit())
                    + ", range "
                    + Readable.quantity(lo, m.unit())
                    + " to "
                    + Readable.quantity(hi, m.unit());
    SweepStyle.finish(chart, r.title, reading);
    return new SweepChart(
        SweepCharts.safe(r.metrics.get(j).key()) + "__distribution", j, reading + ".", chart);
  }

  /** Quantile of sorted values, by linear interpolation between order statistics. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(sorted.length - 1, i + 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }
}
