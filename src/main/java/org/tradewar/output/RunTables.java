package org.tradewar.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;
import org.tradewar.io.Limits;
import org.tradewar.vocabulary.RunFolder;

/**
 * Everything a chart or a report needs from one run folder, read once. {@code timeseries.csv} and
 * {@code summary.json} are required; the manifest, events, parameters and transcript are optional
 * (an empty value stands in), so a partly damaged old run can still be charted.
 */
public record RunTables(
    Path folder,
    RunManifest manifest,
    TimeSeries series,
    RunEvents runEvents,
    SummaryTable summary,
    List<ParameterRow> parameters,
    String transcript,
    List<ReportedRow> reported) {

  public RunTables {
    Check.notNull(folder, "folder");
    Check.notNull(manifest, "manifest");
    Check.notNull(series, "series");
    Check.notNull(runEvents, "runEvents");
    Check.notNull(summary, "summary");
    parameters = List.copyOf(Check.notNull(parameters, "parameters"));
    transcript = transcript == null ? "" : transcript;
  }

  /** True when {@code folder} looks like a run folder (it has a {@code timeseries.csv}). */
  public static boolean isRun(Path folder) {
    return Files.isRegularFile(folder.resolve(RunFolder.TIMESERIES));
  }

  /**
   * Reads the run folder {@code folder}; a missing folder or one that is not a run is bad input.
   */
  public static RunTables read(Path folder) {
    Check.notNull(folder, "folder");
    if (!Files.exists(folder)) {
      throw new BadInputException(folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(
          folder + ": is a file, expected a run folder (made by 'tradewar run')");
    }
    if (!isRun(folder)) {
      throw new BadInputException(
          folder + ": is not a run folder (no timeseries.csv; see docs/outputs.md)");
    }
    if (!Files.isRegularFile(folder.resolve(RunFolder.SUMMARY))) {
      throw new BadInputException(folder + ": is not a complete run folder (no summary.json)");
    }
    Path manifestFile = folder.resolve(RunFolder.MANIFEST);
    RunManifest manifest =
        Files.isRegularFile(manifestFile)
            ? RunManifest.read(manifestFile)
            : new RunManifest(java.util.Map.of());
    return read(
        folder, manifest, TimeSeries.read(folder.resolve(RunFolder.TIMESERIES), horizon(manifest)));
  }

  /**
   * The tables of a run folder whose series were summarised as the run wrote them (the same numbers
   * a read of its {@code timeseries.csv} gives), so a long run's table is not read back.
   */
  public static RunTables read(Path folder, TimeSeries written) {
    Check.notNull(folder, "folder");
    Check.notNull(written, "written");
    Path manifestFile = folder.resolve(RunFolder.MANIFEST);
    RunManifest manifest =
        Files.isRegularFile(manifestFile)
            ? RunManifest.read(manifestFile)
            : new RunManifest(java.util.Map.of());
    return read(folder, manifest, written);
  }

  /**
   * The weeks the manifest states, so that a row beyond them is refused; the longest horizon when
   * it says none.
   */
  private static int horizon(RunManifest manifest) {
    String weeks = manifest.field("weeks");
    if (weeks.matches("\\d{1,4}")) {
      int w = Integer.parseInt(weeks);
      if (w >= 1 && w <= Limits.MAX_WEEKS) {
        return w;
      }
    }
    return Limits.MAX_WEEKS;
  }

  private static RunTables read(Path folder, RunManifest manifest, TimeSeries read) {
    SummaryTable summary = SummaryTable.read(folder.resolve(RunFolder.SUMMARY));
    TimeSeries series = manifest.field("behaviour_from.file").isEmpty() ? read : read.withSpread();
    series = manifest.field("band").equals("mean") ? series.withMeanInterval() : series;
    Path eventsFile = folder.resolve(RunFolder.EVENTS);
    RunEvents events =
        Files.isRegularFile(eventsFile)
            ? RunEvents.read(eventsFile, series.runs().get(0))
            : RunEvents.none();
    Path parametersFile = folder.resolve(RunFolder.PARAMETERS);
    List<ParameterRow> parameters =
        Files.isRegularFile(parametersFile) ? ParameterRow.read(parametersFile) : List.of();
    Path transcriptFile = folder.resolve("transcript.md");
    String transcript = "";
    if (Files.isRegularFile(transcriptFile)) {
      try {
        transcript = Files.readString(transcriptFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException(transcriptFile + ": cannot read: " + AtomicFiles.describe(e));
      }
    }
    return new RunTables(
        folder,
        manifest,
        series,
        events,
        summary,
        parameters,
        transcript,
        ReportedRow.read(folder.resolve(RunFolder.REPORTED)));
  }

  /** The scenario's short name: from the summary, else the manifest, else the folder name. */
  public String scenarioName() {
    if (!summary.scenario().isEmpty()) {
      return summary.scenario();
    }
    if (!manifest.scenarioName().isEmpty()) {
      return manifest.scenarioName();
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "run" : name.toString();
  }

  /** The scenario's title for people, falling back to its name. */
  public String title() {
    String t = !summary.title().isEmpty() ? summary.title() : manifest.title();
    return t.isEmpty() ? scenarioName() : t;
  }

  /** The scenario's description, empty when the run folder does not carry one. */
  public String description() {
    return !summary.description().isEmpty() ? summary.description() : manifest.description();
  }

  /** The events of the first replication, which the timeline and the transcript show. */
  public List<EventRow> firstRunEvents() {
    return runEvents.shown();
  }

  /** The same: only the first replication's events are kept whole (see {@link RunEvents}). */
  public List<EventRow> events() {
    return runEvents.shown();
  }
}
