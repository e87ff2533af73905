package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-language reading of a sweep, one sentence per metric, computed from its results: which
 * parameter moves the metric most (by the largest total-order Sobol index when the sweep has them,
 * else by the spread of its level means), from what at its lowest value to what at its highest, and
 * whether that is larger than the replications' noise.
 */
final class Effects {
  private Effects() {}

  /**
   * How one parameter moves one metric: the level means at its lowest and highest values, the
   * lowest and highest level means, and the 95% margin of the difference between those two from the
   * replications' noise alone (NaN when unknown).
   */
  record Effect(
      int axis,
      double atLow,
      String low,
      double atHigh,
      String high,
      double min,
      double max,
      double noise) {
    double range() {
      return max - min;
    }
  }

  /**
   * One sentence per metric; for a sweep of one point (replications only), one per metric that
   * varies from seed to seed, then one for those that do not and one for those no run defines.
   */
  static List<String> sentences(
      SweepResults r, List<AxisLevels> levels, List<Sensitivity.Row> sensitivity) {
    List<String> out = new ArrayList<>();
    if (r.onePoint()) {
      return onePoint(r);
    }
    for (int j = 0; j < r.metrics.size(); j++) {
      out.add(sentence(r, j, levels, Sensitivity.of(sensitivity, r.metrics.get(j).key())));
    }
    return out;
  }

  private static List<String> onePoint(SweepResults r) {
    List<String> out = new ArrayList<>();
    List<String> same = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (int j = 0; j < r.metrics.size(); j++) {
      MetricNames.Label m = r.metrics.get(j).label();
      String unit = m.share() ? "share" : m.unit();
      double[] v = r.onePointValues[j];
      if (v.length == 0) {
        none.add(SweepStyle.inSentence(m.name()));
        continue;
      }
      double mean = r.mean(j, 0);
      double half = r.half(j, 0);
      double lo = java.util.Arrays.stream(v).min().orElse(mean);
      double hi = java.util.Arrays.stream(v).max().orElse(mean);
      if (Readable.number(lo, 3).equals(Readable.number(hi, 3))) {
        same.add(SweepStyle.inSentence(m.name()) + " " + Readable.quantity(mean, unit));
        continue;
      }
      out.add(
          m.name()
              + ": "
              + Readable.quantity(mean, unit)
              + " on average over "
              + v.length
              + " runs (95% "
              + "confidence interval "
              + Readable.quantity(mean - half, unit)
              + " to "
              + Readable.quantity(mean + half, unit)
              + ").");
    }
    if (!same.isEmpty()) {
      out.add("The same in every run: " + String.join("; ", same) + ".");
    }
    if (!none.isEmpty()) {
      out.add("No run has a value for " + String.join("; ", none) + ".");
    }
    return out;
  }

  /**
   * The effect of axis {@code i} on metric {@code j}, or null when fewer than two of its levels
   * have values.
   */
  static Effect effect(SweepResults r, int j, int i, AxisLevels x) {
    Profile p = Profile.of(r, j, x, i, null, -1);
    int first = -1;
    int last = -1;
    int lo = -1;
    int hi = -1;
    for (int l = 0; l < x.size(); l++) {
      Profile.Cell c = p.cells[0][l];
      if (c.empty()) {
        continue;
      }
      first = first < 0 ? l : first;
      last = l;
      lo = lo < 0 || c.mean() < p.cells[0][lo].mean() ? l : lo;
      hi = hi < 0 || c.mean() > p.cells[0][hi].mean() ? l : hi;
    }
    if (first < 0 || first == last) {
      return null;
    }
    Profile.Cell a = p.cells[0][lo];
    Profile.Cell b = p.cells[0][hi];
    double noise = 1.96 * Math.sqrt(a.se() * a.se() + b.se() * b.se());
    return new Effect(
        i,
        p.cells[0][first].mean(),
        x.value(first),
        p.cells[0][last].mean(),
        x.value(last),
        a.mean(),
        b.mean(),
        noise);
  }

  @SuppressWarnings("ReferenceEquality") // skips the top effect itself, not an equal one
  private static String sentence(
      SweepResults r, int j, List<AxisLevels> levels, List<Sensitivity.Row> sobol) {
    MetricNames.Label m = r.metrics.get(j).label();
    List<Effect> effects = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      Effect e = levels.get(i).size() > 1 ? effect(r, j, i, levels.get(i)) : null;
      if (e != null) {
        effects.add(e);
      }
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < r.points; p++) {
      double v = r.mean(j, p);
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!Double.isFinite(lo)) {
      return m.name() + ": no run gave a value.";
    }
    if (SweepStyle.flat(lo, hi) || effects.isEmpty()) {
      return m.name()
          + " is "
          + Readable.quantity(lo, m.share() ? "share" : m.unit())
          + " at every point: no parameter of this sweep "
          + "moves it.";
    }
    Effect top = effects.get(0);
    for (Effect e : effects) {
      if (e.range() > top.range()) {
        top = e;
      }
    }
    String sobolNote = "";
    if (!sobol.isEmpty() && !Double.isNaN(sobol.get(0).st())) {
      String path = sobol.get(0).axis();
      for (Effect e : effects) {
        if (r.axes.get(e.axis()).path().equals(path)) {
          top = e;
        }
      }
      sobolNote = " (total-order Sobol index " + Readable.number(sobol.get(0).st(), 2) + ")";
    }
    String name = r.axes.get(top.axis()).label().name();
    StringBuilder b = new StringBuilder();
    b.append(m.name())
        .append(": ")
        .append(SweepStyle.inSentence(name))
        .append(" moves it most")
        .append(sobolNote)
        .append(", from ")
        .append(Readable.quantity(top.atLow(), m.unit()))
        .append(" at ")
        .append(top.low())
        .append(" to ")
        .append(Readable.quantity(top.atHigh(), m.unit()))
        .append(" at ")
        .append(top.high());
    // the ends tell the story unless the extremes lie well inside (a peak, a trough)
    double slack = 0.1 * top.range();
    boolean ends =
        Math.min(top.atLow(), top.atHigh()) <= top.min() + slack
            && Math.max(top.atLow(), top.atHigh()) >= top.max() - slack;
    if (!ends) {
      b.append(", ranging from ")
          .append(Readable.quantity(top.min(), m.unit()))
          .append(" to ")
          .append(Readable.quantity(top.max(), m.unit()))
          .append(" in between");
    }
    if (r.axes.size() > 1) {
      b.append(" (mean over the other ")
          .append(r.axes.size() == 2 ? "parameter's" : "parameters'")
          .append(" values)");
    }
    b.append('.');
    if (!Double.isNaN(top.noise()) && top.range() < top.noise()) {
      b.append(" That is within the replications' noise: a difference below \u00b1")
          .append(Readable.quantity(top.noise(), m.unit().startsWith("share") ? "share" : m.unit()))
          .append(" could be chance.");
    }
    Effect next = null;
    for (Effect e : effects) {
      if (e != top && (next == null || e.range() > next.range())) {
        next = e;
      }
    }
    if (next != null && next.range() >= 0.25 * top.range()) {
      b.append(" Next: ")
          .append(SweepStyle.inSentence(r.axes.get(next.axis()).label().name()))
          .append(", from ")
          .append(Readable.quantity(next.atLow(), m.unit()))
          .append(" at ")
          .append(next.low())
          .append(" to ")
          .append(Readable.quantity(next.atHigh(), m.unit()))
          .append(" at ")
          .append(next.high())
          .append('.');
    }
    return b.toString();
  }
}
