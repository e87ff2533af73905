package org.tradewar.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tradewar.chart.ChartTheme;

/**
 * {@code METRIC__vs__AXIS}: a metric against one swept parameter. On a two-axis sweep whose other
 * axis has a few values, one line per value of it (up to {@value #MAX_LINES}, else {@value
 * #CHOSEN_LINES} evenly chosen), each point with the 95% confidence interval of its mean over
 * replications; otherwise one line, the mean over the points at each value, with the spread of
 * those points' means (see {@link Profile}).
 */
final class ProfileChart {
  /** All values of the other axis up to this many lines; beyond, {@link #CHOSEN_LINES} of them. */
  static final int MAX_LINES = 6;

  static final int CHOSEN_LINES = 5;

  private ProfileChart() {}

  static SweepChart of(SweepResults r, int j, int axis, List<AxisLevels> levels) {
    AxisLevels x = levels.get(axis);
    int otherAxis = axis == 0 ? 1 : 0;
    AxisLevels other = r.axes.size() == 2 ? levels.get(otherAxis) : null;
    boolean split = other != null && !other.binned && other.size() > 1;
    Profile profile = Profile.of(r, j, x, axis, split ? other : null, split ? otherAxis : -1);
    List<Integer> slices = split ? chosen(other.size()) : List.of(0);
    MetricNames.Label m = r.metrics.get(j).label();

    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (int s : slices) {
      YIntervalSeries series = new YIntervalSeries(split ? other.at(s) : m.name());
      for (int l = 0; l < x.size(); l++) {
        Profile.Cell c = profile.cells[s][l];
        if (c.empty()) {
          continue;
        }
        double lo = Double.isNaN(c.low()) ? c.mean() : c.low();
        double hi = Double.isNaN(c.high()) ? c.mean() : c.high();
        if (m.share()) { // a share cannot leave 0..1, whatever a t interval says
          lo = Math.max(0, lo);
          hi = Math.min(1, hi);
        }
        series.add(x.position[l], c.mean(), lo, hi);
      }
      if (series.getItemCount() > 0) {
        data.addSeries(series);
      }
    }
    ValueAxis xAxis = SweepStyle.parameterAxis(x, false);
    NumberAxis yAxis = SweepStyle.metricAxis(m);
    padFlat(yAxis, data, m.share());
    DeviationRenderer renderer = new DeviationRenderer(true, !x.binned);
    for (int k = 0; k < data.getSeriesCount(); k++) {
      Color c = SweepStyle.slice(k, data.getSeriesCount());
      renderer.setSeriesPaint(k, c);
      renderer.setSeriesFillPaint(k, c);
      renderer.setSeriesStroke(k, new BasicStroke(ChartTheme.LINE_WIDTH));
      renderer.setSeriesShape(k, new Ellipse2D.Double(-5, -5, 10, 10));
    }
    renderer.setAlpha(split ? 0.15f : ChartTheme.BAND_ALPHA);
    XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
    ChartTheme.stylePlot(plot);
    String title = m.name() + ", by " + SweepStyle.inSentence(x.def.label().name());
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, split);
    String reading = reading(r, x, split ? other : null, slices.size(), profile.replicationBand);
    double[] range = profile.meanRange();
    if (SweepStyle.flat(range[0], range[1])) {
      SweepStyle.finish(chart, r.title, reading, SweepStyle.constantNote(m, range[0]));
      reading += ". " + SweepStyle.constantNote(m, range[0]);
    } else {
      SweepStyle.finish(chart, r.title, reading);
    }
    return new SweepChart(
        SweepCharts.safe(r.metrics.get(j).key()) + "__vs__" + SweepCharts.safe(x.def.path()),
        j,
        reading + ".",
        chart);
  }

  /**
   * Which slices to draw: all when few, else {@value #CHOSEN_LINES} evenly spread, first and last
   * included.
   */
  static List<Integer> chosen(int n) {
    List<Integer> out = new ArrayList<>();
    if (n <= MAX_LINES) {
      for (int i = 0; i < n; i++) {
        out.add(i);
      }
      return out;
    }
    for (int k = 0; k < CHOSEN_LINES; k++) {
      int i = (int) Math.round((double) k * (n - 1) / (CHOSEN_LINES - 1));
      if (!out.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** What the lines and the shading are, in words. */
  private static String reading(
      SweepResults r, AxisLevels x, AxisLevels other, int lines, boolean replicationBand) {
    int reps = r.manifest.path("replications").asInt(1);
    StringBuilder b = new StringBuilder();
    if (replicationBand) {
      b.append(
          other == null
              ? "Line: mean of the runs at each point"
              : "Lines: mean of the runs at each point, one "
                  + "line per value of "
                  + SweepStyle.inSentence(other.def.label().name())
                  + (lines < other.size()
                      ? " (" + lines + " of its " + other.size() + " values)"
                      : ""));
      b.append(
          reps > 1
              ? "; shaded: 95% confidence interval of that mean over " + reps + " replications"
              : "; one run per point, so no band");
    } else if (r.axes.size() == 1) {
      b.append(
          "Line: mean over the points in each bin; shaded: 10th to 90th percentile of their means");
    } else {
      b.append(
          "Line: mean of the points' means at each value (the other parameters vary); shaded: 10th"
              + " to 90th percentile of those means, how far the other parameters move it (not"
              + " noise)");
    }
    if (x.binned) {
      b.append("; ").append(AxisLevels.BINS).append(" bins, at their centres");
    }
    return b.toString();
  }

  /** A flat line mid-axis, not pinned to the edge of a range of width zero. */
  private static void padFlat(NumberAxis y, YIntervalSeriesCollection data, boolean share) {
    if (share) {
      return;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < data.getSeriesCount(); k++) {
      for (int n = 0; n < data.getItemCount(k); n++) {
        lo = Math.min(lo, data.getStartYValue(k, n));
        hi = Math.max(hi, data.getEndYValue(k, n));
      }
    }
    if (Double.isFinite(lo) && SweepStyle.flat(lo, hi)) {
      double pad = Math.max(0.1, Math.abs(hi) * 0.1);
      y.setRange(lo - pad, hi + pad);
    }
  }
}
