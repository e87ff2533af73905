package org.tradewar.sweep;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.tradewar.chart.ChartTheme;

/**
 * {@code METRIC__heat__AXIS1__AXIS2}: the metric's mean over the first two axes, in viridis with a
 * labelled colour bar, each cell's value printed in it when the cells are large enough. A share
 * runs on a fixed 0..1 scale: a scale fitted to 0.66..1 would make small differences look dramatic.
 */
final class HeatMapChart {
  private HeatMapChart() {}

  static SweepChart of(SweepResults r, int j, AxisLevels ax, AxisLevels ay) {
    Profile p = Profile.of(r, j, ax, 0, ay, 1);
    MetricNames.Label m = r.metrics.get(j).label();
    int nx = ax.size();
    int ny = ay.size();
    int filled = 0;
    double[][] xyz = new double[3][nx * ny];
    for (int b = 0; b < ny; b++) {
      for (int a = 0; a < nx; a++) {
        Profile.Cell c = p.cells[b][a];
        if (!c.empty()) {
          xyz[0][filled] = numericBins(ax) ? ax.position[a] : a;
          xyz[1][filled] = numericBins(ay) ? ay.position[b] : b;
          xyz[2][filled] = c.mean();
          filled++;
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(
        m.name(),
        new double[][] {
          java.util.Arrays.copyOf(xyz[0], filled),
          java.util.Arrays.copyOf(xyz[1], filled),
          java.util.Arrays.copyOf(xyz[2], filled)
        });
    double[] range = p.meanRange();
    double lo = Double.isNaN(range[0]) ? 0 : range[0];
    double hi = Double.isNaN(range[1]) ? 1 : range[1];
    boolean constant = SweepStyle.flat(range[0], range[1]);
    if (m.share()) {
      lo = 0;
      hi = 1;
    } else if (constant) {
      double pad =
          Math.max(0.1, Math.abs(hi) * 0.1); // a legend around the value, not below 0 for counts
      lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
      hi += pad;
    }
    ViridisScale scale = new ViridisScale(lo, hi);
    XYBlockRenderer renderer = new LabelledBlocks(nx * ny <= 150);
    renderer.setPaintScale(scale);
    ValueAxis x = axis(ax);
    ValueAxis y = axis(ay);
    if (numericBins(ax)) {
      renderer.setBlockWidth(ax.binWidth());
    }
    if (numericBins(ay)) {
      renderer.setBlockHeight(ay.binWidth());
    }
    if (nx > 10 && !numericBins(ax)) {
      x.setVerticalTickLabels(true);
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(SweepStyle.EMPTY);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    String title =
        m.name()
            + ", by "
            + SweepStyle.inSentence(ax.def.label().name())
            + " and "
            + SweepStyle.inSentence(ay.def.label().name());
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, false);
    StringBuilder reading =
        new StringBuilder(
            p.replicationBand
                ? "Colour: mean of the runs at each point"
                : "Colour: mean over the points in each cell, each counting once"
                    + (r.axes.size() > 2 ? " (the other parameters vary)" : ""));
    if (filled < nx * ny) {
      reading.append("; grey: no point");
    }
    if (m.share()) {
      reading.append("; a share, on a fixed 0 to 1 scale");
    }
    String[] subtitles =
        constant
            ? new String[] {reading.toString(), SweepStyle.constantNote(m, range[0])}
            : new String[] {reading.toString()};
    SweepStyle.finish(chart, r.title, subtitles);
    chart.addSubtitle(legend(scale, m));
    String caption = String.join(". ", subtitles) + ".";
    return new SweepChart(
        SweepCharts.safe(r.metrics.get(j).key())
            + "__heat__"
            + SweepCharts.safe(ax.def.path())
            + "__"
            + SweepCharts.safe(ay.def.path()),
        j,
        caption,
        chart);
  }

  /** Bins of a linear range sit on a numeric axis with round ticks; other levels are categories. */
  private static boolean numericBins(AxisLevels a) {
    return a.binned && !a.useLog();
  }

  private static ValueAxis axis(AxisLevels a) {
    ValueAxis v = SweepStyle.parameterAxis(a, !numericBins(a));
    if (numericBins(a)) {
      v.setRange(a.position[0] - a.binWidth() / 2, a.position[a.size() - 1] + a.binWidth() / 2);
    } else {
      v.setRange(-0.5, a.size() - 0.5); // categories sit at 0, 1, ...
    }
    return v;
  }

  /** The colour bar, labelled with the metric and its unit. */
  static PaintScaleLegend legend(ViridisScale scale, MetricNames.Label m) {
    NumberAxis axis = ChartTheme.valueAxis(m.withUnit()); // at most ten ticks on the bar
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(scale.getLowerBound(), scale.getUpperBound());
    if (m.share()) {
      axis.setTickUnit(new NumberTickUnit(0.2));
    }
    PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    legend.setMargin(new RectangleInsets(40, 16, 40, 10));
    legend.setStripWidth(30);
    legend.setSubdivisionCount(256);
    return legend;
  }

  /** Blocks one unit wide and high, each with its value printed in it (when {@code labels}). */
  private static final class LabelledBlocks extends XYBlockRenderer {
    private static final long serialVersionUID = 1L;
    private final boolean labels;

    LabelledBlocks(boolean labels) {
      this.labels = labels;
      setBlockWidth(1);
      setBlockHeight(1);
    }

    @Override
    public void drawItem(
        Graphics2D g2,
        XYItemRendererState state,
        Rectangle2D dataArea,
        PlotRenderingInfo info,
        XYPlot plot,
        ValueAxis domainAxis,
        ValueAxis rangeAxis,
        XYDataset dataset,
        int series,
        int item,
        CrosshairState crosshairState,
        int pass) {
      super.drawItem(
          g2,
          state,
          dataArea,
          info,
          plot,
          domainAxis,
          rangeAxis,
          dataset,
          series,
          item,
          crosshairState,
          pass);
      double w = Math.abs(domainAxis.lengthToJava2D(1, dataArea, plot.getDomainAxisEdge()));
      if (!labels || w < 56) {
        return;
      }
      double z = ((XYZDataset) dataset).getZValue(series, item);
      double cx =
          domainAxis.valueToJava2D(
              dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
      double cy =
          rangeAxis.valueToJava2D(
              dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
      Color fill = (Color) getPaintScale().getPaint(z);
      double luminance =
          (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
      g2.setPaint(luminance < 0.55 ? Color.WHITE : ChartTheme.TEXT);
      g2.setFont(new Font(ChartTheme.FONT, Font.PLAIN, w < 90 ? 15 : 18));
      String text = Readable.number(z, 3);
      FontMetrics fm = g2.getFontMetrics();
      g2.drawString(
          text, (float) (cx - fm.stringWidth(text) / 2.0), (float) (cy + fm.getAscent() / 2.0 - 2));
    }
  }
}
