package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;
import org.tradewar.output.CsvText;
import org.tradewar.run.RunResult;
import org.tradewar.run.Simulations;
import org.tradewar.run.SummaryMetrics;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/** Sweeps over the real simulation (the fixture scenario of the run layer's tests). */
class ScenarioSweepTest {
  static final Path FIXTURE =
      Path.of("src/test/resources/scenarios/fixture-escalation.yaml").toAbsolutePath();

  @TempDir Path dir;

  private Path sweep(String body) throws IOException {
    Path f = dir.resolve("sweep.yaml");
    Files.writeString(f, "base: " + FIXTURE + "\n" + body);
    return f;
  }

  private static final String GRID =
      String.join(
          "\n",
          "design: grid",
          "replications: 3",
          "seed: 2018",
          "axes:",
          "  economy.elasticity: [1.5, 4]",
          "  stance.reciprocity: [0, 0.5]",
          "metrics:",
          "  - peak_avg_tariff_pct_us",
          "  - deal_week",
          "  - imports_change_pct_us",
          "  - {name: p_deal, outcome: deal}",
          "  - {name: tariff_us_y2, series: avg_tariff_pct, country: US, partner: CN, weeks: [52,"
              + " 103]}",
          "");

  @Test
  void aRunInASweepGivesTheNumbersOfASingleRunWithTheSameValuesAndSeed() throws IOException {
    SweepSpec spec = SweepLoader.load(sweep(GRID));
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
    List<String> header = Csv.split(rows.get(0));
    Scenario base = ScenarioLoader.load(FIXTURE);
    assertEquals(1 + 4 * 3, rows.size());
    for (String row : rows.subList(1, rows.size())) {
      List<String> f = Csv.split(row);
      Map<String, String> set = new LinkedHashMap<>();
      set.put("economy.elasticity", f.get(header.indexOf("economy.elasticity")));
      set.put("stance.reciprocity", f.get(header.indexOf("stance.reciprocity")));
      long seed = Long.parseLong(f.get(2));
      // what `./tradewar run fixture --set ... --seed SEED` computes
      RunResult single = Simulations.simulate(base.withOverrides(set), seed);
      assertEquals(single.outcome(), f.get(header.indexOf("outcome")), row);
      for (String key : List.of("peak_avg_tariff_pct_us", "deal_week", "imports_change_pct_us")) {
        assertEquals(
            CsvText.number(single.metric(key)), f.get(header.indexOf(key)), key + " in " + row);
      }
      double[] tariff = single.model().record().total(Variable.AVG_TARIFF, Country.US);
      double mean = 0;
      for (int w = 52; w <= 103; w++) {
        mean += tariff[w];
      }
      assertEquals(CsvText.number(mean / 52), f.get(header.indexOf("tariff_us_y2")));
    }
  }

