package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the model uses: rounds of talks, years of a ban, firms listed ("11 rounds", "seven years",
 * "five Chinese supercomputer technology firms"). Up to three words may stand between the number and
 * the counted noun; "two years ago" is a date, not a count.
 */
public final class CountParser {
  /** A count and its unit ({@code rounds}, {@code years} or {@code firms}). */
  public record Count(int start, int end, double value, String unit) {}

  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\p{L}\\p{N}.$,])(\\d+|" + NumberWords.PATTERN + ")\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)"
          + "(rounds|years|firms|companies|entities)\\b(?!\\s+(?:ago|earlier|before))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_BETWEEN = Pattern.compile("\\b(percent|per|billion|million|of)\\b",
      Pattern.CASE_INSENSITIVE);

  /** The counts in {@code text[from, to)}, in text order. */
  public List<Count> parse(String text, int from, int to) {
    List<Count> out = new ArrayList<>();
    Matcher m = COUNT.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (NOT_BETWEEN.matcher(m.group(2)).find()) {
        continue;
      }
      String unit = m.group(3).toLowerCase(Locale.ROOT);
      if (unit.equals("companies") || unit.equals("entities")) {
        unit = "firms";
      }
      double v = NumberWords.value(m.group(1)).orElseThrow();
      out.add(new Count(m.start(), m.end(), v, unit));
    }
    return out;
  }
}
