package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.fit.Fit;
import org.tradewar.fit.FitLoader;
import org.tradewar.fit.FitSpec;
import org.tradewar.fit.FitWriter;
import org.tradewar.io.OutputPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar fit [FIT]}: estimates behavioural parameters from the articles' patterns. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    header =
        "Estimates behavioural parameters from the patterns the articles report; rerun to resume.",
    description = {
      "Runs the base scenario of a fit file for many candidate parameter values (bounded CMA-ES,"
          + " common random numbers across candidates) and keeps the values whose runs best meet"
          + " the patterns of 'tradewar calibrate --format table'. Writes estimate.yaml (load it in"
          + " a scenario with parameters_from), patterns.csv, profile.csv, identification.csv,"
          + " accepted.csv, summary.md and manifest.json. Running the same command again on the"
          + " same folder resumes: candidates already run are not run again. See docs/fit.md.",
      "Exit code 0: done; 2: bad input."
    })
public final class FitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FIT",
      defaultValue = "scenarios/fits/behaviour.yaml",
      description = "the fit file (default: ${DEFAULT-VALUE})")
  Path fitFile;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "fit folder (default: results/fits/NAME)")
  Path out;

  @Option(names = "--quiet", description = "no progress lines")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    FitSpec fit = FitLoader.load(fitFile);
    Path dir = out != null ? out : Path.of("results", "fits", fit.name());
    Fit.Result r = new Fit(fit, dir, threads, quiet ? null : err).run();
    FitWriter.write(fit, r, dir, threads);
    stdout.printf(Locale.ROOT, "Fit: %s%n", dir);
    stdout.printf(
        Locale.ROOT,
        "Distance to the patterns %.4f after %d evaluations (%.0f s); estimate in %s%n",
        r.best().loss(),
        r.evaluations(),
        r.seconds(),
        dir.resolve("estimate.yaml"));
    stdout.flush();
    return 0;
  }
}
