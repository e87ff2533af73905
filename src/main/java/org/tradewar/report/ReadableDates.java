package org.tradewar.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people read them on a page ("10 September 2018"); the data files keep ISO dates and week
 * indices. One place, so that every table and sentence of a page writes dates the same way.
 */
final class ReadableDates {
  private ReadableDates() {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");

  /** "10 September 2018". */
  static String day(LocalDate d) {
    return d.format(DAY);
  }

  /** "10 Sep 2018", for narrow columns. */
  static String shortDay(LocalDate d) {
    return d.format(SHORT);
  }

  /** The date of week {@code week} of a run that starts on {@code start}. */
  static LocalDate ofWeek(LocalDate start, double week) {
    return start.plusWeeks(Math.round(week));
  }

  /** An ISO day or month ("2019-06-25", "2019-06") in words; anything else as it is. */
  static String iso(String s) {
    Matcher m = ISO.matcher(s.strip());
    return m.matches() ? words(m) : s;
  }

  /** {@code text} with every ISO day or month in it written in words. */
  static String inText(String text) {
    return ISO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(words(m)));
  }

  private static String words(java.util.regex.MatchResult m) {
    try {
      LocalDate d =
          LocalDate.parse(
              m.group(1) + "-" + m.group(2) + "-" + (m.group(3) == null ? "01" : m.group(3)));
      return m.group(3) == null ? d.format(MONTH) : d.format(DAY);
    } catch (DateTimeParseException e) {
      return m.group();
    }
  }
}
