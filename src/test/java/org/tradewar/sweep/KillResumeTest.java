package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a sweep running in another JVM (SIGKILL, no chance to clean up) at a known point, resumes
 * it, compares files. Timing-free: the child blocks after a fixed number of runs and says so with a
 * marker file, and is killed only then ({@link BlockingSweepMain}); the wait is for the marker,
 * with a generous limit that only a broken child reaches.
 */
class KillResumeTest {
  private static final int DONE_BEFORE_KILL = 57;

  @TempDir Path dir;

  @Test
  void aKilledSweepResumesToTheFilesOfAnUninterruptedOne() throws Exception {
    Path yaml = dir.resolve("grid.yaml");
    Files.writeString(yaml, Fakes.GRID);
    SweepSpec spec = new SweepLoader((f, b) -> Fakes.permissive(Fakes::noisy)).read(yaml);
    Path whole = dir.resolve("whole");
    new SweepRunner().run(spec, Fakes::noisy, whole, SweepRunner.Options.defaults().withThreads(2));

    Path killed = dir.resolve("killed");
    Path marker = dir.resolve("blocked");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BlockingSweepMain.class.getName(),
                yaml.toString(),
                killed.toString(),
                marker.toString(),
                String.valueOf(DONE_BEFORE_KILL))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20); // waiting for the marker, not for time to pass
    }
    assertTrue(
        Files.exists(marker) && child.isAlive(),
        "the child should block and wait: " + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    // what the kill left: exactly the rows of the finished runs, no summaries, the session
    // "running"
    assertEquals(1 + DONE_BEFORE_KILL, Files.readAllLines(killed.resolve("runs.csv")).size());
    assertFalse(Files.exists(killed.resolve("summary.csv")));
    JsonNode m = new ObjectMapper().readTree(killed.resolve("manifest.json").toFile());
    assertFalse(m.path("complete").asBoolean());
    assertEquals("running", m.path("sessions").get(0).path("status").asText());

    SweepRunner.Outcome o =
        new SweepRunner()
            .run(spec, Fakes::noisy, killed, SweepRunner.Options.defaults().withThreads(2));
    assertTrue(o.complete());
    assertEquals(
        spec.runCount() - DONE_BEFORE_KILL, o.ranNow(), "only the runs not on disk run again");
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
    }
    assertEquals(
        SweepRunnerTest.manifestWithoutSessions(whole),
        SweepRunnerTest.manifestWithoutSessions(killed));
    JsonNode sessions =
        new ObjectMapper().readTree(killed.resolve("manifest.json").toFile()).get("sessions");
    assertEquals("interrupted", sessions.get(0).path("status").asText());
    assertEquals("finished", sessions.get(1).path("status").asText());
  }
}
