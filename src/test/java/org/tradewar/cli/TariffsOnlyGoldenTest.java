package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped scripted tariff path, end to end through the CLI, against its golden accounts: the
 * economy's numbers change only when someone means them to. To accept a deliberate change, run with
 * {@code -Dtradewar.golden.update=true} and commit the rewritten file with the reason.
 */
class TariffsOnlyGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/tariffs-only-summary.json");
  private static final List<String> NEW_VARIABLES =
      List.of(
          "domestic_shift_usd_bn",
          "deadweight_loss_harberger_usd_bn",
          "terms_of_trade_gain_usd_bn",
          "resourced_firms_share");

  @TempDir Path dir;

  @Test
  void theAccountsOfTheScriptedPathMatchTheGoldenFile() throws IOException {
    RunCommandTest.Result r =
        RunCommandTest.tradewar(
            "run",
            "scenarios/tariffs-only.yaml",
            "--out",
            dir.resolve("run").toString(),
            "--quiet");
    assertEquals(0, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode metrics = json.readTree(dir.resolve("run/summary.json").toFile()).get("metrics");
    String csv = Files.readString(dir.resolve("run/timeseries.csv"));
    for (String v : NEW_VARIABLES) {
      assertTrue(csv.contains("," + v + ","), v + " in timeseries.csv");
    }
    assertTrue(csv.contains(",relief_usd_bn,"), "relief_usd_bn in timeseries.csv");
    assertTrue(
        csv.contains(",US,ROW,ALL,imports_usd_bn,")
            && csv.contains(",CN,ROW,soybeans,baseline_imports_usd_bn,"),
        "the rest of the world is a named partner");
    String reported = Files.readString(dir.resolve("run/reported.csv"));
    assertTrue(
        reported.contains("P3,coverage_at_rate_by,2019-06-25,15.462,"),
        "25% on $250B on the tariff scale:\n" + reported);
    String svg = Files.readString(dir.resolve("run/charts/tariffs.svg"));
    assertTrue(
        svg.contains("<title>") && svg.contains("25 percent tariffs on $250 billion"),
        "the tariff chart's star names its source on hover");
    assertTrue(
        Files.readString(dir.resolve("run/charts/timeline.svg")).contains("11 rounds of talks"));
    String report = Files.readString(dir.resolve("run/report.html"));
    assertTrue(
        report.contains("What the articles report")
            && report.contains("stalemate after 11 rounds"));
    assertTrue(
        report.contains("Accounts by quarter")
            && report.contains("<td>2019 Q4</td>")
            && report.contains("DWL Harberger")
            && report.contains("Soybeans"),
        "the report's accounts by quarter");
    if (Boolean.getBoolean("tradewar.golden.update")) {
      Files.writeString(
          GOLDEN, json.writerWithDefaultPrettyPrinter().writeValueAsString(metrics) + "\n");
      return;
    }
    ObjectNode golden = (ObjectNode) json.readTree(GOLDEN.toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode now = metrics.get(e.getKey());
      assertTrue(now != null, "metric " + e.getKey() + " is gone");
      if (e.getValue().isNumber()) {
        double want = e.getValue().asDouble();
        assertEquals(
            want,
            now.asDouble(),
            1e-6 * Math.max(1, Math.abs(want)),
            e.getKey()
                + " changed; if that is meant, rerun with -Dtradewar.golden.update=true and say why"
                + " in the commit");
      } else {
        assertEquals(e.getValue(), now, e.getKey());
      }
    }
  }
}
