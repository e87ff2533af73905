package org.tradewar.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A value axis with a readable number of ticks: JFreeChart fills a tall axis with as many ticks as
 * fit (27 on a trade axis, one per $1B on a welfare axis); this one takes the next larger standard
 * unit until at most {@link #MAX_TICKS} remain.
 */
final class SparseNumberAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;
  static final int MAX_TICKS = 10;

  SparseNumberAxis(String label) {
    super(label);
  }

  @Override
  protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    super.selectAutoTickUnit(g2, dataArea, edge);
    TickUnitSource units = getStandardTickUnits();
    NumberTickUnit unit = getTickUnit();
    double range = getRange().getLength();
    for (int guard = 0;
        units != null && range / unit.getSize() > MAX_TICKS && guard < 50;
        guard++) {
      unit = (NumberTickUnit) units.getLargerTickUnit(unit);
    }
    setTickUnit(unit, false, false);
  }
}
