package org.tradewar.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code reported.csv}: a statement of the articles about the war's path (a pattern of
 * the calibration), its date, the average US tariff it amounts to where it is a coverage at a rate,
 * and its sources (file and sentence). Charts mark it over the simulated path.
 */
public record ReportedRow(
    String id, String kind, LocalDate date, double usAvgTariffPct, String text, String sources) {
  static final List<String> COLUMNS =
      List.of("id", "kind", "date", "us_avg_tariff_pct", "text", "sources");

  /** The rows of {@code file}; an empty list when the run folder has none (older runs). */
  public static List<ReportedRow> read(Path file) {
    List<ReportedRow> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    CsvTable.read(
        file,
        COLUMNS,
        row -> {
          LocalDate d;
          try {
            d = LocalDate.parse(row.text("date"));
          } catch (DateTimeParseException e) {
            throw row.error(
                "column 'date' should be an ISO date, found '" + row.text("date") + "'");
          }
          out.add(
              new ReportedRow(
                  row.text("id"),
                  row.text("kind"),
                  d,
                  row.number("us_avg_tariff_pct"),
                  row.raw("text"),
                  row.raw("sources")));
        });
    return out;
  }
}
