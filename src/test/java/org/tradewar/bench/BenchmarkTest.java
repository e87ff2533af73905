package org.tradewar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradewar.cli.Main;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * The bench command in a tiny configuration: its figures are sane and hang together, and it says
 * so.
 */
class BenchmarkTest {
  private static final int FIRMS = 400;

  @Test
  void figuresOfATinyBenchmarkAreSane() {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/tariffs-only.yaml"));
    List<String> log = new ArrayList<>();
    Benchmark.Figures f = Benchmark.measure(s, 1, 3, FIRMS, log::add);
    assertEquals(3, f.runs());
    assertTrue(f.msPerRunMin() > 0 && f.msPerRunMin() <= f.msPerRun(), "best <= median: " + f);
    assertTrue(f.msPerRun() < 60_000, f.toString());
    assertTrue(f.bigRunSeconds() > 0 && f.bigRunEveryWeekSeconds() > 0, f.toString());
    // every firm decides every week in the timed run: firms x weeks decisions at least (each
    // market)
    assertTrue(f.bigFirmSteps() >= (long) FIRMS * s.weeks(), "steps " + f.bigFirmSteps());
    assertTrue(f.bigFirmSteps() <= 2L * FIRMS * s.weeks() * 2, "steps " + f.bigFirmSteps());
    assertEquals(
        f.bigFirmSteps() / f.bigRunEveryWeekSeconds(),
        f.modelFirmStepsPerSecond(),
        1e-9 * f.modelFirmStepsPerSecond(),
        "the rate is steps over time");
    assertTrue(
        f.plainFirmStepsPerSecond() > 0 && Double.isFinite(f.plainFirmStepsPerSecond()),
        f.toString());
    assertTrue(log.get(0).startsWith("warming up: 1 runs of 'tariffs-only'"), log.toString());
    assertTrue(
        log.stream()
            .anyMatch(l -> l.startsWith("default run: median ") && l.endsWith("over 3 runs")),
        log.toString());
    assertTrue(
        log.stream()
            .anyMatch(l -> l.equals("one run at " + FIRMS + " firms for " + s.weeks() + " weeks")),
        log.toString());
  }

  @Test
  void theCommandPrintsEachGoalWithAVerdictAndRefusesSizesOutOfRange() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "bench",
              "scenarios/tariffs-only.yaml",
              "--warmup",
              "0",
              "--runs",
              "1",
              "--big-firms",
              String.valueOf(FIRMS)
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(
        text.matches(
            "(?s).*ms per tariffs-only run, 10,000 firms, 104 weeks: median [0-9.]+ \\(best"
                + " [0-9.]+\\)   goal: < 5 ms: (met|NOT met).*"),
        text);
    assertTrue(text.contains("400 firms x 104 weeks: "), text);
    assertTrue(text.matches("(?s).*model / plain = [0-9.]+   goal: < 2: (met|NOT met).*"), text);

    StringWriter err2 = new StringWriter();
    assertEquals(
        2,
        Main.execute(
            new String[] {"bench", "scenarios/tariffs-only.yaml", "--big-firms", "10"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err2, true)));
    assertTrue(err2.toString().contains("--big-firms: 10 is out of range"), err2.toString());
  }
}
