package org.tradewar.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.ToolVersion;
import org.tradewar.output.RunTables;
import org.tradewar.output.TimeSeries;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.RunFolder;

/**
 * Runs a scenario and writes its run folder atomically: everything goes into a hidden temporary
 * folder beside the target, which is renamed into place only when complete. A run that fails leaves
 * nothing behind.
 */
public final class ScenarioRuns {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * Extra outputs drawn from the written tables (charts, report), added by the layers that own
   * them. They get the tables as read from the folder, with the series summarised as they were
   * written.
   */
  public interface Finisher {
    void finish(RunTables written, Scenario scenario) throws IOException;
  }

  private ScenarioRuns() {}

  /** Runs a scenario file with its own settings into a new folder under {@code outParent}. */
  public static Path runToFolder(Path scenarioFile, Path outParent) {
    Scenario s = ScenarioLoader.load(scenarioFile);
    return run(s, null, outParent, "tradewar run " + scenarioFile, List.of()).folder();
  }

  /** The folder written and the results (without their models), for the command line's summary. */
  public record Written(Path folder, List<RunResult> results) {}

  /**
   * Runs every replication of {@code s}, each written to the tables as it finishes so that one
   * model is in memory at a time, and writes the run folder: {@code target} when given (it must not
   * exist yet), else a new folder named after the scenario, seed and time under {@code parent}.
   */
  public static Written run(
      Scenario s, Path target, Path parent, String commandLine, List<Finisher> finishers) {
    return write(
        s,
        sink -> Simulations.forEachReplication(s, sink),
        target,
        parent,
        commandLine,
        finishers,
        Instant.now(),
        -1);
  }

  /**
   * Writes the run folder of results already simulated (the GUI's run, a student's play): the same
   * files {@link #run} writes, atomically.
   */
  public static Written write(
      Scenario s,
      List<RunResult> results,
      Path target,
      Path parent,
      String commandLine,
      List<Finisher> finishers,
      Instant started,
      double wall) {
    return write(
        s,
        sink -> {
          for (RunResult r : results) {
            try {
              sink.accept(r);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        },
        target,
        parent,
        commandLine,
        finishers,
        started,
        wall);
  }

  /**
   * Writes the folder as the replications come from {@code source}; a negative {@code wall} is
   * measured here (simulating and writing the tables, which now go together).
   */
  private static Written write(
      Scenario s,
      java.util.function.Consumer<Simulations.ReplicationSink> source,
      Path target,
      Path parent,
      String commandLine,
      List<Finisher> finishers,
      Instant started,
      double wall) {
    Path folder =
        target != null
            ? target
            : uniqueFolder(parent, s.name() + "-seed" + s.seed() + "-" + STAMP.format(started));
    if (Files.exists(folder)) {
      throw new BadInputException(folder + " already exists: choose another --out or delete it");
    }
    DiskRoom.require(folder, s);
    long t0 = System.nanoTime();
    List<List<RunResult>> written = new ArrayList<>();
    AtomicFiles.writeFolder(
        folder,
        tmp -> {
          TimeSeries series;
          try (RunTablesWriter w = new RunTablesWriter(tmp, s)) {
            source.accept(w::add);
            series = w.finish();
            written.add(w.results());
          } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
          }
          double seconds = wall >= 0 ? wall : (System.nanoTime() - t0) / 1e9;
          Manifest.write(
              tmp.resolve(RunFolder.MANIFEST),
              ToolVersion.version(),
              s,
              commandLine,
              started,
              seconds);
          if (!finishers.isEmpty()) {
            RunTables tables = RunTables.read(tmp, series);
            for (Finisher f : finishers) {
              f.finish(tables, s);
            }
          }
        });
    return new Written(folder, written.get(0));
  }

  private static Path uniqueFolder(Path parent, String name) {
    Path p = parent.resolve(name);
    for (int i = 2; Files.exists(p); i++) {
      p = parent.resolve(name + "-" + i);
    }
    return p;
  }
}
