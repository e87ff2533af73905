package org.tradewar.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.tradewar.calibration.Calibrator;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.RunFolderFixture;
import org.tradewar.output.RunTables;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.sweep.SweepLoader;

/**
 * Every reader of user files, fuzzed: whatever the bytes, the reader either loads them or refuses
 * them with our one bad-input exception; anything else (another exception, an error, a hang) is a
 * finding. In a normal build the committed inputs under {@code ReadersFuzzTestInputs/} run as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes one target (see .ci/run and docs/limits.md).
 */
class ReadersFuzzTest {
  private static final Path FIXTURE_CALIBRATION =
      Path.of("src/test/resources/calibration/fixture-calibration.json");

  /**
   * A scenario file beside a calibration called {@code seeds} (the default), so every section is
   * reached.
   */
  @FuzzTest(maxDuration = "60s")
  void scenarioLoadsOrIsRefused(byte[] data) throws IOException {
    inTempFolder(
        dir -> {
          Files.copy(FIXTURE_CALIBRATION, dir.resolve("seeds"));
          ScenarioLoader.load(Files.write(dir.resolve("scenario.yaml"), data));
        });
  }

  /** A sweep file whose base scenario {@code base.yaml} exists beside it. */
  @FuzzTest(maxDuration = "60s")
  void sweepLoadsOrIsRefused(byte[] data) throws IOException {
    inTempFolder(
        dir -> {
          Files.copy(FIXTURE_CALIBRATION, dir.resolve("seeds"));
          Files.writeString(
              dir.resolve("base.yaml"), "title: Base\ndescription: A base scenario.\nweeks: 30\n");
          SweepLoader.load(Files.write(dir.resolve("sweep.yaml"), data));
        });
  }

  /** One article in a seeds folder, calibrated. */
  @FuzzTest(maxDuration = "60s")
  void articleCalibratesOrIsRefused(byte[] data) throws IOException {
    inTempFolder(
        dir -> {
          Files.write(dir.resolve("000_fuzz.txt"), data);
          Calibrator.calibrate(dir);
        });
  }

  /** The files of a run folder: the first byte picks which one the rest replaces. */
  private static final String[] RUN_FILES = {
    "timeseries.csv",
    "events.csv",
    "summary.json",
    "manifest.json",
    "parameters.json",
    "reported.csv"
  };

  @FuzzTest(maxDuration = "60s")
  void runFolderReadsOrIsRefused(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    inTempFolder(
        dir -> {
          Path run = RunFolderFixture.deal().replications(1).weeks(20).write(dir.resolve("run"));
          Files.write(
              run.resolve(RUN_FILES[Math.floorMod(data[0], RUN_FILES.length)]),
              Arrays.copyOfRange(data, 1, data.length));
          RunTables.read(run);
        });
  }

  /**
   * A reader's work in a folder of its own: bad input refused cleanly passes; anything else is a
   * finding.
   */
  private interface InFolder {
    void run(Path dir) throws IOException;
  }

  private static void inTempFolder(InFolder work) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      work.run(dir);
    } catch (BadInputException expected) {
      // refused cleanly
    } finally {
      AtomicFiles.deleteQuietly(dir);
    }
  }
}
