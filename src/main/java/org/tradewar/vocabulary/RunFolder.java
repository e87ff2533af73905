package org.tradewar.vocabulary;

import java.util.List;

/**
 * The run folder's schema, written by {@code run} and read by {@code output}: its file names and
 * the columns of its two tables (docs/outputs.md). Other tools read these names: they do not
 * change.
 */
public final class RunFolder {
  public static final String TIMESERIES = "timeseries.csv";
  public static final String EVENTS = "events.csv";
  public static final String SUMMARY = "summary.json";
  public static final String MANIFEST = "manifest.json";
  public static final String PARAMETERS = "parameters.json";
  public static final String REPORTED = "reported.csv";

  /**
   * The columns of {@link #TIMESERIES}, in the written order; {@code variable} is a {@link
   * Variable}'s column.
   */
  public static final List<String> TIMESERIES_COLUMNS =
      List.of("run", "week", "date", "country", "partner", "sector", "variable", "value");

  /**
   * The columns of {@link #EVENTS}, in the written order; {@code kind} is an {@link EventKind}'s
   * key.
   */
  public static final List<String> EVENTS_COLUMNS =
      List.of(
          "run",
          "week",
          "date",
          "actor",
          "target",
          "kind",
          "coverage_usd_bn",
          "rate_pct",
          "label",
          "text");

  /**
   * The columns a reader requires of {@link #EVENTS}: all but {@code label}, which older runs lack.
   */
  public static final List<String> EVENTS_REQUIRED =
      EVENTS_COLUMNS.stream().filter(c -> !c.equals("label")).toList();

  private RunFolder() {}

  /** The header line of a table with {@code columns}: "run,week,...\n". */
  public static String header(List<String> columns) {
    return String.join(",", columns) + "\n";
  }
}
