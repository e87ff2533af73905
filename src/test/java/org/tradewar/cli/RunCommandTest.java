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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command end to end, in process: files written, same bytes for the same seed, bad input.
 */
class RunCommandTest {
  static final String FIXTURE = "src/test/resources/scenarios/fixture-escalation.yaml";

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result tradewar(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void writesACompleteRunFolderAndTheSameBytesForTheSameSeed() throws IOException {
    Result a =
        tradewar(
            "run", FIXTURE, "--seed", "5", "--firms", "2000", "--out", dir.resolve("a").toString());
    Result b =
        tradewar(
            "run", FIXTURE, "--seed", "5", "--firms", "2000", "--out", dir.resolve("b").toString());
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertTrue(a.out().contains("Results: ") && a.out().contains("Outcome: "), a.out());
    for (String f :
        List.of(
            "timeseries.csv", "events.csv", "summary.json", "parameters.json", "transcript.md")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(f)),
          Files.readAllBytes(dir.resolve("b").resolve(f)),
          f);
    }
    for (String f :
        List.of("manifest.json", "report.html", "charts/trade.png", "charts/timeline.svg")) {
      assertTrue(Files.size(dir.resolve("a").resolve(f)) > 0, f);
    }
    List<String> header = Files.readAllLines(dir.resolve("a/timeseries.csv")).subList(0, 1);
    assertEquals(List.of("run,week,date,country,partner,sector,variable,value"), header);
  }

  @Test
  void aDifferentSeedGivesDifferentNumbers() throws IOException {
    tradewar(
        "run", FIXTURE, "--seed", "5", "--firms", "2000", "--out", dir.resolve("a").toString());
    tradewar(
        "run", FIXTURE, "--seed", "6", "--firms", "2000", "--out", dir.resolve("b").toString());
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(dir.resolve("a/timeseries.csv")),
            Files.readAllBytes(dir.resolve("b/timeseries.csv"))));
  }

  @Test
  void badInputExitsWithTwoAndLeavesNothing() throws IOException {
    Path results = dir.resolve("results");
    Result missing = tradewar("run", "no/such.yaml", "--results", results.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("tradewar: no/such.yaml: no such file"), missing.err());
    Result badSet =
        tradewar("run", FIXTURE, "--set", "economy.elastisity=3", "--results", results.toString());
    assertEquals(2, badSet.code());
    assertTrue(badSet.err().contains("did you mean 'economy.elasticity'"), badSet.err());
    for (String notPlain : List.of("0x1p1", "3d", "NaN", "Infinity", "1e999")) {
      Result javaSyntax =
          tradewar(
              "run",
              FIXTURE,
              "--set",
              "economy.elasticity=" + notPlain,
              "--results",
              results.toString());
      assertEquals(2, javaSyntax.code(), notPlain);
      assertTrue(javaSyntax.err().contains("'" + notPlain + "' is not a number"), javaSyntax.err());
    }
    Result benchRuns = tradewar("bench", "--runs", "-5");
    assertEquals(2, benchRuns.code());
    assertTrue(benchRuns.err().contains("--runs: -5 is out of range"), benchRuns.err());
    Result range = tradewar("run", FIXTURE, "--weeks", "0", "--results", results.toString());
    assertEquals(2, range.code());
    assertFalse(range.err().contains("Exception"), range.err());
    assertFalse(Files.exists(results) && hasEntries(results), "no results folder is left behind");
  }

  private static boolean hasEntries(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isPresent();
    }
  }

  @Test
  void everySubcommandHasHelp() {
    for (String cmd : List.of("run", "params", "bench", "chart", "compare")) {
      Result r = tradewar(cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().contains("Usage: tradewar " + cmd), r.out());
    }
    assertEquals(0, tradewar("--version").code());
  }
}
