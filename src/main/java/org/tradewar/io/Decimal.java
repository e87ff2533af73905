package org.tradewar.io;

import java.util.regex.Pattern;

/**
 * Numbers as people write them in files and on the command line: plain decimals with an optional
 * exponent ({@code 2.5}, {@code -0.3}, {@code 1e-4}). Java's own syntax is wider ({@code 0x1p1},
 * {@code 3d}, {@code NaN}, {@code Infinity}) and would let a typo through as a number.
 */
public final class Decimal {
  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private Decimal() {}

  /** True when {@code text} (already stripped) is a plain decimal number. */
  public static boolean isPlain(String text) {
    return text != null && PLAIN.matcher(text).matches();
  }

  /**
   * The plain decimal {@code text} (surrounding spaces allowed); a {@link NumberFormatException}
   * otherwise.
   */
  public static double parse(String text) {
    String t = text == null ? "" : text.strip();
    if (!isPlain(t)) {
      throw new NumberFormatException("not a plain decimal number: '" + t + "'");
    }
    double v = Double.parseDouble(t);
    if (Double.isInfinite(v)) {
      throw new NumberFormatException("too large: '" + t + "'");
    }
    return v;
  }
}
