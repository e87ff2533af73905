package org.tradewar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.tradewar.chart.CompareVariable;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.NearestName;
import org.tradewar.io.OutputPaths;
import org.tradewar.output.RunTables;
import org.tradewar.report.Comparison;
import org.tradewar.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewar compare RUN_DIR_OR_SCENARIO...}: runs the scenarios given by file, then overlays
 * all runs for a class (charts, side-by-side summary, timelines one above the other).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Runs scenarios or takes run folders and overlays them for a class.",
    description = {
      "Overlays several runs on the same axes: one chart per variable with a legend per scenario, a"
          + " side-by-side summary and compare.html with the escalation timelines one above the"
          + " other. Scenario files are run first."
    })
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RUN_DIR_OR_SCENARIO",
      description = "Run folders, or scenario files (.yaml, .yml, .json) to run first.")
  List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the comparison (default: results/compare-<time>).")
  Path out;

  @Option(
      names = "--variables",
      split = ",",
      paramLabel = "NAME",
      description =
          "Variables to overlay, comma-separated, by their timeseries.csv names (default: "
              + "imports_usd_bn, avg_tariff_pct, rival_sourcing_share, diverted_imports_usd_bn, "
              + "tariff_revenue_usd_bn, consumer_cost_usd_bn, deadweight_loss_usd_bn, pain_index).")
  List<String> variables = new ArrayList<>();

  /** How scenario files are run; tests may replace it. */
  ScenarioRunner runner = ScenarioRunner.standard();

  @Override
  public Integer call() {
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    Path outDir =
        out != null
            ? out
            : Path.of(
                "results",
                "compare-"
                    + LocalDateTime.now(ZoneId.systemDefault())
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
    if (inputs.size() < 2) {
      throw new BadInputException("compare needs at least two run folders or scenario files");
    }
    if (Files.exists(outDir)) {
      throw new BadInputException(outDir + " already exists: choose another --out or delete it");
    }
    for (String v : variables) {
      if (!CompareVariable.KNOWN.containsKey(v)) {
        throw new BadInputException(
            "--variables: unknown variable '"
                + v
                + "'"
                + NearestName.hint(v, CompareVariable.KNOWN.keySet())
                + "; allowed: "
                + String.join(", ", new TreeSet<>(CompareVariable.KNOWN.keySet())));
      }
    }
    // Check every input before running anything, so a typo in the last one wastes no run.
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        if (!RunTables.isRun(p)) {
          throw new BadInputException(p + ": is not a run folder (no timeseries.csv)");
        }
      } else if (Files.isRegularFile(p)) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
          throw new BadInputException(
              p + ": is neither a run folder nor a scenario file (.yaml, .yml, .json)");
        }
        ScenarioLoader.load(p);
      } else {
        throw new BadInputException(p + ": no such run folder or scenario file");
      }
    }
    // Everything is written into a temporary folder, renamed into place only when complete.
    AtomicFiles.writeFolder(
        outDir,
        tmp -> {
          List<Path> runDirs = new ArrayList<>();
          for (Path p : inputs) {
            if (Files.isDirectory(p)) {
              runDirs.add(p);
            } else {
              spec.commandLine().getErr().println("tradewar: running " + p + " ...");
              spec.commandLine().getErr().flush();
              runDirs.add(runner.runToFolder(p, tmp.resolve("runs")));
            }
          }
          Comparison.write(runDirs, tmp, variables);
        });
    Path page = outDir.resolve("compare.html");
    spec.commandLine()
        .getOut()
        .println(
            "tradewar: wrote "
                + page
                + " (charts in "
                + outDir.resolve("charts")
                + ", summary in "
                + outDir.resolve("summary.csv")
                + ")");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
