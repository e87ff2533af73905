package org.tradewar.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Limits;
import org.tradewar.io.OutputPaths;
import org.tradewar.run.RunResult;
import org.tradewar.run.ScenarioRuns;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar run}: runs a scenario and writes its run folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Runs a scenario (default: scenarios/historical.yaml) into a new run folder.",
    description = {
      "Runs a scenario (default: scenarios/historical.yaml) and writes a run folder: manifest.json,"
          + " timeseries.csv, events.csv, summary.json, parameters.json, transcript.md, charts and"
          + " report.html."
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "Scenario file (YAML or JSON). Default: ${DEFAULT-VALUE}.",
      defaultValue = "scenarios/historical.yaml")
  Path scenario;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      description = "Horizon in weeks (overrides the scenario's).")
  Integer weeks;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Replications (overrides the scenario's).")
  Integer replications;

  @Option(
      names = "--firms",
      paramLabel = "N",
      description = "Importing firms in all (default 10000).")
  Integer firms;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description =
          "Override a parameter by its dotted path (repeatable); 'tradewar params' lists them.")
  List<String> sets = List.of();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The run folder to create (default: a new folder under results/).")
  Path out;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      defaultValue = "results",
      description = "Folder under which run folders are created (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the line naming the run folder.")
  boolean quiet;

  /**
   * The run folder to create ({@code --out}), or else the folder to create it in ({@code
   * --results}).
   */
  static void checkOutput(Path out, Path results) {
    if (out != null) {
      OutputPaths.folder("--out", out);
    } else {
      OutputPaths.folder("--results", results);
    }
  }

  @Override
  public Integer call() {
    checkOutput(out, results);
    Scenario loaded = ScenarioLoader.load(scenario);
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException(
            "--set '" + set + "': expected PATH=VALUE, e.g. economy.elasticity=3");
      }
      overrides.put(set.substring(0, eq).trim(), set.substring(eq + 1).trim());
    }
    if (firms != null) {
      overrides.put("firms.count", String.valueOf(firms));
    }
    if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
      throw new BadInputException(
          "--replications "
              + replications
              + " is out of range: allowed is an integer between 1 and "
              + Limits.MAX_REPLICATIONS);
    }
    if (seed != null && seed < 0) {
      throw new BadInputException(
          "--seed " + seed + " is out of range: allowed is a whole number from 0 up");
    }
    Scenario s = loaded.withOverrides(overrides).with(seed, weeks, replications);
    long skipped = s.events().stream().filter(e -> s.weekOf(e.date()) >= s.weeks()).count();
    ScenarioRuns.Written w = ScenarioRuns.run(s, out, results, commandLine(), Finishers.standard());
    var o = spec.commandLine().getOut();
    if (skipped > 0) {
      spec.commandLine()
          .getErr()
          .println(
              "tradewar: note: "
                  + skipped
                  + " of the scenario's events fall after"
                  + " week "
                  + s.weeks()
                  + " (--weeks) and were not placed");
      spec.commandLine().getErr().flush();
    }
    o.println("Results: " + w.folder());
    if (!quiet) {
      for (String line : summaryLines(s, w.results())) {
        o.println(line);
      }
    }
    o.flush();
    return 0;
  }

  private String commandLine() {
    return CommandLines.typed(spec);
  }

  /**
   * Three lines a person reads: outcome, tariffs, trade and welfare. With replications, the most
   * frequent outcome and the means over replications (as in summary.json).
   */
  static List<String> summaryLines(Scenario s, List<RunResult> runs) {
    Map<String, Double> m = RunResult.means(runs);
    String majority = RunResult.majorityOutcome(runs);
    Outcome majorityOutcome = Outcome.ofKey(majority);
    String outcome =
        majorityOutcome == null
            ? "no trade war"
            : switch (majorityOutcome) {
              case DEAL ->
                  runs.size() > 1
                      ? "a deal"
                      : "a deal in force since week "
                          + (int) (double) m.get("last_deal_week")
                          + " ("
                          + s.start().plusDays(7L * (long) (double) m.get("last_deal_week"))
                          + ")"
                          + (m.get("deal_week").equals(m.get("last_deal_week"))
                              ? ""
                              : ", after a first deal in week "
                                  + (int) (double) m.get("deal_week")
                                  + " was broken");
              case TRUCE -> "a truce holds at the end";
              case NO_AGREEMENT -> "no agreement by the end";
              case NO_WAR -> "no trade war";
            };
    String reps =
        runs.size() > 1
            ? String.format(
                Locale.ROOT,
                " in %d of %d replications; figures are means",
                runs.stream().filter(r -> r.outcome().equals(majority)).count(),
                runs.size())
            : "";
    return List.of(
        String.format(
            Locale.ROOT,
            "Outcome: %s%s, after %.0f meetings.",
            outcome,
            reps,
            m.get("talk_rounds")),
        String.format(
            Locale.ROOT,
            "Average tariffs peak at %.1f%% (US on China) and %.1f%% (China on US); at the end"
                + " %.1f%% and %.1f%%.",
            m.get("peak_avg_tariff_pct_us"),
            m.get("peak_avg_tariff_pct_cn"),
            m.get("final_avg_tariff_pct_us"),
            m.get("final_avg_tariff_pct_cn")),
        String.format(
            Locale.ROOT,
            "Against the no-war baseline: US imports from China %+.1f%%, China's from the US"
                + " %+.1f%%; US tariff revenue $%.0fB, US consumer cost $%.0fB.",
            m.get("imports_change_pct_us"),
            m.get("imports_change_pct_cn"),
            m.get("tariff_revenue_usd_bn_us"),
            m.get("consumer_cost_usd_bn_us")));
  }
}
