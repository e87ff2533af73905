package org.tradewar.chart;

/**
 * Text from a scenario, cut to a length a chart can hold before it reaches the chart library (whose
 * line breaking takes minutes on a 20,000-character word). The report keeps the full text.
 */
final class ShortText {
  /** Longest title or subtitle, characters. */
  static final int LINE = 160;

  /** Longest label beside a marker, characters. */
  static final int LABEL = 60;

  private ShortText() {}

  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1).stripTrailing() + "\u2026";
  }
}