  @Test
  void aRunInASweepGivesTheNumbersOfTradewarRun() throws IOException {
    SweepSpec spec = SweepLoader.load(sweep(GRID.replace("replications: 3", "replications: 1")));
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
    List<String> header = Csv.split(rows.get(0));
    for (String row : List.of(rows.get(1), rows.get(4))) {
      List<String> f = Csv.split(row);
      Path runDir = dir.resolve("run-" + f.get(0));
      java.io.StringWriter err = new java.io.StringWriter();
      int code =
          org.tradewar.cli.Main.execute(
              new String[] {
                "run",
                FIXTURE.toString(),
                "--set",
                "economy.elasticity=" + f.get(header.indexOf("economy.elasticity")),
                "--set",
                "stance.reciprocity=" + f.get(header.indexOf("stance.reciprocity")),
                "--seed",
                f.get(2),
                "--out",
                runDir.toString(),
                "--quiet"
              },
              new java.io.PrintWriter(new java.io.StringWriter()),
              new java.io.PrintWriter(err));
      assertEquals(0, code, err.toString());
      com.fasterxml.jackson.databind.JsonNode summary =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(runDir.resolve("summary.json").toFile());
      assertEquals(summary.get("outcome").asText(), f.get(header.indexOf("outcome")), row);
      for (String key : List.of("peak_avg_tariff_pct_us", "deal_week", "imports_change_pct_us")) {
        com.fasterxml.jackson.databind.JsonNode v = summary.get("metrics").get(key);
        String cell = f.get(header.indexOf(key));
        if (v == null || v.isNull()) {
          assertEquals("", cell, key);
        } else {
          assertEquals(
              v.asDouble(),
              Double.parseDouble(cell),
              1e-9 * Math.max(1, Math.abs(v.asDouble())),
              key + " in " + row);
        }
      }
    }
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalSummariesOfTheModel() throws IOException {
    SweepSpec spec = SweepLoader.load(sweep(GRID));
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    new SweepRunner()
        .run(spec, spec.base().runFunction(), one, SweepRunner.Options.defaults().withThreads(1));
    new SweepRunner()
        .run(spec, spec.base().runFunction(), two, SweepRunner.Options.defaults().withThreads(2));
    assertArrayEquals(
        Files.readAllBytes(one.resolve("summary.csv")),
        Files.readAllBytes(two.resolve("summary.csv")));
  }

  @Test
  void aTypoInAnAxisPathNamesTheSweepFileLine() throws IOException {
    Path f = sweep(GRID.replace("economy.elasticity: [1.5, 4]", "economy.elastcity: [1.5, 4]"));
    String msg = assertThrows(BadInputException.class, () -> SweepLoader.load(f)).getMessage();
    assertTrue(
        msg.startsWith(
            f
                + " line 6, key 'axes.economy.elastcity.0': unknown parameter "
                + "'economy.elastcity' (did you mean 'economy.elasticity'?)"),
        msg);
    Path g = sweep(GRID.replace("stance.reciprocity: [0, 0.5]", "stance.reciprocity: [0, 1.5]"));
    msg = assertThrows(BadInputException.class, () -> SweepLoader.load(g)).getMessage();
    assertTrue(
        msg.contains(
            "line 7, key 'axes.stance.reciprocity.1': value 1.5 for 'stance.reciprocity' "
                + "is out of range"),
        msg);
    Path h = sweep(GRID.replace("country: US, partner: CN", "country: US, partner: US"));
    msg = assertThrows(BadInputException.class, () -> SweepLoader.load(h)).getMessage();
    assertTrue(msg.contains("key 'metrics.4.partner'"), msg);
    Path i = sweep(GRID.replace("  - deal_week", "  - deal_weeks"));
    msg = assertThrows(BadInputException.class, () -> SweepLoader.load(i)).getMessage();
    assertTrue(
        msg.contains(
            "line 10, key 'metrics.1': 'deal_weeks' is not a summary metric "
                + "(did you mean 'deal_week'?)"),
        msg);
  }

  @Test
  void theShippedSweepFilesAreValidAgainstTheParameterCatalog() throws IOException {
    // Their base scenarios exist; the fixture stands in for them (its calibration is a file, not
    // the
    // articles), so the axes and metrics are checked against the real parameter catalog and summary
    // keys.
    SweepLoader loader =
        new SweepLoader(
            (file, base) -> {
              assertTrue(
                  Files.isRegularFile(file.toAbsolutePath().getParent().resolve(base)), base);
              return ScenarioModel.load(base, FIXTURE);
            });
    List<Path> files;
    try (var s = Files.list(Path.of("scenarios/sweeps"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 3, files.toString());
    for (Path f : files) {
      SweepSpec spec =
          f.getFileName().toString().startsWith("ishigami") ? SweepLoader.load(f) : loader.read(f);
      assertTrue(spec.points().size() > 0, f.toString());
    }
    assertTrue(SummaryMetrics.KEYS.contains("deal_week"));
  }
}
