package org.tradewar.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.model.RunRecord;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.economy.Sector;
import org.tradewar.output.CsvText;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.TimeSeriesBuilder;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.RunFolder;
import org.tradewar.vocabulary.Variable;

/**
 * Writes a run's tables as its replications finish, so that a run holds one finished model at a
 * time however many replications it has: each replication's rows go to {@code timeseries.csv} and
 * {@code events.csv} at once (in replication order, so the bytes are those of writing them all at
 * the end), and into the {@link TimeSeriesBuilder} whose summaries the charts and the report draw.
 * The builder is handed each value as the file has it (ten significant digits), so the summaries
 * are the numbers a later read of the folder gives. {@link #finish} writes the rest
 * (docs/outputs.md).
 */
final class RunTablesWriter implements AutoCloseable {
  private final Path dir;
  private final Scenario scenario;
  private final Writer series;
  private final Writer events;
  private final TimeSeriesBuilder builder;
  private final List<RunResult> results = new ArrayList<>();
  private RunResult first;

  RunTablesWriter(Path dir, Scenario scenario) throws IOException {
    this.dir = dir;
    this.scenario = scenario;
    this.builder = new TimeSeriesBuilder(scenario.weeks());
    this.series =
        new BufferedWriter(
            Files.newBufferedWriter(dir.resolve(RunFolder.TIMESERIES), StandardCharsets.UTF_8),
            1 << 16);
    this.events = Files.newBufferedWriter(dir.resolve(RunFolder.EVENTS), StandardCharsets.UTF_8);
    series.write(RunFolder.header(RunFolder.TIMESERIES_COLUMNS));
    events.write(RunFolder.header(RunFolder.EVENTS_COLUMNS));
  }

  /** Writes one replication's rows; its model is let go, except the first's (the transcript's). */
  void add(RunResult r) throws IOException {
    writeSeries(r);
    writeEvents(r);
    if (first == null) {
      first = r;
    }
    results.add(r.withoutModel());
  }

  /**
   * Writes summary, reported points, parameters and transcript; returns the summaries of the
   * series.
   */
  TimeSeries finish() throws IOException {
    series.close();
    events.close();
    RunFolderWriter.writeRest(dir, scenario, results, first);
    return builder.build();
  }

  /** The replications written, without their models. */
  List<RunResult> results() {
    return List.copyOf(results);
  }

  @Override
  public void close() throws IOException {
    try {
      series.close();
    } finally {
      events.close();
    }
  }

  private void writeSeries(RunResult r) throws IOException {
    RunRecord rec = r.model().record();
    for (int week = 0; week < rec.weeks(); week++) {
      LocalDate date = scenario.start().plusDays(7L * week);
      String prefix = r.run() + "," + week + "," + date + ",";
      for (Country c : Country.values()) {
        List<Sector> sectors = rec.sectors(c);
        if (scenario.outputs().sectors()) {
          for (Sector s : sectors) {
            writeFlowRows(prefix, r.run(), week, date, s.id(), rec, c, s.index());
          }
        }
        writeFlowRows(prefix, r.run(), week, date, SeriesKey.ALL, rec, c, sectors.size());
      }
      for (Country c : Country.values()) {
        writeLevel(prefix, r.run(), week, date, c, "pain_index", rec.pain(c)[week]);
        writeLevel(prefix, r.run(), week, date, c, "relief_usd_bn", rec.relief(c)[week]);
      }
    }
  }

  /**
   * The week's rows of one importer and sector: flows with the rival, then with the rest of the
   * world.
   */
  private void writeFlowRows(
      String prefix,
      int run,
      int week,
      LocalDate date,
      String sectorId,
      RunRecord rec,
      Country c,
      int sector)
      throws IOException {
    for (Variable v : Variable.values()) {
      String partner = v.restOfWorld() ? Variable.REST_OF_WORLD : c.rival().name();
      String value = CsvText.number(rec.series(v, c, sector)[week]);
      series.write(prefix);
      series.write(c.name());
      series.write(',');
      series.write(partner);
      series.write(',');
      series.write(sectorId);
      series.write(',');
      series.write(v.column());
      series.write(',');
      series.write(value);
      series.write('\n');
      builder.add(
          run, week, date, new SeriesKey(v.column(), c.name(), partner, sectorId), asRead(value));
    }
  }

  private void writeLevel(
      String prefix, int run, int week, LocalDate date, Country c, String variable, double v)
      throws IOException {
    String value = CsvText.number(v);
    series.write(prefix + c + ",," + SeriesKey.ALL + "," + variable + "," + value + "\n");
    builder.add(
        run, week, date, new SeriesKey(variable, c.name(), "", SeriesKey.ALL), asRead(value));
  }

  /** The value as a reader of the file gets it (an empty cell is NaN). */
  private static double asRead(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  private void writeEvents(RunResult r) throws IOException {
    for (TimelineEvent e : r.model().timeline().events()) {
      events.write(
          r.run()
              + ","
              + e.week()
              + ","
              + e.date()
              + ","
              + (e.actor() == null ? "" : e.actor())
              + ","
              + CsvText.field(e.target())
              + ","
              + e.kind().key()
              + ","
              + CsvText.number(e.coverageUsdBn())
              + ","
              + CsvText.number(e.ratePct())
              + ","
              + CsvText.field(e.label())
              + ","
              + CsvText.field(e.text())
              + "\n");
    }
  }
}
