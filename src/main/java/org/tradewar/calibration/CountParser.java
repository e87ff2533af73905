package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the model uses: rounds of talks, years of a ban, firms listed ("11 rounds", "the 13th
 * round", "seven years", "five Chinese supercomputer technology firms"). Up to three words may
 * stand between the number and the counted noun; "two years ago" is a date, not a count.
 */
public final class CountParser {
  /** A count and its unit ({@code rounds}, {@code years} or {@code firms}). */
  public record Count(int start, int end, double value, String unit) {}

  private static final String UNITS =
      "rounds|years|firms|companies|entities|items|products|goods|types"
          + "|tariff lines|product lines|lines|categories|days|months|affiliates";
  private static final Pattern COUNT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.$,])(\\d{1,3}(?:,\\d{3})+|\\d+|"
              + NumberWords.PATTERN
              + ")\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)"
              + "("
              + UNITS
              + ")\\b(?!\\s+(?:ago|earlier|before|later))",
          Pattern.CASE_INSENSITIVE);

  /** A duration written as one word: "90-day", "three-month", "four-day". */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.$,])(\\d+|" + NumberWords.PATTERN + ")-(day|month|year)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A round named by its ordinal: "the 13th round of high-level consultations", "an 11th round of
   * talks" (a count of the rounds held so far); a round of tariffs is no round of talks.
   */
  private static final Pattern ORDINAL_ROUND =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.$,])(\\d{1,2})(?:st|nd|rd|th)\\s+round\\b"
              + "(?!\\s+of\\s+(?:\\w+\\s+)?(?:tariffs|duties|levies|sanctions))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NOT_BETWEEN =
      Pattern.compile("\\b(percent|per|billion|million|of)\\b", Pattern.CASE_INSENSITIVE);

  /** The unit a counted noun is recorded under (the annotation guideline's names). */
  private static String unit(String noun) {
    return switch (noun) {
      case "companies", "entities", "firms" -> "firms";
      case "products", "goods", "types", "categories", "items" -> "items";
      case "tariff lines", "product lines", "lines" -> "tariff_lines";
      default -> noun;
    };
  }

  /** The counts in {@code text[from, to)}, in text order. */
  public List<Count> parse(String text, int from, int to) {
    List<Count> out = new ArrayList<>();
    Matcher m = COUNT.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (NOT_BETWEEN.matcher(m.group(2)).find()) {
        continue;
      }
      String unit = unit(m.group(3).toLowerCase(Locale.ROOT));
      double v = NumberWords.value(m.group(1).replace(",", "")).orElseThrow();
      out.add(new Count(m.start(), m.end(), v, unit));
    }
    Matcher d = DURATION.matcher(text).region(from, to);
    d.useTransparentBounds(true);
    while (d.find()) {
      out.add(
          new Count(
              d.start(),
              d.end(),
              NumberWords.value(d.group(1)).orElseThrow(),
              d.group(2).toLowerCase(Locale.ROOT) + "s"));
    }
    Matcher r = ORDINAL_ROUND.matcher(text).region(from, to);
    r.useTransparentBounds(true);
    while (r.find()) {
      out.add(new Count(r.start(), r.end(), Integer.parseInt(r.group(1)), "rounds"));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
