package org.tradewar.model.negotiation;

import java.util.Arrays;

/** A point in the issue space: one value in [0, 1] per {@link Issue}, indexed by ordinal. */
public final class Offer {
  private final double[] x;

  Offer(double[] x) {
    this.x = x.clone();
  }

  public double get(Issue i) {
    return x[i.ordinal()];
  }

  double[] values() {
    return x.clone();
  }

  /** "China meets 60% on the trade deficit, 40% on ...; tariffs rolled back 30%" for transcripts. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Issue i : Issue.values()) {
      if (i == Issue.TARIFFS) {
        continue;
      }
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(i.label()).append(' ').append(Math.round(100 * x[i.ordinal()])).append('%');
    }
    return "China meets the US demands on " + b + "; tariffs rolled back "
        + Math.round(100 * x[Issue.TARIFFS.ordinal()]) + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Offer other && Arrays.equals(x, other.x);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x);
  }
}
