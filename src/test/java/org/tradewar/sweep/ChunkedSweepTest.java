package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep run as chunks (the path of a data engine's tasks) writes the thread pool's files byte for
 * byte, whatever the chunk size, and resumes by chunk.
 */
class ChunkedSweepTest {
  @TempDir Path dir;

  private static final String SOBOL =
      String.join(
          "\n",
          "base: fake.yaml",
          "design: sobol",
          "samples: 40",
          "replications: 3",
          "seed: 9",
          "bootstrap: 40",
          "axes:",
          "  x: {min: 0, max: 2}",
          "  y: [1, 2, 3]",
          "metrics:",
          "  - m",
          "  - k",
          "  - {name: p_deal, outcome: deal}",
          "");

  static void assertSameFiles(Path a, Path b) throws Exception {
    for (String f : List.of("runs.csv", "summary.csv", "sensitivity.csv")) {
      if (Files.exists(a.resolve(f)) || Files.exists(b.resolve(f))) {
        assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      }
    }
    assertEquals(
        SweepRunnerTest.manifestWithoutSessions(a), SweepRunnerTest.manifestWithoutSessions(b));
  }

  @Test
  void chunksWriteTheThreadPoolsFiles() throws Exception {
    for (String yaml : List.of(Fakes.GRID, SOBOL)) {
      SweepSpec spec = Fakes.spec(dir, "s.yaml", yaml, Fakes::noisy);
      Path pool = dir.resolve("pool" + yaml.hashCode());
      new SweepRunner()
          .run(spec, Fakes::noisy, pool, SweepRunner.Options.defaults().withThreads(2));
      for (long runsPerChunk : new long[] {1, 7, 50, 1_000_000}) {
        Path chunked = dir.resolve("chunks" + yaml.hashCode() + "-" + runsPerChunk);
        ChunkedSweep.Outcome o =
            ChunkedSweep.run(
                spec, chunked, runsPerChunk, ChunkedSweep.threads(Fakes::noisy, 2), "");
        assertEquals(spec.runCount(), o.ok() + o.failed());
        assertSameFiles(pool, chunked);
        assertFalse(
            Files.exists(chunked.resolve(ChunkedSweep.CHUNKS)), "the chunks go once joined");
      }
    }
  }

  @Test
  void aStoppedChunkedSweepResumesByChunk() throws Exception {
    SweepSpec spec = Fakes.spec(dir, "s.yaml", Fakes.GRID, Fakes::noisy);
    Path pool = dir.resolve("pool");
    new SweepRunner().run(spec, Fakes::noisy, pool, SweepRunner.Options.defaults().withThreads(2));
    Path chunked = dir.resolve("chunked");
    AtomicInteger ran = new AtomicInteger();
    ChunkedSweep.Engine dies =
        new ChunkedSweep.Engine() { // runs three chunks, then the driver dies
          @Override
          public String name() {
            return "dies";
          }

          @Override
          public void run(SweepSpec s, Path d, int ppc, List<Integer> chunks) {
            for (int c : chunks.subList(0, 3)) {
              ChunkedSweep.runChunk(s, Fakes::noisy, s.points(), d, c, ppc);
            }
            throw new IllegalStateException("killed");
          }
        };
    assertThrows(IllegalStateException.class, () -> ChunkedSweep.run(spec, chunked, 10, dies, ""));
    ChunkedSweep.Engine counting =
        new ChunkedSweep.Engine() {
          @Override
          public String name() {
            return "counting";
          }

          @Override
          public void run(SweepSpec s, Path d, int ppc, List<Integer> chunks) {
            ran.addAndGet(chunks.size());
            ChunkedSweep.threads(Fakes::noisy, 2).run(s, d, ppc, chunks);
          }
        };
    ChunkedSweep.Outcome o = ChunkedSweep.run(spec, chunked, 10, counting, "");
    assertEquals(15 - 3, ran.get(), "the three finished chunks are not run again");
    assertEquals(12, o.ranNow());
    assertSameFiles(pool, chunked);
  }
}
