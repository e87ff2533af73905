package org.tradewar.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;


import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * Runs a scenario and writes its run folder atomically: everything goes into a hidden temporary
 * folder beside the target, which is renamed into place only when complete. A run that fails leaves
 * nothing behind.
 */
public final class ScenarioRuns {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  /** Extra outputs drawn from the written tables (charts, report), added by the layers that own them. */
  public interface Finisher {
    void finish(Path runDir, Scenario scenario) throws IOException;
  }

  private ScenarioRuns() {}

  /** Runs a scenario file with its own settings into a new folder under {@code outParent}. */
  public static Path runToFolder(Path scenarioFile, Path outParent) {
    Scenario s = ScenarioLoader.load(scenarioFile);
    return run(s, null, outParent, "tradewar run " + scenarioFile, List.of()).folder();
  }

  /** The folder written and the results, for the command line's summary. */
  public record Written(Path folder, List<RunResult> results) {}

  /**
   * Runs every replication of {@code s} and writes the run folder: {@code target} when given (it
   * must not exist yet), else a new folder named after the scenario, seed and time under
   * {@code parent}.
   */
  public static Written run(Scenario s, Path target, Path parent, String commandLine,
      List<Finisher> finishers) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<RunResult> results = Simulations.replications(s);
    double wall = (System.nanoTime() - t0) / 1e9;
    return write(s, results, target, parent, commandLine, finishers, started, wall);
  }

  /**
   * Writes the run folder of results already simulated (the GUI's run, a student's play): the same
   * files {@link #run} writes, atomically.
   */
  public static Written write(Scenario s, List<RunResult> results, Path target, Path parent,
      String commandLine, List<Finisher> finishers, Instant started, double wall) {
    Path folder = target != null ? target
        : uniqueFolder(parent, s.name() + "-seed" + s.seed() + "-" + STAMP.format(started));
    if (Files.exists(folder)) {
      throw new BadInputException(folder + " already exists: choose another --out or delete it");
    }
    AtomicFiles.writeFolder(folder, tmp -> {
      RunFolderWriter.write(tmp, s, results);
      Manifest.write(tmp.resolve("manifest.json"), org.tradewar.io.ToolVersion.version(), s,
          commandLine, started, wall);
      for (Finisher f : finishers) {
        f.finish(tmp, s);
      }
    });
    return new Written(folder, results);
  }

  private static Path uniqueFolder(Path parent, String name) {
    Path p = parent.resolve(name);
    for (int i = 2; Files.exists(p); i++) {
      p = parent.resolve(name + "-" + i);
    }
    return p;
  }
}
