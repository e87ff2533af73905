package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.OutputPaths;
import org.tradewar.output.ObservedRecord;
import org.tradewar.output.RunTables;
import org.tradewar.report.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar validate RUN_DIR --observed FILE}: a run against a record the user supplies. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Compares a run with an observed record you supply.",
    description = {
      "Reads a tidy CSV (date, series, country, partner, value, unit, source) and writes, into"
          + " RUN_DIR/validation (or --out): the error of the run's mean for each series (RMSE,"
          + " bias, mean absolute error), the timing of first tariff, truce and deal against the"
          + " record's dates, and an overlay chart per series. The project ships no record. See"
          + " docs/outputs.md.",
      "Exit code 0: done; 2: bad input."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RUN_DIR",
      description = "a run folder written by 'tradewar run'")
  Path runDir;

  @Option(
      names = "--observed",
      paramLabel = "FILE",
      required = true,
      description = "the observed record (CSV)")
  Path observed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "output folder (default: RUN_DIR/validation)")
  Path out;

  @Override
  public Integer call() {
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    RunTables run = RunTables.read(runDir);
    ObservedRecord record = ObservedRecord.read(observed, run.series().variables());
    Path dir = out != null ? out : runDir.resolve("validation");
    // Whole or not at all: written beside the folder, then put in place of an earlier validation.
    Validation.Result[] result = new Validation.Result[1];
    Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
    AtomicFiles.deleteQuietly(fresh);
    AtomicFiles.writeFolder(fresh, tmp -> result[0] = Validation.write(run, record, tmp));
    try {
      AtomicFiles.deleteQuietly(dir);
      java.nio.file.Files.move(fresh, dir);
    } catch (java.io.IOException e) {
      throw new BadInputException("cannot write " + dir + ": " + AtomicFiles.describe(e));
    }
    Validation.Result r = result[0];
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "Validation: %s (%d series, %d events)%n",
        dir,
        r.series().size(),
        r.events().size());
    for (Validation.SeriesError e : r.series()) {
      w.printf(
          Locale.ROOT,
          "  %s %s: RMSE %.4g, bias %.4g over %d observations%n",
          e.series(),
          e.country(),
          e.rmse(),
          e.bias(),
          e.n());
    }
    for (Validation.EventTiming t : r.events()) {
      w.printf(
          Locale.ROOT,
          "  %s: observed %s, model %s%n",
          t.event(),
          t.observed(),
          t.modelMedian() == null
              ? "never"
              : t.modelMedian()
                  + " (median of "
                  + t.runsWithEvent()
                  + " of "
                  + t.runs()
                  + " runs)");
    }
    w.flush();
    return 0;
  }
}
