package org.tradewar.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for files: ten significant digits, no exponent, empty for NaN; deterministic. */
public final class Numbers {
  private static final MathContext TEN = new MathContext(10);

  private Numbers() {}

  public static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(TEN).stripTrailingZeros().toPlainString();
  }

  /** A JSON-friendly value: null for NaN, else the number rounded to ten significant digits. */
  public static Double json(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return v == 0 ? 0.0 : new BigDecimal(v).round(TEN).doubleValue();
  }
}
