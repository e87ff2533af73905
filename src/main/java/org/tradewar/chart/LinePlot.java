package org.tradewar.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.tradewar.output.Band;

/** Builds an XY plot of {@link Line}s over dates: mean lines, translucent bands, sparse markers. */
final class LinePlot {
  private LinePlot() {}

  /** A plot of {@code lines}; an axis may be null when a combined plot supplies it. */
  static XYPlot of(List<Line> lines, DateAxis x, ValueAxis y) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    MarkedRenderer renderer = new MarkedRenderer();
    for (int s = 0; s < lines.size(); s++) {
      Line line = lines.get(s);
      YIntervalSeries series = new YIntervalSeries(line.label(), false, true);
      BitSet marked = new BitSet();
      Band b = line.band();
      int n = Math.min(b.weeks(), line.dates().size());
      double prev = Double.NaN;
      double prevLo = Double.NaN;
      double prevHi = Double.NaN;
      for (int w = 0; w < n; w++) {
        double m = b.mean(w);
        if (Double.isNaN(m)) {
          continue;
        }
        double t = ChartTheme.millis(line.dates().get(w));
        if (line.step() && !Double.isNaN(prev) && prev != m) {
          series.add(t, prev, prevLo, prevHi);
        }
        if (w % ChartTheme.MARKER_EVERY == ChartTheme.MARKER_EVERY / 2) {
          marked.set(series.getItemCount());
        }
        series.add(t, m, b.lower(w), b.upper(w));
        prev = m;
        prevLo = b.lower(w);
        prevHi = b.upper(w);
      }
      data.addSeries(series);
      renderer.marked.add(marked);
      renderer.setSeriesPaint(s, line.color());
      renderer.setSeriesFillPaint(s, line.color());
      renderer.setSeriesStroke(s, line.stroke());
      renderer.setSeriesShapesVisible(s, line.marker() != null);
      if (line.marker() != null) {
        renderer.setSeriesShape(s, line.marker());
      }
      renderer.setSeriesShapesFilled(s, line.markerFilled());
    }
    renderer.setUseFillPaint(true);
    renderer.setUseOutlinePaint(false);
    renderer.setDrawOutlines(true);
    renderer.setAlpha(ChartTheme.BAND_ALPHA);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    ChartTheme.stylePlot(plot);
    return plot;
  }

  /**
   * A deviation renderer that draws each series' marker only at chosen items (one per quarter), so
   * markers tell lines apart in greyscale without cluttering a weekly series.
   */
  static final class MarkedRenderer extends DeviationRenderer {
    private static final long serialVersionUID = 1L;
    final transient List<BitSet> marked = new ArrayList<>();

    MarkedRenderer() {
      super(true, true);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
      return super.getItemShapeVisible(series, item)
          && series < marked.size()
          && marked.get(series).get(item);
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
      // Hollow markers keep the line's own width, so they read as rings.
      setSeriesOutlineStroke(series, new BasicStroke(2.5f), false);
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
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
      LegendItem item = super.getLegendItem(datasetIndex, series);
      if (item != null) {
        // The legend shows the line with its marker in the middle, even when the marker is sparse.
        item.setLineVisible(true);
        Paint p = lookupSeriesPaint(series);
        item.setLinePaint(p);
        item.setLine(new java.awt.geom.Line2D.Double(-24, 0, 24, 0));
        item.setShapeVisible(
            getSeriesShapesVisible(series) != null && getSeriesShapesVisible(series));
      }
      return item;
    }
  }

  /** The date range spanned by {@code lines}. */
  static LocalDate[] span(List<Line> lines) {
    LocalDate first = null;
    LocalDate last = null;
    for (Line l : lines) {
      if (l.dates().isEmpty()) {
        continue;
      }
      LocalDate a = l.dates().get(0);
      LocalDate b = l.dates().get(l.dates().size() - 1);
      first = first == null || a.isBefore(first) ? a : first;
      last = last == null || b.isAfter(last) ? b : last;
    }
    return new LocalDate[] {first, last};
  }
}
