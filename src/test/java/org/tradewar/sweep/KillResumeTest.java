package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a sweep running in another JVM (SIGKILL, no chance to clean up), resumes it, compares files. */
class KillResumeTest {
  @TempDir
  Path dir;

  @Test
  void aKilledSweepResumesToTheFilesOfAnUninterruptedOne() throws Exception {
    Path yaml = dir.resolve("grid.yaml");
    Files.writeString(yaml, Fakes.GRID.replace("replications: 5", "replications: 20"));
    SweepSpec spec = new SweepLoader((f, b) -> Fakes.permissive(Fakes::noisy)).read(yaml);
    Path whole = dir.resolve("whole");
    new SweepRunner().run(spec, Fakes::noisy, whole, SweepRunner.Options.defaults().withThreads(2));

    Path killed = dir.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SlowSweepMain.class.getName(), yaml.toString(), killed.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    long rows = 0;
    while (System.nanoTime() < deadline && child.isAlive()) {
      rows = lines(killed.resolve("runs.csv"));
      if (rows >= 100) {
        break;
      }
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the child finished before it could be killed: "
        + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    long left = lines(killed.resolve("runs.csv"));
    assertTrue(left >= 100 && left < 600, "rows after the kill: " + left);
    assertFalse(Files.exists(killed.resolve("summary.csv")));

    SweepRunner.Outcome o = new SweepRunner().run(spec, Fakes::noisy, killed,
        SweepRunner.Options.defaults().withThreads(2));
    assertTrue(o.complete());
    assertTrue(o.ranNow() <= 600 - (left - 1) + 1, "ran again " + o.ranNow());
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
    }
    assertEquals(SweepRunnerTest.manifestWithoutSessions(whole), SweepRunnerTest.manifestWithoutSessions(killed));
  }

  private static long lines(Path f) throws IOException {
    if (!Files.exists(f)) {
      return 0;
    }
    byte[] b = Files.readAllBytes(f);
    long n = 0;
    for (byte x : b) {
      n += x == '\n' ? 1 : 0;
    }
    return n;
  }
}
