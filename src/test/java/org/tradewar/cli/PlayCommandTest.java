package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradewar play} driven by scripted input files, as a class would feed it: a student who
 * always accepts, one who never does, one who threatens. Their outcomes differ as they should, each
 * run folder is complete, and the agents' play of the same seat is written beside it.
 */
class PlayCommandTest {
  private static final String SCENARIO = "scenarios/agents-free.yaml";

  @TempDir static Path dir;

  private static JsonNode accept;
  private static JsonNode never;
  private static JsonNode threatens;

  @BeforeAll
  static void play() throws IOException {
    accept = play("always-accept");
    never = play("never-accept");
    threatens = play("threatens");
  }

  private static JsonNode play(String script) throws IOException {
    Path out = dir.resolve(script);
    RunCommandTest.Result r =
        RunCommandTest.tradewar(
            "play",
            SCENARIO,
            "--as",
            "US",
            "--firms",
            "2000",
            "--weeks",
            "104",
            "--input",
            "src/test/resources/play/" + script + ".txt",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Results: " + out), r.out());
    assertTrue(r.out().contains("The agents in your seat: "), r.out());
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
  }

  private static double metric(JsonNode summary, String key) {
    JsonNode v = summary.findValue(key);
    return v == null || v.isNull() ? Double.NaN : v.asDouble();
  }

  @Test
  void aStudentWhoAcceptsEverythingGetsADealAtTheFirstRound() {
    double dealWeek = metric(accept, "deal_week");
    assertTrue(dealWeek <= 20, "deal week " + dealWeek);
  }

  @Test
  void aStudentWhoNeverAcceptsGetsNoDeal() {
    assertTrue(Double.isNaN(metric(never, "deal_week")), never.toString());
  }

  @Test
  void aStudentWhoThreatensTaxesMoreOfChinasGoodsThanOneWhoHolds() {
    assertTrue(
        metric(threatens, "peak_coverage_usd_bn_us")
            > metric(never, "peak_coverage_usd_bn_us") + 50,
        metric(threatens, "peak_coverage_usd_bn_us")
            + " vs "
            + metric(never, "peak_coverage_usd_bn_us"));
    assertTrue(metric(threatens, "imports_change_pct_us") < metric(never, "imports_change_pct_us"));
  }

  @Test
  void theRunFolderHoldsTheStudentsRunTheAgentsRunAndTheComparison() throws IOException {
    Path folder = dir.resolve("threatens");
    for (String f :
        List.of(
            "manifest.json",
            "timeseries.csv",
            "events.csv",
            "summary.json",
            "parameters.json",
            "transcript.md",
            "report.html",
            "comparison.md",
            "agents/transcript.md",
            "agents/timeseries.csv")) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
    String comparison = Files.readString(folder.resolve("comparison.md"));
    assertTrue(
        comparison.contains("| Outcome |") && comparison.contains("The agents in your seat"),
        comparison);
  }

  @Test
  void theAgentsRunBesideThePlayIsTheOrdinaryRun() throws IOException {
    Path ordinary = dir.resolve("ordinary");
    RunCommandTest.Result r =
        RunCommandTest.tradewar(
            "run",
            SCENARIO,
            "--firms",
            "2000",
            "--weeks",
            "104",
            "--out",
            ordinary.toString(),
            "--quiet");
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("timeseries.csv", "events.csv", "transcript.md")) {
      assertEquals(
          Files.readString(ordinary.resolve(f)),
          Files.readString(dir.resolve("never-accept/agents").resolve(f)),
          f);
    }
  }

  @Test
  void aWrongSideOrMissingInputIsOneLineAndExitTwo() {
    RunCommandTest.Result side = RunCommandTest.tradewar("play", SCENARIO, "--as", "EU");
    assertEquals(2, side.code());
    assertEquals("tradewar: --as 'EU': choose US or CN", side.err().strip());
    RunCommandTest.Result input =
        RunCommandTest.tradewar("play", SCENARIO, "--as", "CN", "--input", "no-such.txt");
    assertEquals(2, input.code());
    assertTrue(
        input.err().strip().lines().count() == 1 && input.err().contains("no-such.txt"),
        input.err());
  }
}
