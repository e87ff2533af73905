package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

class SweepRunnerTest {
  @TempDir Path dir;

  private SweepRunner.Options threads(int n) {
    return SweepRunner.Options.defaults().withThreads(n);
  }

  private SweepSpec grid(RunFunction fn) {
    return Fakes.spec(dir, "grid.yaml", Fakes.GRID, fn);
  }

  static byte[] bytes(Path p) throws IOException {
    return Files.readAllBytes(p);
  }

  /** The manifest without its sessions (wall times differ from one session to another). */
  static JsonNode manifestWithoutSessions(Path d) throws IOException {
    ObjectNode m = (ObjectNode) new ObjectMapper().readTree(d.resolve("manifest.json").toFile());
    m.remove("sessions");
    return m;
  }

  @Test
  void writesOneRowPerRunAndASummaryPerPointAndMetric() throws IOException {
    SweepSpec spec = grid(Fakes::noisy);
    Path out = dir.resolve("out");
    SweepRunner.Outcome o = new SweepRunner().run(spec, Fakes::noisy, out, threads(2));
    assertTrue(o.complete());
    assertEquals(30 * 5, o.total());
    assertEquals(150, o.ok());
    List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
    assertEquals("point,replicate,seed,x,y,outcome,m,k,p_deal,status,error", runs.get(0));
    assertEquals(151, runs.size());
    assertTrue(runs.get(1).startsWith("1,1,"));
    assertTrue(runs.get(150).startsWith("30,5,"));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals("point,x,y,metric,n,mean,sd,ci95_low,ci95_high,failed", summary.get(0));
    assertEquals(1 + 30 * 3, summary.size());
    // point 1 is x=0, y=1: m = 1 + noise in [0, 1)
    List<String> first = Csv.split(summary.get(1));
    assertEquals(List.of("1", "0", "1", "m", "5"), first.subList(0, 5));
    double mean = Double.parseDouble(first.get(5));
    assertTrue(mean > 1 && mean < 2);
    assertTrue(Double.parseDouble(first.get(7)) < mean && mean < Double.parseDouble(first.get(8)));
    assertFalse(Files.exists(out.resolve("sensitivity.csv")));
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertTrue(m.get("complete").asBoolean());
    assertEquals(150, m.get("runs_ok").asInt());
  }

  @Test
  void oneThreadAndTwoThreadsGiveIdenticalFiles() throws IOException {
    SweepSpec spec = grid(Fakes::noisy);
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    new SweepRunner().run(spec, Fakes::noisy, one, threads(1));
    new SweepRunner().run(spec, Fakes::noisy, two, threads(2));
    assertArrayEquals(bytes(one.resolve("summary.csv")), bytes(two.resolve("summary.csv")));
    assertArrayEquals(bytes(one.resolve("runs.csv")), bytes(two.resolve("runs.csv")));
  }

  @Test
  void aFailedRunIsRecordedAndTheSweepGoesOn() throws IOException {
    RunFunction fn =
        (o, seed) -> {
          if (o.get("x").equals("1.5")) {
            throw new IllegalArgumentException("tariff model diverged,\nweek 12");
          }
          return Fakes.noisy(o, seed);
        };
    SweepSpec spec = grid(fn);
    Path out = dir.resolve("out");
    SweepRunner.Outcome o = new SweepRunner().run(spec, fn, out, threads(2));
    assertEquals(25, o.failed());
    assertEquals(125, o.ok());
    String failedRow =
        Files.readAllLines(out.resolve("runs.csv")).stream()
            .filter(l -> l.contains(",failed,"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        failedRow.endsWith(",failed,\"IllegalArgumentException: tariff model diverged, week 12\""),
        failedRow);
    String failedSummary =
        Files.readAllLines(out.resolve("summary.csv")).stream()
            .filter(l -> l.startsWith("16,1.5,"))
            .findFirst()
            .orElseThrow();
    assertTrue(failedSummary.endsWith(",m,0,,,,,5"), failedSummary);
  }

  @Test
  void retryFailedRunsTheFailuresAgain() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    boolean[] broken = {true};
    RunFunction fn =
        (o, seed) -> {
          calls.incrementAndGet();
          if (broken[0] && o.get("x").equals("2")) {
            throw new IllegalStateException("transient");
          }
          return Fakes.noisy(o, seed);
        };
    SweepSpec spec = grid(fn);
    Path out = dir.resolve("out");
    assertEquals(25, new SweepRunner().run(spec, fn, out, threads(2)).failed());
    broken[0] = false;
    calls.set(0);
    assertEquals(
        25, new SweepRunner().run(spec, fn, out, threads(2)).failed()); // plain rerun: done
    assertEquals(0, calls.get());
    SweepRunner.Options retry = new SweepRunner.Options(2, true, Progress.silent(), "", 0);
    assertEquals(0, new SweepRunner().run(spec, fn, out, retry).failed());
    assertEquals(25, calls.get());
    Path clean = dir.resolve("clean");
    new SweepRunner().run(spec, Fakes::noisy, clean, threads(1));
    assertArrayEquals(bytes(clean.resolve("runs.csv")), bytes(out.resolve("runs.csv")));
  }

  @Test
  void anInterruptedSweepResumesToIdenticalFiles() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    RunFunction fn =
        (o, seed) -> {
          calls.incrementAndGet();
          return Fakes.noisy(o, seed);
        };
    SweepSpec spec = grid(fn);
    Path whole = dir.resolve("whole");
    new SweepRunner().run(spec, fn, whole, threads(2));

