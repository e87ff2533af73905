package org.tradewar.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradewar.chart.ChartTheme;

/**
 * {@code METRIC__sobol}: first- and total-order Sobol indices per parameter with their bootstrap
 * 95% intervals, as horizontal bars (parameter names read across), the largest total effect on top.
 */
final class SobolChart {
  static final String FIRST = "first order S1 (alone)";
  static final String TOTAL = "total order ST (with interactions)";

  private SobolChart() {}

  /** The chart of metric {@code j}, or null when the sensitivity file has no row for it. */
  static SweepChart of(SweepResults r, int j, List<Sensitivity.Row> all) {
    String key = r.metrics.get(j).key();
    List<Sensitivity.Row> rows = Sensitivity.of(all, key);
    if (rows.isEmpty()) {
      return null;
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, double[]> intervals = new HashMap<>();
    double top = 0;
    double bottom = 0;
    for (Sensitivity.Row row : rows) {
      String name = ParameterNames.of(row.axis()).name();
      for (String kind : List.of(FIRST, TOTAL)) {
        boolean first = kind.equals(FIRST);
        double v = first ? row.s1() : row.st();
        double lo = first ? row.s1Low() : row.stLow();
        double hi = first ? row.s1High() : row.stHigh();
        data.addValue(Double.isNaN(v) ? null : v, kind, name);
        intervals.put(kind + "|" + name, new double[] {lo, hi});
        for (double x : new double[] {v, lo, hi}) {
          if (Double.isFinite(x)) {
            top = Math.max(top, x);
            bottom = Math.min(bottom, x);
          }
        }
      }
    }
    CategoryAxis x = new CategoryAxis(null);
    SweepStyle.fonts(x);
    x.setMaximumCategoryLabelWidthRatio(0.35f);
    NumberAxis y = ChartTheme.valueAxis("Sobol index (share of the variance of the point means)");
    double pad = 0.05 * Math.max(1e-9, top - bottom);
    y.setRange(bottom < 0 ? bottom - pad : 0, Math.max(top + pad, 0.1));
    BarRenderer bars = new WhiskerBars(intervals);
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, SweepStyle.FIRST_ORDER);
    bars.setSeriesPaint(1, SweepStyle.TOTAL_ORDER);
    bars.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, x, y, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(ChartTheme.GRID);
    plot.setOutlineVisible(false);
    MetricNames.Label m = r.metrics.get(j).label();
    String title = "What moves " + SweepStyle.inSentence(m.name()) + ": Sobol indices";
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, true);
    String reading =
        "Whiskers: 95% bootstrap intervals; "
            + rows.get(0).rows()
            + " design rows; the largest "
            + "total effect on top";
    SweepStyle.finish(chart, r.title, reading);
    return new SweepChart(SweepCharts.safe(key) + "__sobol", j, reading + ".", chart);
  }

  /**
   * Bars with a whisker from the low to the high end of each bar's interval, in either orientation.
   */
  private static final class WhiskerBars extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final Map<String, double[]> intervals;

    WhiskerBars(Map<String, double[]> intervals) {
      this.intervals = intervals;
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        CategoryItemRendererState state,
        Rectangle2D dataArea,
        CategoryPlot plot,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis,
        CategoryDataset dataset,
        int row,
        int column,
        int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      double[] iv = intervals.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
      if (iv == null
          || Double.isNaN(iv[0])
          || Double.isNaN(iv[1])
          || dataset.getValue(row, column) == null) {
        return;
      }
      PlotOrientation o = plot.getOrientation();
      double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column);
      double c = w0 + state.getBarWidth() / 2;
      double v0 = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
      double v1 = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
      double cap = state.getBarWidth() / 4;
      g2.setPaint(ChartTheme.TEXT);
      g2.setStroke(new BasicStroke(2f));
      if (PlotOrientation.HORIZONTAL.equals(o)) {
        g2.draw(new Line2D.Double(v0, c, v1, c));
        g2.draw(new Line2D.Double(v0, c - cap, v0, c + cap));
        g2.draw(new Line2D.Double(v1, c - cap, v1, c + cap));
      } else {
        g2.draw(new Line2D.Double(c, v0, c, v1));
        g2.draw(new Line2D.Double(c - cap, v0, c + cap, v0));
        g2.draw(new Line2D.Double(c - cap, v1, c + cap, v1));
      }
    }
  }
}
