package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resume from every state a killed sweep can leave on disk, built here without a kill: a session
 * stopped after exactly n runs (one thread, {@link SweepRunner.Options#withStopAfter}) and marked
 * "running" as a kill leaves it, a torn last row, every row written but in finishing order with a
 * half-sorted temporary file beside them, a sorted runs.csv without its summary. Each resumes to
 * the bytes of an uninterrupted sweep, running only the runs that have no row.
 */
class InterruptedSweepTest {
  @TempDir Path dir;

  private SweepSpec spec;
  private Path whole;
  private final AtomicInteger calls = new AtomicInteger();

  private RunFunction counting() {
    return (o, seed) -> {
      calls.incrementAndGet();
      return Fakes.noisy(o, seed);
    };
  }

  @BeforeEach
  void uninterrupted() {
    spec = Fakes.spec(dir, "grid.yaml", Fakes.GRID, counting());
    whole = dir.resolve("whole");
    new SweepRunner().run(spec, counting(), whole, SweepRunner.Options.defaults().withThreads(2));
  }

  private SweepRunner.Outcome resume(Path out) {
    calls.set(0);
    return new SweepRunner()
        .run(spec, counting(), out, SweepRunner.Options.defaults().withThreads(2));
  }

  private void assertSameAsWhole(Path out) throws IOException {
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    assertEquals(
        SweepRunnerTest.manifestWithoutSessions(whole),
        SweepRunnerTest.manifestWithoutSessions(out));
  }

  /**
   * The manifest as a kill leaves it: the last session still "running", the folder not complete.
   */
  private static void asIfKilled(Path out) throws IOException {
    Path m = out.resolve(SweepRunner.MANIFEST);
    String text = Files.readString(m);
    assertTrue(text.contains("\"status\" : \"stopped\""), text);
    Files.writeString(m, text.replace("\"status\" : \"stopped\"", "\"status\" : \"running\""));
  }

  private Path stoppedAfter(long n) {
    Path out = dir.resolve("stopped-" + n);
    SweepRunner.Outcome o =
        new SweepRunner()
            .run(
                spec,
                counting(),
                out,
                SweepRunner.Options.defaults().withThreads(1).withStopAfter(n));
    assertFalse(o.complete());
    assertEquals(n, o.ranNow());
    return out;
  }

  @ParameterizedTest(name = "killed after {0} runs")
  @ValueSource(longs = {1, 2, 74, 149})
  void killedAfterNRunsResumesWithTheRestOnly(long n) throws IOException {
    Path out = stoppedAfter(n);
    asIfKilled(out);
    assertEquals(
        1 + n, Files.readAllLines(out.resolve(RunsCsv.FILE)).size(), "one row per finished run");
    SweepRunner.Outcome o = resume(out);
    assertTrue(o.complete());
    assertEquals(spec.runCount() - n, o.ranNow());
    assertEquals(spec.runCount() - n, calls.get());
    assertSameAsWhole(out);
  }

  @Test
  void aRowTornMidWriteIsCutAndItsRunRunsAgain() throws IOException {
    Path out = stoppedAfter(30);
    asIfKilled(out);
    List<String> sorted = Files.readAllLines(whole.resolve(RunsCsv.FILE));
    String next = sorted.get(31); // the 31st run's row, of which the kill wrote half
    Files.writeString(
        out.resolve(RunsCsv.FILE),
        next.substring(0, next.length() / 2),
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(spec.runCount() - 30, resume(out).ranNow());
    assertSameAsWhole(out);
  }

  /**
   * Killed while sorting: every row is written, in the order runs finished, and half a sorted copy.
   */
  @Test
  void killedWhileSortingResumesWithoutRunningAnything() throws IOException {
    Path out = stoppedAfter(spec.runCount());
    asIfKilled(out);
    Path runs = out.resolve(RunsCsv.FILE);
    List<String> lines = Files.readAllLines(runs);
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, new Random(3)); // as many threads finish them
    Files.writeString(
        runs, lines.get(0) + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    byte[] sortedHalf = Files.readAllBytes(whole.resolve(RunsCsv.FILE));
    Files.write(
        out.resolve("." + RunsCsv.FILE + ".sorting"),
        java.util.Arrays.copyOf(sortedHalf, sortedHalf.length / 2));

    SweepRunner.Outcome o = resume(out);
    assertTrue(o.complete());
    assertEquals(0, o.ranNow());
    assertEquals(0, calls.get());
    assertSameAsWhole(out);
    assertFalse(
        Files.exists(out.resolve("." + RunsCsv.FILE + ".sorting")), "the half-sorted copy is gone");
  }

  /** Killed after sorting, before the summaries: nothing runs, the summaries are written. */
  @Test
  void killedBeforeTheSummariesWritesThem() throws IOException {
    Path out = stoppedAfter(spec.runCount());
    asIfKilled(out);
    Files.copy(
        whole.resolve(RunsCsv.FILE),
        out.resolve(RunsCsv.FILE),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(0, resume(out).ranNow());
    assertSameAsWhole(out);
  }

  /**
   * Killed while writing summary.csv: the atomic write leaves its temporary file, never a half
   * summary.csv; the resumed folder has the right summary.
   */
  @Test
  void killedWhileWritingTheSummaryLeavesNoHalfSummary() throws IOException {
    Path out = stoppedAfter(spec.runCount());
    asIfKilled(out);
    Path tmp = out.resolve("." + SummaryWriter.FILE + "123.tmp");
    byte[] summary = Files.readAllBytes(whole.resolve(SummaryWriter.FILE));
    Files.write(tmp, java.util.Arrays.copyOf(summary, summary.length / 3));
    assertFalse(Files.exists(out.resolve(SummaryWriter.FILE)));
    assertEquals(0, resume(out).ranNow());
    assertSameAsWhole(out);
    try (Stream<Path> s = Files.list(out)) {
      List<String> left =
          s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp")).toList();
      assertTrue(
          left.isEmpty() || left.equals(List.of(tmp.getFileName().toString())),
          "the resume writes through its own temporary file: " + left);
    }
  }
}
