package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.sweep.SweepCharts;
import org.tradewar.sweep.SweepMerge;
import org.tradewar.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewar sweep merge DIR... --out DIR}: the shards of a sweep put back into one sweep
 * folder.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    header = "Merges the shards of a sweep (--shard I/N) into one sweep folder.",
    description = {
      "Checks that the folders are the shards of one sweep (same fingerprint and inputs), that none"
          + " is missing, given twice or unfinished, then writes runs.csv, summary.csv,"
          + " sensitivity.csv (Sobol designs), manifest.json, charts/ and report.html: the files"
          + " one machine would have written. See docs/sweeps.md.",
      "Exit code 0: all runs ok; 1: some runs failed; 2: bad input (a shard missing, foreign or"
          + " unfinished)."
    })
public final class SweepMergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shard folders, in any order")
  List<Path> shards;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "the merged sweep folder (new or empty)")
  Path out;

  @Option(
      names = "--sweep",
      paramLabel = "FILE",
      description = "the sweep file (default: the one the shards' manifest.json names)")
  Path sweepFile;

  @Option(names = "--no-charts", description = "do not draw charts and the report")
  boolean noCharts;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    SweepMerge.Outcome r = new SweepMerge().merge(shards, out, sweepFile);
    if (!noCharts) {
      SweepCharts.write(out);
      SweepRunner.markChartsDrawn(out);
    }
    o.printf(
        Locale.ROOT,
        "sweep %s: merged %d shards, %d runs (%d ok, %d failed) -> %s%n",
        r.spec().name(),
        r.shards(),
        r.runs(),
        r.ok(),
        r.failed(),
        out);
    o.flush();
    return r.failed() > 0 ? 1 : 0;
  }
}
