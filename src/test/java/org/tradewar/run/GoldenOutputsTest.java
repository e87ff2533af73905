package org.tradewar.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * Golden outputs of every shipped scenario: replication 1 with the scenario's own seed, written as
 * a run folder writes it, must give the same summary metrics and the same bytes of {@code
 * timeseries.csv} and {@code events.csv} (compared by SHA-256) as the committed file under {@code
 * src/test/resources/golden/scenarios/}. Any change in behaviour is therefore a visible diff. To
 * accept a deliberate change, run {@code mvn test -Dtest=GoldenOutputsTest
 * -Dtradewar.golden.update=true} and commit the rewritten files with the reason (CONTRIBUTING.md).
 */
class GoldenOutputsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/scenarios");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @TempDir Path dir;

  static List<Path> shippedScenarios() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedScenarios")
  void replicationOneMatchesItsGoldenOutputs(Path file) throws IOException {
    Scenario one = ScenarioLoader.load(file).with(null, null, 1);
    Map<String, Object> now = outputsOf(one);
    String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    Path golden = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("tradewar.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, JSON.writeValueAsString(now) + "\n");
      return;
    }
    assertTrue(
        Files.exists(golden), golden + " is missing: run with -Dtradewar.golden.update=true once");
    String want = Files.readString(golden);
    assertEquals(
        want,
        JSON.writeValueAsString(now) + "\n",
        name
            + " changed its outputs; if that is meant,"
            + " rerun with -Dtradewar.golden.update=true and say why in the commit");
  }

  /** The outcome, the metrics (as the summary keeps them) and digests of the two tables. */
  private Map<String, Object> outputsOf(Scenario s) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    try (RunTablesWriter tables = new RunTablesWriter(dir, s)) {
      Simulations.forEachReplication(s, tables::add);
      tables.finish();
      RunResult r = tables.results().get(0);
      out.put("seed", r.seed());
      out.put("outcome", r.outcome());
      out.put("metrics", new TreeMap<>(r.metrics()));
    }
    out.put("timeseries_csv_sha256", sha256(dir.resolve("timeseries.csv")));
    out.put("events_csv_sha256", sha256(dir.resolve("events.csv")));
    out.put("timeseries_csv_lines", Files.readAllLines(dir.resolve("timeseries.csv")).size());
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
