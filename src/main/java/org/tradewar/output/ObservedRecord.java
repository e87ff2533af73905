package org.tradewar.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradewar.io.BadInputException;
import org.tradewar.io.NearestName;

/**
 * An observed record a user compares a run with ({@code tradewar validate}; docs/outputs.md): a
 * tidy CSV with columns {@code date, series, country, partner, value, unit, source}. A series is a
 * variable of {@code timeseries.csv} (compared with the run's mean at the date's week) or an event
 * ({@code first_tariff}, {@code truce}, {@code deal}: the date it happened; value and unit empty).
 * The project ships no observed record: users bring their own.
 */
public record ObservedRecord(Path file, List<Observation> rows) {
  static final List<String> COLUMNS =
      List.of("date", "series", "country", "partner", "value", "unit", "source");

  /** Events whose timing is compared. */
  public static final Set<String> EVENTS = Set.of("first_tariff", "truce", "deal");

  /** Units, and what a model value (weekly, in timeseries.csv's unit) is multiplied by to match. */
  public enum Unit {
    USD_BN_PER_WEEK(1),
    USD_BN_PER_MONTH(TimeSeries.WEEKS_PER_YEAR / 12),
    USD_BN_PER_YEAR(TimeSeries.WEEKS_PER_YEAR),
    PCT(1),
    SHARE(1);

    private final double fromWeekly;

    Unit(double fromWeekly) {
      this.fromWeekly = fromWeekly;
    }

    public double fromWeekly() {
      return fromWeekly;
    }

    static Unit parse(String text) {
      return valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** One observed value (or event date), with the line it came from. */
  public record Observation(
      long line,
      LocalDate date,
      String series,
      String country,
      String partner,
      double value,
      Unit unit,
      String source) {
    public boolean event() {
      return EVENTS.contains(series);
    }
  }

  public ObservedRecord {
    rows = List.copyOf(rows);
  }

  /** Reads and checks {@code file}; {@code variables} are the run's series names. */
  public static ObservedRecord read(Path file, Set<String> variables) {
    List<Observation> out = new ArrayList<>();
    CsvTable.read(
        file,
        COLUMNS,
        row -> {
          LocalDate date;
          try {
            date = LocalDate.parse(row.text("date"));
          } catch (DateTimeParseException e) {
            throw row.error(
                "column 'date' should be an ISO date such as 2019-06-30, found '"
                    + row.text("date")
                    + "'");
          }
          String series = row.text("series");
          boolean event = EVENTS.contains(series);
          if (!event && !variables.contains(series)) {
            throw row.error(
                "unknown series '"
                    + series
                    + "'"
                    + NearestName.hint(series, variables)
                    + "; allowed: a variable of the run's timeseries.csv, or an event ("
                    + String.join(", ", new java.util.TreeSet<>(EVENTS))
                    + ")");
          }
          String country = row.text("country");
          if (!country.equals("US") && !country.equals("CN") && !(event && country.isEmpty())) {
            throw row.error("column 'country' should be US or CN, found '" + country + "'");
          }
          Unit unit = null;
          double value = Double.NaN;
          if (!event) {
            try {
              unit = Unit.parse(row.text("unit"));
            } catch (IllegalArgumentException e) {
              throw row.error(
                  "column 'unit' should be one of usd_bn_per_week, usd_bn_per_month,"
                      + " usd_bn_per_year, pct, share; found '"
                      + row.text("unit")
                      + "'");
            }
            value = row.number("value");
            if (Double.isNaN(value)) {
              throw row.error(
                  "column 'value' is empty: a series needs a value (only events may leave it"
                      + " empty)");
            }
          }
          out.add(
              new Observation(
                  row.line(),
                  date,
                  series,
                  country,
                  row.text("partner"),
                  value,
                  unit,
                  row.raw("source")));
        });
    if (out.isEmpty()) {
      throw new BadInputException(file + ": has a header but no rows");
    }
    return new ObservedRecord(file, out);
  }
}
