package org.tradewar.bench;

import java.util.Map;
import java.util.function.Consumer;
import org.tradewar.run.RunResult;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * Measures what the product promises: milliseconds per default run (the simulation only, no files)
 * after warm-up, and firm-steps per second at a million firms, beside the same firm arithmetic in a
 * plain loop. Wall-clock figures on a shared machine: report the median of several repetitions.
 */
public final class Benchmark {
  private Benchmark() {}

  /** Figures of one benchmark session. */
  public record Figures(
      double msPerRun,
      double msPerRunMin,
      int runs,
      double bigRunSeconds,
      double bigRunEveryWeekSeconds,
      long bigFirmSteps,
      double modelFirmStepsPerSecond,
      double plainFirmStepsPerSecond) {}

  public static Figures measure(
      Scenario scenario, int warmupRuns, int timedRuns, int bigFirms, Consumer<String> log) {
    Scenario small = scenario.withOverrides(Map.of("firms.count", "10000"));
    log.accept("warming up: " + warmupRuns + " runs of '" + scenario.name() + "' at 10,000 firms");
    long sink = 0;
    for (int i = 0; i < warmupRuns; i++) {
      sink += Simulations.simulate(small, 1000 + i).model().firmDecisions();
    }
    double[] times = new double[timedRuns];
    for (int i = 0; i < timedRuns; i++) {
      long t0 = System.nanoTime();
      RunResult r = Simulations.simulate(small, 2000 + i);
      times[i] = (System.nanoTime() - t0) / 1e6;
      sink += r.model().firmDecisions();
    }
    java.util.Arrays.sort(times);
    double median = times[timedRuns / 2];
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "default run: median %.2f ms, best %.2f ms over %d runs",
            median,
            times[0],
            timedRuns));

    Scenario big = scenario.withOverrides(Map.of("firms.count", String.valueOf(bigFirms)));
    log.accept("one run at " + bigFirms + " firms for " + scenario.weeks() + " weeks");
    Simulations.simulate(big, 1); // warm-up at this size (allocation, JIT of the big loops)
    long t0 = System.nanoTime();
    Simulations.simulate(big, 2);
    double bigSeconds = (System.nanoTime() - t0) / 1e9;
    // Throughput of the firms' arithmetic inside the model: every firm decides every week (the
    // model
    // normally skips weeks in which nothing a firm decides on moved; results are the same).
    Scenario everyWeek = big.withOverrides(Map.of("firms.evaluate_every_week", "1"));
    Simulations.simulate(everyWeek, 1);
    t0 = System.nanoTime();
    RunResult r = Simulations.simulate(everyWeek, 2);
    double everyWeekSeconds = (System.nanoTime() - t0) / 1e9;
    long steps = r.model().firmDecisions();
    double modelRate = steps / everyWeekSeconds;

    PlainFirmLoop plain = new PlainFirmLoop(bigFirms, 40, 7);
    double check = 0;
    for (int w = 0; w < scenario.weeks(); w++) {
      check += plain.week(1.0, 1.0); // warm-up
    }
    plain = new PlainFirmLoop(bigFirms, 40, 7); // warm JIT, fresh firms: none has re-sourced yet
    t0 = System.nanoTime();
    for (int w = 0; w < scenario.weeks(); w++) {
      check += plain.week(w < 50 ? 0.5 : 2.0, 1.0);
    }
    double plainSeconds = (System.nanoTime() - t0) / 1e9;
    double plainRate = (double) bigFirms * scenario.weeks() / plainSeconds;
    if (sink == 42 && check == 42) {
      log.accept(""); // keeps the work observable to the JIT
    }
    return new Figures(
        median, times[0], timedRuns, bigSeconds, everyWeekSeconds, steps, modelRate, plainRate);
  }
}
