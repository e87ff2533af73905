package org.tradewar.sweep;

import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * The distribution of one metric over the runs of a single point (a sweep of replications only):
 * a histogram, one bar per value for whole-number metrics (counts, weeks) with a small range,
 * with the median and the 5-95% range in the subtitle. A line "against" an axis with one value
 * would be a single dot.
 */
final class DistributionChart {
  private static final int BINS = 20;
  private static final int MAX_WHOLE_BARS = 40;
  private static final Color BAR = new Color(0x1f77b4);

  private DistributionChart() {}

  static JFreeChart of(String title, String metric, double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    double lo = v[0];
    double hi = v[v.length - 1];
    boolean whole = Arrays.stream(v).allMatch(x -> x == Math.rint(x));
    int bins;
    double from;
    double to;
    if (whole && hi - lo + 1 <= MAX_WHOLE_BARS) {
      bins = (int) (hi - lo) + 1; // one bar per value, centred on it
      from = lo - 0.5;
      to = hi + 0.5;
    } else if (hi > lo) {
      bins = BINS;
      from = lo;
      to = hi;
    } else {
      bins = 1;
      from = lo - 0.5;
      to = hi + 0.5;
    }
    HistogramDataset data = new HistogramDataset();
    data.setType(HistogramType.FREQUENCY);
    data.addSeries(metric, v, bins, from, to);
    NumberAxis x = new NumberAxis(metric);
    x.setAutoRangeIncludesZero(false);
    if (whole) {
      x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    NumberAxis y = new NumberAxis("runs");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYBarRenderer bars = new XYBarRenderer(0.08);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, BAR);
    XYPlot plot = new XYPlot(data, x, y, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(metric + ": distribution over " + v.length + " runs",
        JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(new TextTitle(title + ": median " + fmt(quantile(v, 0.5)) + ", 5-95% "
        + fmt(quantile(v, 0.05)) + " to " + fmt(quantile(v, 0.95)) + ", range " + fmt(lo) + " to " + fmt(hi)));
    return chart;
  }

  /** Quantile of sorted values, by linear interpolation between order statistics. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(sorted.length - 1, i + 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
        : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
  }
}
