package org.tradewar.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.bench.Benchmark;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Limits;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar bench}: how fast the simulation runs, against the product's goals. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Benchmarks the simulation against the performance goals.",
    description = {
      "Benchmarks the simulation (no files written): milliseconds per run at 10,000 firms "
          + "after warm-up, and firm-steps per second at 1,000,000 firms beside a plain Java loop."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      defaultValue = "scenarios/historical.yaml",
      description = "Scenario to time (default: ${DEFAULT-VALUE}).")
  Path scenario;

  @Option(
      names = "--warmup",
      defaultValue = "200",
      paramLabel = "N",
      description = "Warm-up runs (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--runs",
      defaultValue = "200",
      paramLabel = "N",
      description = "Timed runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--big-firms",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "Firms in the scale run (default ${DEFAULT-VALUE}).")
  int bigFirms;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    check("--warmup", warmup, 0, 100_000);
    check("--runs", runs, 1, 100_000);
    check("--big-firms", bigFirms, Limits.MIN_FIRMS, Limits.MAX_FIRMS);
    Scenario s = ScenarioLoader.load(scenario);
    Benchmark.Figures f =
        Benchmark.measure(
            s,
            warmup,
            runs,
            bigFirms,
            line -> {
              out.println(line);
              out.flush();
            });
    out.println();
    double ratio = f.plainFirmStepsPerSecond() / f.modelFirmStepsPerSecond();
    out.printf(
        Locale.ROOT,
        "ms per %s run, 10,000 firms, %d weeks: median %.2f (best %.2f)   goal: < 5 ms: %s%n",
        s.name(),
        s.weeks(),
        f.msPerRun(),
        f.msPerRunMin(),
        verdict(f.msPerRun() < 5));
    out.printf(
        Locale.ROOT,
        "%,d firms x %d weeks: %.2f s as shipped; %.2f s with every firm deciding every week"
            + "   goal: < 5 s: %s%n",
        bigFirms,
        s.weeks(),
        f.bigRunSeconds(),
        f.bigRunEveryWeekSeconds(),
        verdict(f.bigRunEveryWeekSeconds() < 5));
    out.printf(
        Locale.ROOT,
        "firm-steps per second (every firm every week): model %,.0f, plain Java loop %,.0f;"
            + " time per firm-step, model / plain = %.2f   goal: < 2: %s%n",
        f.modelFirmStepsPerSecond(),
        f.plainFirmStepsPerSecond(),
        ratio,
        verdict(ratio < 2));
    out.flush();
    return 0;
  }

  /**
   * Whether a goal is met, said plainly (the exit code stays 0: a slow machine is not an error).
   */
  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static void check(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new BadInputException(
          option
              + ": "
              + value
              + " is out of range: allowed is a whole"
              + " number between "
              + min
              + " and "
              + max);
    }
  }
}
