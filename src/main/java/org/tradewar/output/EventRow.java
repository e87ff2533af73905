package org.tradewar.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradewar.io.Check;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.RunFolder;

/**
 * One row of {@code events.csv}: an act on the escalation ladder or at the table. {@code
 * coverageUsdBn} and {@code ratePct} are NaN when they do not apply; {@code target} may be empty or
 * a firm name; {@code label} is a short name for charts (a meeting's place, a measure), empty when
 * none (and in runs written before the column existed).
 */
public record EventRow(
    int run,
    int week,
    LocalDate date,
    String actor,
    String target,
    String kind,
    double coverageUsdBn,
    double ratePct,
    String label,
    String text) {

  /**
   * The kinds {@code events.csv} holds ({@link EventKind}, docs/outputs.md). Other kinds are read
   * too, so a newer run still charts; they must be lower-case words.
   */
  public static final Set<String> KINDS = Set.copyOf(EventKind.keys(EventKind.values()));

  static final List<String> COLUMNS = RunFolder.EVENTS_REQUIRED;

  public EventRow {
    Check.notNull(date, "date");
    actor = actor == null ? "" : actor;
    target = target == null ? "" : target;
    Check.notNull(kind, "kind");
    label = label == null ? "" : label;
    text = text == null ? "" : text;
  }

  /** The acting country, or null when the actor is neither side. */
  public Country actorCountry() {
    return Country.ofCode(actor);
  }

  /** The kind as this version knows it, or null for a kind a newer version wrote. */
  public EventKind eventKind() {
    return EventKind.ofKey(kind);
  }

  public boolean hasCoverage() {
    return !Double.isNaN(coverageUsdBn);
  }

  public boolean hasRate() {
    return !Double.isNaN(ratePct);
  }

  /**
   * Reads {@code events.csv}, sorted by run, week and date, keeping the file's order within a day.
   */
  public static List<EventRow> read(Path file) {
    List<EventRow> rows = new ArrayList<>();
    stream(file, rows::add);
    return sorted(rows);
  }

  /**
   * Hands each row of {@code events.csv} over as it is read, in the file's order (constant memory).
   */
  static void stream(Path file, java.util.function.Consumer<EventRow> sink) {
    Check.notNull(file, "file");
    CsvTable.read(
        file,
        COLUMNS,
        row -> {
          String dateText = row.text("date");
          LocalDate date;
          try {
            date = LocalDate.parse(dateText);
          } catch (DateTimeParseException e) {
            throw row.error(
                "column 'date' should be an ISO date such as 2018-07-06, found '" + dateText + "'");
          }
          String kind = row.text("kind").toLowerCase(Locale.ROOT);
          if (!kind.matches("[a-z][a-z_]*")) {
            throw row.error(
                "column 'kind' should be a word such as "
                    + String.join(", ", KINDS.stream().sorted().toList())
                    + "; found '"
                    + kind
                    + "'");
          }
          sink.accept(
              new EventRow(
                  row.integer("run"),
                  row.integer("week"),
                  date,
                  row.text("actor"),
                  row.text("target"),
                  kind,
                  row.number("coverage_usd_bn"),
                  row.number("rate_pct"),
                  row.text("label"),
                  row.raw("text").strip()));
        });
  }

  /** Sorted by run, week and date, keeping the file's order within a day. */
  static List<EventRow> sorted(List<EventRow> rows) {
    // By date within a run: the model acts within a week in its own order, a reader wants the
    // calendar.
    rows.sort(
        Comparator.comparingInt(EventRow::run)
            .thenComparingInt(EventRow::week)
            .thenComparing(EventRow::date));
    return List.copyOf(rows);
  }
}