    Path broken = dir.resolve("broken");
    SweepRunner.Outcome first =
        new SweepRunner().run(spec, fn, broken, threads(2).withStopAfter(40));
    assertFalse(first.complete());
    assertFalse(Files.exists(broken.resolve("summary.csv")));
    // a kill leaves its session "running" in the manifest (a clean stop says "stopped")
    Path manifest = broken.resolve("manifest.json");
    assertTrue(Files.readString(manifest).contains("\"status\" : \"stopped\""));
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("\"status\" : \"stopped\"", "\"status\" : \"running\""));
    // the crash also tore the row being written
    Files.writeString(broken.resolve("runs.csv"), "17,3,12345,2,1", StandardOpenOption.APPEND);
    long rowsBefore = Files.readAllLines(broken.resolve("runs.csv")).size() - 2;
    assertTrue(rowsBefore >= 40 && rowsBefore < 150, "rows " + rowsBefore);
    calls.set(0);
    SweepRunner.Outcome second = new SweepRunner().run(spec, fn, broken, threads(1));
    assertTrue(second.complete());
    assertEquals(150 - rowsBefore, calls.get());
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertArrayEquals(bytes(whole.resolve(f)), bytes(broken.resolve(f)), f);
    }
    assertEquals(manifestWithoutSessions(whole), manifestWithoutSessions(broken));
    JsonNode sessions =
        new ObjectMapper().readTree(broken.resolve("manifest.json").toFile()).get("sessions");
    assertEquals(2, sessions.size(), "every session is on record, the killed one too");
    assertEquals("interrupted", sessions.get(0).path("status").asText());
    assertEquals("finished", sessions.get(1).path("status").asText());
    // a third run does nothing and changes nothing
    calls.set(0);
    new SweepRunner().run(spec, fn, broken, threads(2));
    assertEquals(0, calls.get());
    assertArrayEquals(bytes(whole.resolve("summary.csv")), bytes(broken.resolve("summary.csv")));
  }

  @Test
  void aFolderOfAnotherSweepIsRefused() {
    SweepSpec spec = grid(Fakes::noisy);
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, Fakes::noisy, out, threads(1));
    SweepSpec other =
        Fakes.spec(dir, "grid2.yaml", Fakes.GRID.replace("seed: 7", "seed: 8"), Fakes::noisy);
    String msg =
        assertThrows(
                BadInputException.class,
                () -> new SweepRunner().run(other, Fakes::noisy, out, threads(1)))
            .getMessage();
    assertTrue(msg.contains("holds the results of a different sweep"), msg);
  }

  @Test
  void sobolDesignsWriteSensitivity() throws IOException {
    String yaml =
        String.join(
            "\n",
            "base: f",
            "design: sobol",
            "samples: 64",
            "replications: 2",
            "seed: 3",
            "bootstrap: 50",
            "axes:",
            "  x: {min: 0, max: 2}",
            "  y: {min: 0, max: 1}",
            "metrics: [m, k]",
            "");
    SweepSpec spec = Fakes.spec(dir, "sobol.yaml", yaml, Fakes::noisy);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    new SweepRunner().run(spec, Fakes::noisy, a, threads(1));
    new SweepRunner().run(spec, Fakes::noisy, b, threads(2));
    List<String> lines = Files.readAllLines(a.resolve("sensitivity.csv"));
    assertEquals(
        "metric,axis,S1,S1_ci95_low,S1_ci95_high,ST,ST_ci95_low,ST_ci95_high,rows", lines.get(0));
    assertEquals(5, lines.size());
    double sx = Double.parseDouble(Csv.split(lines.get(1)).get(2));
    assertTrue(sx > 0.5, lines.get(1)); // m = x^2 + y + noise: x dominates
    assertArrayEquals(bytes(a.resolve("sensitivity.csv")), bytes(b.resolve("sensitivity.csv")));
  }

  @Test
  void seriesAggregatesAreComputed() {
    RunResult r = new RunResult("deal", Map.of(), (v, c, p) -> new double[] {1, 2, 3, 4, 5});
    assertEquals(
        3.5,
        new MetricSpec(
                "w", MetricSpec.Kind.SERIES, null, "v", "US", "CN", MetricSpec.Stat.MEAN, 2, 3)
            .evaluate(r));
    assertEquals(
        12,
        new MetricSpec(
                "w", MetricSpec.Kind.SERIES, null, "v", "US", "CN", MetricSpec.Stat.SUM, 2, -1)
            .evaluate(r));
    assertEquals(
        5,
        new MetricSpec(
                "w", MetricSpec.Kind.SERIES, null, "v", "US", "CN", MetricSpec.Stat.LAST, 0, 100)
            .evaluate(r));
    assertEquals(
        1,
        new MetricSpec("w", MetricSpec.Kind.OUTCOME, "deal", null, null, null, null, 0, -1)
            .evaluate(r));
  }

  @Test
  void aTornHeaderIsRepaired() throws IOException {
    SweepSpec spec = grid(Fakes::noisy);
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, Fakes::noisy, out, threads(1).withStopAfter(1));
    Files.writeString(out.resolve("runs.csv"), "point,repl", StandardCharsets.UTF_8);
    assertTrue(new SweepRunner().run(spec, Fakes::noisy, out, threads(2)).complete());
    assertEquals(151, Files.readAllLines(out.resolve("runs.csv")).size());
  }
}
