package org.tradewar.calibration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tradewar.io.Check;

/**
 * A date known to the day, the month or the year, written {@code 2018-05-17}, {@code 2018-05} or
 * {@code 2017}. {@code date} is the first day of the period.
 */
public record PartialDate(LocalDate date, Precision precision) {
  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  public PartialDate {
    Check.notNull(date, "date");
    Check.notNull(precision, "precision");
    date =
        switch (precision) {
          case DAY -> date;
          case MONTH -> date.withDayOfMonth(1);
          case YEAR -> date.withDayOfYear(1);
        };
  }

  public static PartialDate day(LocalDate d) {
    return new PartialDate(d, Precision.DAY);
  }

  public static PartialDate month(LocalDate d) {
    return new PartialDate(d, Precision.MONTH);
  }

  public static PartialDate year(int y) {
    return new PartialDate(LocalDate.of(y, 1, 1), Precision.YEAR);
  }

  /** Parses the three written forms; null when {@code s} is none of them. */
  public static PartialDate parse(String s) {
    if (s == null) {
      return null;
    }
    try {
      return switch (s.length()) {
        case 10 -> day(LocalDate.parse(s));
        case 7 -> month(LocalDate.parse(s + "-01"));
        case 4 -> year(Integer.parseInt(s));
        default -> null;
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** A representative day: the day itself, the 15th of a month, the 1st of July of a year. */
  public LocalDate middle() {
    return switch (precision) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(15);
      case YEAR -> date.withDayOfYear(182);
    };
  }

  /** The last day of the period. */
  public LocalDate last() {
    return switch (precision) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
  }

  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
  }
}
