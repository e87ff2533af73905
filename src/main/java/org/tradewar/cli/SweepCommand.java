package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.sweep.Progress;
import org.tradewar.sweep.SweepCharts;
import org.tradewar.sweep.SweepLoader;
import org.tradewar.sweep.SweepRunner;
import org.tradewar.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.tradewar.io.OutputPaths;

/** {@code tradewar sweep SWEEP}: runs a parameter sweep; a rerun on the same folder resumes it. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    header = "Runs a parameter sweep in parallel; rerun the same command to resume.",
    description = {
        "Runs every point and replicate of a sweep file on a thread pool, writing runs.csv as runs "
            + "finish, then summary.csv, sensitivity.csv (Sobol designs), manifest.json and charts/. "
            + "Running the same command again on the same folder resumes: finished runs are skipped. "
            + "See docs/sweeps.md.",
        "Exit code 0: all runs ok; 1: some runs failed (see the error column of runs.csv); 2: bad input."})
public final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "the sweep file (YAML or JSON)")
  Path sweepFile;

  @Option(names = "--threads", paramLabel = "N",
      description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "DIR",
      description = "output folder (default: results/sweeps/NAME, NAME from the sweep file)")
  Path out;

  @Option(names = "--retry-failed", description = "on resume, run again the runs recorded as failed")
  boolean retryFailed;

  @Option(names = "--no-charts", description = "do not draw charts at the end")
  boolean noCharts;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    SweepSpec sweep = SweepLoader.load(sweepFile);
    Path dir = out != null ? out : Path.of("results", "sweeps", sweep.name());
    Progress progress = quiet ? Progress.silent()
        : Progress.console(err, System.console() != null, 5.0);
    String commandLine = "tradewar sweep " + String.join(" ", spec.commandLine().getParseResult()
        .originalArgs());
    SweepRunner.Outcome o = new SweepRunner().run(sweep, sweep.base().runFunction(), dir,
        new SweepRunner.Options(threads, retryFailed, progress, commandLine, 0));
    if (!noCharts && o.complete()) {
      SweepCharts.write(dir);
      SweepRunner.markChartsDrawn(dir);
    }
    outWriter.printf(Locale.ROOT, "sweep %s: %d runs (%d ok, %d failed); %d of them ran now, in %.1f s -> %s%n",
        sweep.name(), o.total(), o.ok(), o.failed(), o.ranNow(), o.seconds(), dir);
    outWriter.flush();
    if (o.failed() > 0) {
      err.println("tradewar: " + o.failed() + " of " + o.total() + " runs failed; their errors are in "
          + dir.resolve("runs.csv") + " (column 'error'); rerun with --retry-failed to try them again");
      err.flush();
      return 1;
    }
    return 0;
  }
}
