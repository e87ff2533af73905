package org.tradewar.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One swept parameter: its dotted path and either a list of values or a range.
 *
 * <p>A list is used as is by a grid, and sampled uniformly (each value equally likely) by the other
 * designs. A range {@code [min, max]} is sampled continuously, uniformly or, with {@code log},
 * uniformly in the logarithm; a grid needs {@code steps} evenly spaced values. With {@code integer}
 * values are whole numbers, each equally likely. Sampled values are written with 6 significant
 * digits, and the written text is exactly what the run receives, so a row of {@code runs.csv}
 * reproduces its run.
 *
 * @param path dotted parameter path, e.g. {@code economy.elasticity}
 * @param values the listed values, or null for a range
 * @param min range minimum
 * @param max range maximum
 * @param log sample the range uniformly in log
 * @param integer the range holds whole numbers
 * @param steps grid points of a range (0 when not given)
 */
public record Axis(
    String path,
    List<String> values,
    double min,
    double max,
    boolean log,
    boolean integer,
    int steps) {

  public Axis {
    values = values == null ? null : List.copyOf(values);
  }

  /** An axis with listed values. */
  public static Axis list(String path, List<String> values) {
    return new Axis(path, values, Double.NaN, Double.NaN, false, false, 0);
  }

  /** An axis over a continuous range. */
  public static Axis range(String path, double min, double max, boolean log) {
    return new Axis(path, null, min, max, log, false, 0);
  }

  /** True for a list of values. */
  public boolean isList() {
    return values != null;
  }

  /** The values a grid uses: the list, or {@code steps} evenly spaced values of the range. */
  public List<String> gridValues() {
    if (isList()) {
      return values;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      double u = steps == 1 ? 0 : (double) i / (steps - 1);
      String v = integer ? format(Math.round(scale(u))) : format(scale(u));
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** The value at {@code u} in [0, 1): the unit interval mapped onto the axis. */
  public String at(double u) {
    if (isList()) {
      return values.get(Math.min((int) (u * values.size()), values.size() - 1));
    }
    if (integer) {
      long lo = (long) Math.ceil(min);
      long hi = (long) Math.floor(max);
      long k = lo + (long) Math.floor(u * (hi - lo + 1));
      return format(Math.min(k, hi));
    }
    return format(scale(u));
  }

  private double scale(double u) {
    if (log) {
      return Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
    }
    return min + u * (max - min);
  }

  /** A continuous value as written: 6 significant digits, no exponent, no trailing zeros. */
  public static String format(double x) {
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** A whole number as written. */
  public static String format(long x) {
    return Long.toString(x);
  }

  /** A short description for the manifest: the values, or the range. */
  public String describe() {
    if (isList()) {
      return String.join(", ", values);
    }
    return "["
        + format(min)
        + ", "
        + format(max)
        + "]"
        + (log ? " log" : "")
        + (integer ? " integer" : "")
        + (steps > 0 ? " steps " + steps : "");
  }
}
