package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.io.BadInputException;
import org.tradewar.io.OutputPaths;
import org.tradewar.sweep.ChunkedSweep;
import org.tradewar.sweep.Progress;
import org.tradewar.sweep.Shard;
import org.tradewar.sweep.SweepBundle;
import org.tradewar.sweep.SweepCharts;
import org.tradewar.sweep.SweepLoader;
import org.tradewar.sweep.SweepRunner;
import org.tradewar.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
      "With --shard I/N it runs only the I-th of N contiguous parts of the runs, into its own"
          + " folder; 'tradewar sweep merge' puts the shards together.",
      "Exit code 0: all runs ok; 1: some runs failed (see the error column of runs.csv); 2: bad"
          + " input."
    },
    subcommands = {SweepMergeCommand.class, SweepBundleCommand.class})
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Optional for picocli so that 'sweep merge' parses; a run without it is refused in call().
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SWEEP",
      description = "the sweep file (YAML or JSON), or a bundle (X.zip, from 'sweep bundle')")
  Path sweepFile;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "run only part I of N of the runs (contiguous), e.g. one task of a job array; "
              + "default folder results/sweeps/NAME-shard-I-of-N")
  String shard;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "output folder (default: results/sweeps/NAME, NAME from the sweep file)")
  Path out;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "threads (default: a pool in this JVM) or spark (chunks of runs as Spark tasks; needs the"
              + " jar built with -Pspark and Spark's jars, e.g. under spark-submit)")
  String engine = "threads";

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "with --engine spark: the Spark master when none is set (default local[*], embedded)")
  String master;

  @Option(
      names = "--chunk-runs",
      paramLabel = "N",
      description =
          "with --engine spark: runs per task, rounded to whole points (default ${DEFAULT-VALUE})")
  long chunkRuns = 10_000;

  @Option(
      names = "--retry-failed",
      description = "on resume, run again the runs recorded as failed")
  boolean retryFailed;

  @Option(names = "--no-charts", description = "do not draw charts at the end")
  boolean noCharts;

  @Option(names = "--quiet", description = "no progress display")
  boolean quiet;

  @Override
  @SuppressWarnings("SystemConsoleNull") // Java 17: null without a terminal, which is what is asked
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    if (sweepFile == null) {
      throw new BadInputException(
          "sweep: give the sweep file (e.g. scenarios/sweeps/retaliation-vs-patience.yaml),"
              + " or a subcommand: merge, bundle");
    }
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    Shard part = shard == null ? null : Shard.parse(shard);
    SweepSpec sweep =
        SweepLoader.load(SweepBundle.isBundle(sweepFile) ? SweepBundle.open(sweepFile) : sweepFile);
    if (part != null && part.count() > sweep.runCount()) {
      throw new BadInputException(
          "--shard "
              + part
              + ": the sweep has only "
              + sweep.runCount()
              + " runs; "
              + "cut it into at most that many shards");
    }
    Path dir =
        out != null
            ? out
            : Path.of(
                "results",
                "sweeps",
                part == null
                    ? sweep.name()
                    : sweep.name() + "-shard-" + part.index() + "-of-" + part.count());
    Progress progress =
        quiet ? Progress.silent() : Progress.console(err, System.console() != null, 5.0);
    String commandLine = CommandLines.typed(spec);
    if (!engine.equals("threads")) {
      return chunked(sweep, dir, part, commandLine, outWriter);
    }
    SweepRunner.Outcome o =
        new SweepRunner()
            .run(
                sweep,
                sweep.base().runFunction(),
                dir,
                new SweepRunner.Options(threads, retryFailed, progress, commandLine, 0, part));
    if (!noCharts && o.complete() && part == null) { // a shard's charts are drawn by the merge
      SweepCharts.write(dir);
      SweepRunner.markChartsDrawn(dir);
    }
    outWriter.printf(
        Locale.ROOT,
        "sweep %s%s: %d runs (%d ok, %d failed); %d of them ran now, in %.1f s -> %s%n",
        sweep.name(),
        part == null ? "" : " shard " + part,
        o.total(),
        o.ok(),
        o.failed(),
        o.ranNow(),
        o.seconds(),
        dir);
    outWriter.flush();
    if (o.failed() > 0) {
      err.println(
          "tradewar: "
              + o.failed()
              + " of "
              + o.total()
              + " runs failed; their errors are in "
              + dir.resolve("runs.csv")
              + " (column 'error'); rerun with --retry-failed to try them again");
      err.flush();
      return 1;
    }
    return 0;
  }

  /** A sweep on a data engine: chunks of runs, the sweep shipped as a bundle. */
  private int chunked(
      SweepSpec sweep, Path dir, Shard part, String commandLine, PrintWriter outWriter) {
    if (!engine.equals("spark")) {
      throw new BadInputException("--engine '" + engine + "': allowed: threads, spark");
    }
    if (part != null) {
      throw new BadInputException(
          "--shard and --engine spark do not go together: Spark spreads the runs itself");
    }
    if (chunkRuns < 1) {
      throw new BadInputException("--chunk-runs must be at least 1, got " + chunkRuns);
    }
    byte[] bundle =
        SweepBundle.isBundle(sweepFile)
            ? SweepBundle.read(sweepFile)
            : SweepBundle.pack(sweepFile, sweepFile.toString()).bytes();
    ChunkedSweep.Engine e = SparkEngines.create(bundle, master);
    ChunkedSweep.Outcome o = ChunkedSweep.run(sweep, dir, chunkRuns, e, commandLine);
    if (!noCharts) {
      SweepCharts.write(dir);
      SweepRunner.markChartsDrawn(dir);
    }
    outWriter.printf(
        Locale.ROOT,
        "sweep %s on spark: %d runs (%d ok, %d failed) in %d chunks, %d of them ran now, "
            + "in %.1f s -> %s%n",
        sweep.name(),
        o.total(),
        o.ok(),
        o.failed(),
        o.chunks(),
        o.ranNow(),
        o.seconds(),
        dir);
    outWriter.flush();
    return o.failed() > 0 ? 1 : 0;
  }
}
