package org.tradewar.sweep;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis (van der Walt and Smith, matplotlib 2.0's default): perceptually uniform, ordered from
 * dark purple to yellow, readable in greyscale and by the colour-blind. Interpolated linearly in
 * RGB between ten published colours of the map, at 0, 1/9, ..., 1.
 */
final class ViridisScale implements PaintScale {
  private static final int[] KEYS = {
    0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b,
    0xfde725
  };
  private final double lo;
  private final double hi;

  ViridisScale(double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** The colour at {@code u} in [0, 1]. */
  static Color at(double u) {
    double pos = Math.max(0, Math.min(1, u)) * (KEYS.length - 1);
    int i = Math.min((int) pos, KEYS.length - 2);
    double t = pos - i;
    Color a = new Color(KEYS[i]);
    Color b = new Color(KEYS[i + 1]);
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }

  @Override
  public double getLowerBound() {
    return lo;
  }

  @Override
  public double getUpperBound() {
    return hi;
  }

  @Override
  public Paint getPaint(double value) {
    return at(hi > lo ? (value - lo) / (hi - lo) : 0.5);
  }
}
