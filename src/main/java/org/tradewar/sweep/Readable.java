package org.tradewar.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as the sweep's charts and report print them: a few significant digits ("1.41", not
 * "1.41421"; "10,000"), no exponent, and with their unit where it reads naturally ("12.3%",
 * "$4.5B").
 */
@SuppressWarnings("JavaLangClash") // package-private; never imported beside java.lang.Readable
final class Readable {
  private Readable() {}

  /** {@code v} to {@code digits} significant digits, thousands separated, no trailing zeros. */
  static String number(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "\u2014";
    }
    if (Math.abs(v) < 1e-9) {
      return "0"; // rounding noise of sums that cancel ($0.00000000000103B), not a value
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
    return String.format(Locale.ROOT, "%,." + Math.max(0, d.scale()) + "f", d);
  }

  /** A count (runs, points) to {@code digits} significant digits. */
  static String number(long v, int digits) {
    return number((double) v, digits);
  }

  /** A value as written in the sweep's files ("1.41421") shown with three significant digits. */
  static String level(String value) {
    try {
      return number(Double.parseDouble(value), 3);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** {@code v} with its unit: "12.3%", "$4.5B", "42% of runs", "week 55", "3.2 weeks", "0.5". */
  static String quantity(double v, String unit) {
    if (Double.isNaN(v)) {
      return "\u2014";
    }
    String u = unit == null ? "" : unit;
    if (u.startsWith("share")) {
      return number(100 * v, 3) + "%" + u.substring("share".length());
    }
    if (u.startsWith("%")) {
      return valueWithUnit(number(v, 3), u);
    }
    if (u.startsWith("USD bn")) {
      return (v < 0 ? "-" : "") + valueWithUnit(number(Math.abs(v), 3), u);
    }
    return switch (u) {
      case "", "count" -> number(v, 3);
      case "week" -> "week " + number(v, 3);
      default -> number(v, 3) + " " + u;
    };
  }

  /**
   * A parameter's value with its unit where the unit reads after a number ("26 weeks", "25%"),
   * alone where it does not ("0.5", not "0.5 share" or "0.3 stance").
   */
  static String valueWithUnit(String number, String unit) {
    if (unit == null || unit.isEmpty()) {
      return number;
    }
    if (unit.startsWith("%")) {
      return number + unit;
    }
    if (unit.startsWith("USD bn")) {
      return "$" + number + "B" + unit.substring("USD bn".length());
    }
    return switch (unit) {
      case "weeks", "week", "firms", "offers", "points" -> number + " " + unit;
      default -> number;
    };
  }
}
