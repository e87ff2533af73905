package org.tradewar.cli;

import java.nio.file.Path;
import org.tradewar.run.ScenarioRuns;

/**
 * Runs a scenario file into a new run folder under {@code outParent} and returns that folder. The
 * compare command goes through this so that it works on run folders before (and without) the
 * simulation, and so tests can stand in a fake.
 */
@FunctionalInterface
public interface ScenarioRunner {
  Path runToFolder(Path scenarioFile, Path outParent);

  /** The runner of this build. */
  static ScenarioRunner standard() {
    return ScenarioRuns::runToFolder;
  }
}
