package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradewar.fit.PatternCheck;
import org.tradewar.io.BadInputException;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewar patterns [SCENARIO]}: how often a scenario meets the patterns the articles
 * report.
 */
@Command(
    name = "patterns",
    mixinStandardHelpOptions = true,
    header = "How often a scenario's runs meet the patterns the articles report of the war's path.",
    description = {
      "Runs the scenario's replications and prints, for each pattern of its calibration ('tradewar"
          + " calibrate --format table'), the simulated mean and the share of runs that meet it, as"
          + " a Markdown table. See docs/fit.md."
    })
public final class PatternsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      defaultValue = "scenarios/agents-free.yaml",
      description = "the scenario (default: ${DEFAULT-VALUE})")
  Path scenarioFile;

  @Option(
      names = "--replications",
      paramLabel = "N",
      defaultValue = "50",
      description = "runs (default: ${DEFAULT-VALUE})")
  int replications;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (replications < 1 || replications > 100_000) {
      throw new BadInputException(
          "--replications "
              + replications
              + " is out of range: allowed is an integer between 1 and 100000");
    }
    Scenario s = ScenarioLoader.load(scenarioFile);
    List<PatternCheck.Row> rows = PatternCheck.of(s, replications, threads);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Patterns of "
            + s.calibration().source()
            + " in "
            + replications
            + " runs of "
            + scenarioFile
            + ":");
    out.println();
    out.print(PatternCheck.markdown(rows, replications));
    out.flush();
    return 0;
  }
}
