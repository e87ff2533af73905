package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.calibration.CalibrationResult;

/** {@code tradewar calibrate} in process: outputs, and one-line errors with exit 2 on bad input. */
class CalibrateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void jsonToStandardOutput() {
    assertEquals(0, run("calibrate"));
    assertTrue(out.toString().startsWith("{"));
    assertTrue(out.toString().contains("\"us.first_threat.coverage_usd_bn\""));
  }

  @Test
  void tableForAClass() {
    assertEquals(0, run("calibrate", "--format", "table"));
    assertTrue(out.toString().contains("Parameters ("));
    assertTrue(
        out.toString().contains("us.retaliation_ratio")
            || out.toString().contains("cn.retaliation_ratio"));
  }

  @Test
  void jsonToAFileThatReadsBack(@TempDir Path dir) {
    Path f = dir.resolve("sub/c.json");
    assertEquals(0, run("calibrate", "--out", f.toString()));
    assertEquals(150, CalibrationResult.readJson(f).number("us.first_threat.coverage_usd_bn"));
  }

  @Test
  void missingFolder(@TempDir Path dir) {
    assertBadInput(
        dir.resolve("out.json"),
        "calibrate",
        "--seeds",
        dir.resolve("nope").toString(),
        "--out",
        dir.resolve("out.json").toString());
    assertTrue(err.toString().contains("not found"));
  }

  @Test
  void emptyFolder(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("empty"));
    assertBadInput(
        dir.resolve("out.json"),
        "calibrate",
        "--seeds",
        dir.resolve("empty").toString(),
        "--out",
        dir.resolve("out.json").toString());
    assertTrue(err.toString().contains("no articles"));
  }

  @Test
  void notUtf8(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectory(dir.resolve("s"));
    Files.write(
        seeds.resolve("a.txt"),
        new byte[] {'T', 'a', 'r', 'i', 'f', 'f', (byte) 0xE9, ' ', (byte) 0xFF});
    assertBadInput(
        dir.resolve("out.json"),
        "calibrate",
        "--seeds",
        seeds.toString(),
        "--out",
        dir.resolve("out.json").toString());
    assertTrue(err.toString().contains("not UTF-8"));
  }

  @Test
  void articleWithNoFacts(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectory(dir.resolve("s"));
    Files.writeString(seeds.resolve("recipe.txt"), "Whisk two eggs. Add the flour slowly.\n");
    assertBadInput(
        dir.resolve("out.json"),
        "calibrate",
        "--seeds",
        seeds.toString(),
        "--out",
        dir.resolve("out.json").toString());
    assertTrue(err.toString().contains("recipe.txt: no facts found"));
  }

  @Test
  void unwritableOutput(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path out = blocker.resolve("c.json");
    assertBadInput(out, "calibrate", "--out", out.toString());
    assertTrue(err.toString().contains("is a file, not a folder"));
    err.getBuffer().setLength(0);
    assertBadInput(dir.resolve("x"), "calibrate", "--out", dir.toString());
  }

  private void assertBadInput(Path mustNotExist, String... args) {
    assertEquals(2, run(args), err.toString());
    String e = err.toString().strip();
    assertTrue(e.startsWith("tradewar: "), e);
    assertFalse(e.contains("\n"), "one line only: " + e);
    assertFalse(e.contains("Exception"), e);
    assertFalse(Files.exists(mustNotExist), "no output file");
    assertEquals("", out.toString());
  }
}
