package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.tradewar.io.AtomicFiles;

/**
 * A bundle holds what a sweep reads: packed in a copy of the project, run in another JVM whose
 * working folder has none of the project's folders (the copy deleted), it gives the same runs.csv
 * and summary.csv.
 */
class SweepBundleCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  @Test
  void aBundleRunsElsewhereWithTheSameRuns() throws Exception {
    Path proj = dir.resolve("proj");
    Files.createDirectories(proj.resolve("scenarios/sweeps"));
    copyTree(Path.of("seeds"), proj.resolve("seeds"));
    Files.createDirectories(proj.resolve("scenarios/fits/behaviour"));
    Files.copy(
        Path.of("scenarios/fits/behaviour/accepted.csv"),
        proj.resolve("scenarios/fits/behaviour/accepted.csv"));
    Files.copy(
        Path.of("scenarios/agents-free-uncertain.yaml"),
        proj.resolve("scenarios/agents-free-uncertain.yaml"));
    Path sweep = proj.resolve("scenarios/sweeps/small.yaml");
    Files.writeString(
        sweep,
        "base: ../agents-free-uncertain.yaml\ndesign: grid\nreplications: 3\nseed: 8\naxes:\n"
            + "  firms.count: [400, 600]\nmetrics:\n  - talk_rounds\n  - peak_avg_tariff_pct_us\n");
    Path here = dir.resolve("here");
    assertEquals(
        0,
        run("sweep", sweep.toString(), "--out", here.toString(), "--quiet", "--no-charts"),
        err.toString());

    Path zip = dir.resolve("small.zip");
    assertEquals(
        0, run("sweep", "bundle", sweep.toString(), "--out", zip.toString()), err.toString());
    assertTrue(out.toString().contains("scenarios/fits/behaviour/accepted.csv"), out.toString());
    byte[] first = Files.readAllBytes(zip);
    assertEquals(
        0, run("sweep", "bundle", sweep.toString(), "--out", zip.toString()), err.toString());
    assertArrayEquals(first, Files.readAllBytes(zip), "a bundle's bytes depend only on its files");
    AtomicFiles.deleteQuietly(proj);
    assertFalse(Files.exists(proj));

    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "sweep",
                zip.toString(),
                "--out",
                "there",
                "--quiet",
                "--no-charts")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not finish");
    assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
    Path there = elsewhere.resolve("there");
    for (String f : new String[] {"runs.csv", "summary.csv"}) {
      assertArrayEquals(
          Files.readAllBytes(here.resolve(f)), Files.readAllBytes(there.resolve(f)), f);
    }
  }

  @Test
  void aFileThatIsNoBundleIsRefused() throws IOException {
    Path zip = dir.resolve("x.zip");
    Files.writeString(zip, "not a zip");
    assertEquals(2, run("sweep", zip.toString(), "--out", dir.resolve("o").toString(), "--quiet"));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("tradewar: " + zip + ": not a"), err.toString());
  }
}
