package org.tradewar.calibration;

import java.util.Map;
import java.util.OptionalDouble;

/** Numbers written as words, as news writes small counts ("seven years", "five firms"). */
final class NumberWords {
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("a dozen", 12));

  /** A regex alternative of the number words (no group). */
  static final String PATTERN =
      "(?:a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)";

  private NumberWords() {}

  /** The value of digits ("11", "1,200.5") or a number word ("seven"). */
  static OptionalDouble value(String s) {
    String t = s.strip().toLowerCase(java.util.Locale.ROOT);
    Integer w = WORDS.get(t);
    if (w != null) {
      return OptionalDouble.of(w);
    }
    try {
      return OptionalDouble.of(Double.parseDouble(t.replace(",", "")));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
