package org.tradewar.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A point the articles report, drawn over the simulated path: a hollow star at (date, value) with a
 * short label. In SVG the star carries the statement and its sources as a title, which browsers
 * show on hover.
 */
final class ReportedAnnotation extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;
  private final double x;
  private final double y;
  private final String label;
  private final String title;

  ReportedAnnotation(double x, double y, String label, String title) {
    this.x = x;
    this.y = y;
    this.label = label;
    this.title = title;
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D area,
      ValueAxis domain,
      ValueAxis range,
      int rendererIndex,
      PlotRenderingInfo info) {
    PlotOrientation o = plot.getOrientation();
    RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), o);
    RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), o);
    double px = domain.valueToJava2D(x, area, xEdge);
    double py = range.valueToJava2D(y, area, yEdge);
    java.awt.Shape star =
        java.awt.geom.AffineTransform.getTranslateInstance(px, py).createTransformedShape(STAR);
    // the title goes on the star, the next element drawn (other graphics ignore the hint)
    g2.setRenderingHint(SvgGraphics2D.KEY_ELEMENT_TITLE, title);
    g2.setPaint(ChartTheme.TEXT);
    g2.setStroke(new BasicStroke(2.5f));
    g2.draw(star);
    if (!label.isEmpty()) {
      g2.setFont(ChartTheme.ANNOTATION);
      g2.drawString(label, (float) (px + 16), (float) (py - 10));
    }
  }

  /** A five-pointed star centred on the origin: the mark of what the articles report. */
  static final java.awt.Shape STAR = star(12);

  private static java.awt.Shape star(double r) {
    Path2D p = new Path2D.Double();
    for (int k = 0; k < 10; k++) {
      double a = Math.PI / 2 + k * Math.PI / 5;
      double rr = k % 2 == 0 ? r : r * 0.45;
      double x = rr * Math.cos(a);
      double y = -rr * Math.sin(a);
      if (k == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    p.closePath();
    return p;
  }
}
