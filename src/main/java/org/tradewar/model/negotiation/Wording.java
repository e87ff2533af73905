package org.tradewar.model.negotiation;

/**
 * How numbers read in the transcript, in one place: rates ("25", "12.5"), dollar amounts ("$9.4B",
 * "$250B"), utilities ("0.42", "+0.05"). Written by hand rather than with {@code String.format}:
 * offers are worded by the thousand.
 */
public final class Wording {
  private Wording() {}

  /** A rate in percentage points, one decimal at most: "25", "12.5". */
  public static String pct(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0
        ? String.valueOf(tenths / 10)
        : (tenths / 10) + "." + Math.abs(tenths % 10);
  }

  /** USD bn: "$9.4B" below ten, "$44B" above; "all" for an unbounded coverage. */
  public static String usd(double bn) {
    if (Double.isInfinite(bn)) {
      return "all";
    }
    if (bn >= 10) {
      return "$" + Math.round(bn) + "B";
    }
    long tenths = Math.round(bn * 10);
    return "$" + (tenths / 10) + "." + Math.abs(tenths % 10) + "B";
  }

  /** A utility with two decimals: "0.42", "-0.07". */
  public static String utility(double u) {
    long hundredths = Math.round(u * 100);
    long a = Math.abs(hundredths);
    return (hundredths < 0 ? "-" : "") + (a / 100) + "." + (a % 100 < 10 ? "0" : "") + (a % 100);
  }

  /** A utility with its sign: "+0.05", "-0.07" (never "-0.00"). */
  public static String signed(double u) {
    String s = utility(u);
    return s.startsWith("-") && !s.equals("-0.00") ? s : "+" + (s.equals("-0.00") ? "0.00" : s);
  }
}
