package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

class SweepLoaderTest {
  @TempDir Path dir;

  private SweepSpec ishigami(String yaml) throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, yaml);
    return SweepLoader.load(f);
  }

  private String error(String yaml) {
    return assertThrows(BadInputException.class, () -> ishigami(yaml)).getMessage();
  }

  private static final String OK =
      String.join(
          "\n",
          "base: builtin:ishigami",
          "design: sobol",
          "samples: 8",
          "seed: 1",
          "axes:",
          "  x1: {min: -3.14, max: 3.14}",
          "  x2: [0, 1, 2]",
          "metrics:",
          "  - y",
          "  - {name: late, series: y_path, country: US, stat: max, weeks: [2, end]}",
          "");

  @Test
  void readsAValidFile() throws IOException {
    SweepSpec s = ishigami(OK);
    assertEquals("s", s.name());
    assertEquals(SweepSpec.DesignKind.SOBOL, s.design());
    assertEquals(2, s.axes().size());
    assertEquals(List.of("0", "1", "2"), s.axes().get(1).values());
    assertEquals(8 * 4, s.points().size());
    assertEquals(MetricSpec.Stat.MAX, s.metrics().get(1).stat());
    assertEquals(1, s.replications());
  }

  @Test
  void jsonIsAccepted() throws IOException {
    Path f = dir.resolve("s.json");
    Files.writeString(
        f,
        "{\"base\": \"builtin:ishigami\", \"design\": \"grid\", \"seed\": 3,\n"
            + " \"axes\": {\"x1\": [1, 2.50]},\n \"metrics\": [\"y\"]}");
    SweepSpec s = SweepLoader.load(f);
    assertEquals(List.of("1", "2.5"), s.axes().get(0).values());
  }

  @Test
  void anAxisPathTypoNamesTheLineAndSuggests() {
    String msg = error(OK.replace("  x2: [0, 1, 2]", "  x22: [0, 1, 2]"));
    assertTrue(msg.contains("s.yaml line 7, key 'axes.x22.0'"), msg);
    assertTrue(msg.contains("did you mean 'x2'"), msg);
  }

  @Test
  void aBadValueNamesItsLine() {
    String msg = error(OK.replace("  x2: [0, 1, 2]", "  x2:\n    - 0\n    - abc"));
    assertTrue(msg.contains("line 9, key 'axes.x2.1'"), msg);
    assertTrue(msg.contains("'abc' is not a finite number"), msg);
  }

  @Test
  void unknownKeysAreErrorsWithSuggestions() {
    String msg = error(OK.replace("samples: 8", "sampels: 8"));
    assertTrue(msg.contains("line 3, key 'sampels': unknown key (did you mean 'samples'?)"), msg);
  }

  @Test
  void metricsAreChecked() {
    String msg = error(OK.replace("  - y\n", "  - yy\n"));
    assertTrue(
        msg.contains("line 9, key 'metrics.0': 'yy' is not a summary metric (did you mean 'y'?)"),
        msg);
    msg = error(OK.replace("stat: max", "stat: median"));
    assertTrue(msg.contains("key 'metrics.1.stat'"), msg);
  }

  @Test
  void designRulesAreChecked() {
    assertTrue(
        error(OK.replace("design: sobol", "design: sobel")).contains("did you mean 'sobol'"));
    assertTrue(
        error(OK.replace("design: sobol", "design: grid"))
            .contains("key 'samples': a grid runs every combination"));
    assertTrue(error(OK.replace("samples: 8\n", "")).contains("needs 'samples'"));
    assertTrue(error(OK.replace("seed: 1\n", "")).contains("missing key 'seed'"));
    assertTrue(
        error(OK.replace("{min: -3.14, max: 3.14}", "{min: -3.14, max: 3.14, log: true}"))
            .contains("line 6, key 'axes.x1.min': a log range needs min > 0"));
    assertTrue(
        error(OK.replace("{min: -3.14, max: 3.14}", "{min: 3, max: 1}"))
            .contains("key 'axes.x1.max': max (1) must be above min (3)"));
    assertTrue(error(OK.replace("[0, 1, 2]", "[0, 1, 1]")).contains("value '1' appears twice"));
    assertTrue(
        error(OK.replace("replications: 1", "").replace("seed: 1", "seed: 1\nreplications: 0"))
            .contains("key 'replications'"));
  }

  @Test
  void theFingerprintIgnoresTheTitleButNotTheSeed() throws IOException {
    String a = ishigami(OK).fingerprint();
    assertEquals(a, ishigami("title: other\n" + OK).fingerprint());
    assertTrue(!a.equals(ishigami(OK.replace("seed: 1", "seed: 2")).fingerprint()));
  }

  @Test
  void gridRangesUseSteps() throws IOException {
    SweepSpec s =
        ishigami(
            String.join(
                "\n",
                "base: builtin:ishigami",
                "design: grid",
                "seed: 1",
                "axes:",
                "  a: {min: 1, max: 100, log: true, steps: 3}",
                "  b: {min: 0, max: 10, integer: true, steps: 6}",
                "metrics: [y]",
                ""));
    assertEquals(List.of("1", "10", "100"), s.axes().get(0).gridValues());
    assertEquals(List.of("0", "2", "4", "6", "8", "10"), s.axes().get(1).gridValues());
    assertEquals(18, s.points().size());
  }
}
