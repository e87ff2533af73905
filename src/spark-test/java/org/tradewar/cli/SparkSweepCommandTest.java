package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.sweep.ChunkedSweep;

/**
 * {@code --engine spark} on an embedded {@code local[2]} writes the thread pool's files byte for
 * byte (the sessions aside), and a Spark sweep killed with SIGKILL resumes by chunk to the same
 * files.
 */
class SparkSweepCommandTest {
  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path sweep(String name, String body) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(
        f, "base: builtin:ishigami\n" + body + "metrics:\n  - y\n  - {name: p_ok, outcome: ok}\n");
    return f;
  }

  private static final String SOBOL =
      "design: sobol\n"
          + "samples: 500\n"
          + "replications: 2\n"
          + "seed: 3\n"
          + "bootstrap: 100\n"
          + "axes:\n"
          + "  x1: {min: -3.14, max: 3.14}\n"
          + "  x2: {min: -3.14, max: 3.14}\n"
          + "  x3: [-1, 0, 1]\n";
  private static final String RANDOM =
      "design: random\nsamples: 300\nreplications: 3\nseed: 4\naxes:\n"
          + "  x1: {min: -3, max: 3}\n  x2: [0, 1]\n  x3: {min: 0, max: 2, integer: true}\n";

  @Test
  void sparkWritesTheThreadPoolsFiles() throws IOException {
    for (String body : new String[] {SOBOL, RANDOM}) {
      String tag = body.equals(SOBOL) ? "sobol" : "random";
      Path f = sweep(tag + ".yaml", body);
      Path pool = dir.resolve(tag + "-pool");
      assertEquals(
          0,
          run("sweep", f.toString(), "--out", pool.toString(), "--threads", "2", "--quiet"),
          err.toString());
      Path spark = dir.resolve(tag + "-spark");
      assertEquals(
          0,
          run(
              "sweep",
              f.toString(),
              "--out",
              spark.toString(),
              "--engine",
              "spark",
              "--master",
              "local[2]",
              "--chunk-runs",
              "700",
              "--quiet"),
          err.toString());
      assertTrue(out.toString().contains("on spark"), out.toString());
      SweepShardCommandTest.assertSameFolder(pool, spark);
    }
  }

  @Test
  void aKilledSparkSweepResumesByChunk() throws Exception {
    Path f = sweep("big.yaml", SOBOL.replace("samples: 500", "samples: 20000"));
    Path pool = dir.resolve("pool");
    assertEquals(
        0,
        run(
            "sweep",
            f.toString(),
            "--out",
            pool.toString(),
            "--threads",
            "2",
            "--quiet",
            "--no-charts"),
        err.toString());
    Path killed = dir.resolve("killed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "sweep",
                f.toString(),
                "--out",
                killed.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--chunk-runs",
                "500",
                "--quiet",
                "--no-charts")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long done = 0;
    while (System.nanoTime() < deadline && child.isAlive() && done < 4) {
      done = successes(killed);
      Thread.sleep(20);
    }
    assertTrue(
        child.isAlive(),
        "the child finished before it could be killed: "
            + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long before = successes(killed);
    assertTrue(before >= 4 && before < 400, "chunks done when killed: " + before);
    assertEquals(
        0,
        run(
            "sweep",
            f.toString(),
            "--out",
            killed.toString(),
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--chunk-runs",
            "500",
            "--quiet",
            "--no-charts"),
        err.toString());
    assertTrue(
        out.toString().contains("in 400 chunks, " + (400 - before) + " of them ran now"),
        out.toString());
    SweepShardCommandTest.assertSameFolder(pool, killed);
    assertTrue(Files.readString(killed.resolve("manifest.json")).contains("\"interrupted\""));
  }

  private static long successes(Path d) throws IOException {
    Path c = d.resolve(ChunkedSweep.CHUNKS);
    if (!Files.isDirectory(c)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(c)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(ChunkedSweep.SUCCESS))).count();
    }
  }
}
