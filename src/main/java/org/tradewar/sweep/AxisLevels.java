package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The levels of one axis over the points of a sweep: its distinct values (a grid, or a list), or,
 * when a sampled design gives more than {@value #MAX_LEVELS} distinct values, {@value #BINS} bins
 * of its range (logarithmic for a log range), each at its centre. Labels have three significant
 * digits.
 */
final class AxisLevels {
  static final int MAX_LEVELS = 25;
  static final int BINS = 20;

  final SweepResults.AxisDef def;
  final boolean numeric;
  final boolean binned;
  private final double min;
  private final double max;

  /** Level labels, as ticks print them. */
  final List<String> labels = new ArrayList<>();

  /** Level values as written in the files (not binned), to find a point's level. */
  private final List<String> raw = new ArrayList<>();

  /**
   * Position of each level on a numeric axis (the value, or the bin centre); its index otherwise.
   */
  final double[] position;

  AxisLevels(SweepResults r, int axis) {
    this.def = r.axes.get(axis);
    Set<String> distinct = new LinkedHashSet<>();
    boolean num = true;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (String[] v : r.values) {
      if (v == null) {
        continue;
      }
      distinct.add(v[axis]);
      try {
        double x = Double.parseDouble(v[axis]);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      } catch (NumberFormatException e) {
        num = false;
      }
    }
    this.numeric = num && !distinct.isEmpty();
    // bins cut the declared range, so their edges are round (0, 0.05, ...), not the extreme draws
    boolean declared =
        !Double.isNaN(def.min()) && def.min() <= lo && def.max() >= hi && def.max() > def.min();
    this.min = declared ? def.min() : lo;
    this.max = declared ? def.max() : hi;
    this.binned = numeric && distinct.size() > MAX_LEVELS && hi > lo;
    if (binned) {
      position = new double[BINS];
      for (int b = 0; b < BINS; b++) {
        position[b] = useLog() ? Math.sqrt(edge(b) * edge(b + 1)) : (edge(b) + edge(b + 1)) / 2;
        labels.add(Readable.number(position[b], 3));
      }
      return;
    }
    raw.addAll(distinct);
    if (numeric) {
      raw.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
    }
    position = new double[raw.size()];
    for (int i = 0; i < position.length; i++) {
      position[i] = numeric ? Double.parseDouble(raw.get(i)) : i;
      labels.add(numeric ? Readable.level(raw.get(i)) : raw.get(i));
    }
  }

  int size() {
    return position.length;
  }

  /** A log scale: the range is logarithmic and positive. */
  boolean useLog() {
    return def.log() && min > 0;
  }

  /** The width of a bin on a linear scale (0 when not binned). */
  double binWidth() {
    return binned ? (max - min) / BINS : 0;
  }

  private double edge(int b) {
    double u = (double) b / BINS;
    return useLog()
        ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
        : min + u * (max - min);
  }

  /** The level of a value as written in runs.csv. */
  int level(String v) {
    if (!binned) {
      return raw.indexOf(v);
    }
    double x = Double.parseDouble(v);
    double u =
        useLog()
            ? (Math.log(x) - Math.log(min)) / (Math.log(max) - Math.log(min))
            : (x - min) / (max - min);
    return Math.max(0, Math.min(BINS - 1, (int) Math.floor(u * BINS)));
  }

  /** A level in a sentence: "26 weeks", or a bin's range, "0.2-0.235". */
  String value(int level) {
    String v =
        binned
            ? Readable.number(edge(level), 3) + "-" + Readable.number(edge(level + 1), 3)
            : labels.get(level);
    return Readable.valueWithUnit(v, def.label().unit());
  }

  /** "Negotiators' patience = 26 weeks", or "... about 26 weeks" for a bin. */
  String at(int level) {
    return def.label().name()
        + (binned ? " about " : " = ")
        + Readable.valueWithUnit(labels.get(level), def.label().unit());
  }
}
