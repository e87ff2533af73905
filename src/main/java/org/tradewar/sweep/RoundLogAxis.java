package org.tradewar.sweep;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis with round ticks: every whole number times a power of ten (1, 2, 3, ... 8)
 * when that gives few enough ticks, else 1, 2 and 5 times powers of ten, else powers of ten;
 * labelled as plain numbers. JFreeChart's own log axes tick at odd places (a tick at 9 and none at
 * 8) or print exponents.
 */
final class RoundLogAxis extends LogAxis {
  private static final long serialVersionUID = 1L;
  static final int MAX_TICKS = 10;
  private static final double[][] MANTISSAS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1}};

  RoundLogAxis(String label) {
    super(label);
  }

  /** The tick values between {@code lo} and {@code hi} (both positive). */
  static List<Double> ticks(double lo, double hi) {
    List<Double> best = List.of();
    for (double[] set : MANTISSAS) {
      List<Double> t = new ArrayList<>();
      for (int e = (int) Math.floor(Math.log10(lo)) - 1;
          e <= (int) Math.ceil(Math.log10(hi));
          e++) {
        for (double m : set) {
          double v =
              Double.parseDouble(m + "E" + e); // exact decimal, no 3 x 0.1 = 0.30000000000000004
          if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
            t.add(v);
          }
        }
      }
      best = t;
      if (t.size() <= MAX_TICKS) {
        break;
      }
    }
    return best;
  }

  @Override
  @SuppressWarnings("rawtypes") // JFreeChart's signature
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    boolean horizontal = RectangleEdge.isTopOrBottom(edge);
    TextAnchor anchor =
        horizontal
            ? (RectangleEdge.TOP.equals(edge) ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
            : (RectangleEdge.LEFT.equals(edge) ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    List<NumberTick> out = new ArrayList<>();
    for (double v : ticks(getLowerBound(), getUpperBound())) {
      out.add(new NumberTick(TickType.MAJOR, v, Readable.number(v, 3), anchor, anchor, 0.0));
    }
    return out;
  }
}
