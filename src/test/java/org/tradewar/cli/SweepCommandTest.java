package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path sweep(String axes) throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(
        f,
        "base: builtin:ishigami\ndesign: grid\nreplications: 2\nseed: 1\naxes:\n"
            + axes
            + "metrics:\n  - y\n  - {name: p_ok, outcome: ok}\n");
    return f;
  }

  @Test
  void runsASweepAndResumesIt() throws IOException {
    Path f = sweep("  x1: [0, 1, 2]\n  x2: [0, 1]\n");
    Path o = dir.resolve("out");
    assertEquals(
        0,
        run("sweep", f.toString(), "--out", o.toString(), "--threads", "2", "--quiet"),
        err.toString());
    assertTrue(
        out.toString().contains("12 runs (12 ok, 0 failed); 12 of them ran now"), out.toString());
    for (String name :
        new String[] {
          "runs.csv",
          "summary.csv",
          "manifest.json",
          "charts/y__vs__x1.png",
          "charts/y__heat__x1__x2.svg",
          "report.html"
        }) {
      assertTrue(Files.exists(o.resolve(name)), name);
    }
    assertEquals(0, run("sweep", f.toString(), "--out", o.toString(), "--quiet", "--no-charts"));
    assertTrue(out.toString().contains("0 of them ran now"), out.toString());
    // 'chart SWEEP_DIR' draws the charts and the report again
    Files.delete(o.resolve("report.html"));
    assertEquals(0, run("chart", o.toString()), err.toString());
    assertTrue(Files.isRegularFile(o.resolve("report.html")));
  }

  /**
   * The manifest records the command as typed: the subcommand once, an argument with a space
   * quoted.
   */
  @Test
  void manifestRecordsTheCommandAsTyped() throws IOException {
    Path f = sweep("  x1: [0, 1]\n");
    Path o = dir.resolve("out dir");
    assertEquals(
        0,
        run("sweep", f.toString(), "--out", o.toString(), "--quiet", "--no-charts"),
        err.toString());
    List<String> recorded = new ArrayList<>();
    new ObjectMapper()
        .readTree(o.resolve("manifest.json").toFile())
        .findValues("command_line")
        .forEach(n -> recorded.add(n.asText()));
    assertEquals(
        List.of("tradewar sweep " + f + " --out '" + o + "' --quiet --no-charts"), recorded);
  }

  @Test
  void failedRunsGiveExitCodeOne() throws IOException {
    Path f = sweep("  x1: [0, 1]\n  fail: [false, true]\n");
    Path o = dir.resolve("out");
    assertEquals(1, run("sweep", f.toString(), "--out", o.toString(), "--quiet", "--no-charts"));
    assertTrue(err.toString().contains("4 of 8 runs failed"), err.toString());
    assertTrue(
        Files.readString(o.resolve("runs.csv"))
            .contains("failed,IllegalStateException: asked to fail (fail: true)"));
  }

  @Test
  void badInputNamesFileLineAndKey() throws IOException {
    Path f = sweep("  x1: [0, 1]\n  x9: [1]\n");
    assertEquals(2, run("sweep", f.toString(), "--out", dir.resolve("o").toString()));
    assertTrue(
        err.toString().contains("s.yaml line 7, key 'axes.x9.0': 'x9' is not a parameter"),
        err.toString());
  }

  @Test
  void plainProgressLinesWithoutATerminal() throws IOException {
    Path f = sweep("  x1: [0, 1]\n");
    assertEquals(
        0, run("sweep", f.toString(), "--out", dir.resolve("o").toString(), "--no-charts"));
    assertTrue(err.toString().contains("sweep: 4/4 runs (100.0%)"), err.toString());
    assertTrue(err.toString().contains("0 failed"), err.toString());
  }
}
