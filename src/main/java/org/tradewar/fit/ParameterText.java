package org.tradewar.fit;

import java.math.BigDecimal;

/** Numbers as the fit's files write them: no trailing zeros, at most 6 significant decimals. */
final class ParameterText {
  private ParameterText() {}

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return new BigDecimal(v)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
