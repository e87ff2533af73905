package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

/** The calibration of the five seed articles, and how it follows the articles. */
class CalibratorTest {
  private static CalibrationResult seeds;

  @BeforeAll
  static void calibrateSeeds() {
    seeds = Calibrator.calibrate(Path.of("seeds"));
  }

  @Test
  void parametersTheModelReads() {
    assertEquals(150, seeds.number("us.first_threat.coverage_usd_bn"));
    assertEquals(25, seeds.number("us.first_threat.rate_pct"));
    assertEquals("2018-05-17", seeds.text("us.first_threat.date"));
    assertEquals(50, seeds.number("cn.first_retaliation.coverage_usd_bn"));
    assertEquals(50.0 / 150, seeds.number("cn.retaliation_ratio"), 1e-4);
    assertEquals("50 / 150", seeds.parameter("cn.retaliation_ratio").orElseThrow().derivation());
    assertEquals(10, seeds.number("us.escalation.from_rate_pct"));
    assertEquals(25, seeds.number("us.escalation.to_rate_pct"));
    assertEquals(15, seeds.number("us.escalation.step_pct"));
    assertEquals(200, seeds.number("us.tranche2.coverage_usd_bn"));
    assertEquals(250, seeds.number("us.cumulative_coverage_usd_bn"));
    assertEquals(50, seeds.number("us.tranche1.coverage_usd_bn"));
    assertEquals(300, seeds.number("us.tranche3.threat_usd_bn"));
    assertEquals(11, seeds.number("talks.rounds"));
    assertEquals("2018-05-03", seeds.text("talks.first_round_date"));
    assertEquals(59.71, seeds.number("talks.span_weeks"), 1e-9);
    assertEquals(5.43, seeds.number("talks.cadence_weeks"), 1e-9);
    assertEquals("2019-03-01", seeds.text("deadline.truce_end"));
    assertEquals("2019-03-02", seeds.text("deadline.tariff_hike"));
    assertEquals(337, seeds.number("us.deficit_usd_bn"));
    assertEquals(200, seeds.number("us.surplus_cut_demand_usd_bn"));
    assertEquals("2020-12-31", seeds.text("us.surplus_cut_deadline"));
    assertEquals(7, seeds.number("sanction.zte.ban_years"));
    assertEquals(5, seeds.number("sanction.entity_list.firms_added"));
    assertEquals("2019-06-25", seeds.text("sanction.huawei.entity_list_date"));
  }

  @Test
  void rosterWithRolesAndCues() {
    assertEquals("treasury", seeds.text("roster.US.mnuchin.role"));
    assertEquals("trade_representative", seeds.text("roster.US.lighthizer.role"));
    assertEquals("commerce", seeds.text("roster.US.ross.role"));
    assertEquals("head_of_state", seeds.text("roster.US.trump.role"));
    assertEquals("head_of_state", seeds.text("roster.CN.xi.role"));
    assertEquals("vice_premier", seeds.text("roster.CN.liu_he.role"));
    assertEquals("vice_minister", seeds.text("roster.CN.wang_shouwen.role"));
    assertEquals("adviser", seeds.text("roster.US.navarro.role"));
    assertEquals(0, seeds.number("roster.US.navarro.on_delegation"));
    assertEquals(1, seeds.number("roster.US.navarro.hardliner"));
    assertEquals(1, seeds.number("roster.US.mnuchin.on_delegation"));
    assertEquals(1, seeds.number("roster.CN.liu_he.leads_delegation"));
    assertEquals(0, seeds.number("roster.US.mnuchin.hardliner"));
  }

  @Test
  void everyParameterCitesFactsThatExist() {
    for (Parameter p : seeds.parameters()) {
      assertFalse(p.facts().isEmpty(), p.name());
      p.facts().forEach(id -> assertTrue(seeds.fact(id).isPresent(), p.name() + " cites " + id));
    }
  }

  @Test
  void factOffsetsPointAtTheirSentence() throws IOException {
    for (Fact f : seeds.facts()) {
      String text = Files.readString(Path.of("seeds", f.source().file()), StandardCharsets.UTF_8);
      assertEquals(
          f.source().sentence(), text.substring(f.source().start(), f.source().end()), f.id());
    }
  }

  @Test
  void undatedArticlesRecordTheirInference() {
    Source s001 = seeds.sources().get(1);
    assertEquals("2019-02", s001.date());
    assertTrue(
        s001.dateBasis().startsWith("inferred") && s001.dateBasis().contains("in January"),
        s001.dateBasis());
    assertEquals("2019-06-25", seeds.sources().get(3).date());
    assertTrue(seeds.sources().get(3).dateBasis().contains("(06/25)"));
    assertEquals("2018-05", seeds.sources().get(4).date());
  }

  @Test
  void changingANumberInAnArticleMovesTheParameter(@TempDir Path dir) throws IOException {
    copySeeds(dir);
    Path f = dir.resolve("000_25e6800912d78112.txt");
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(text.contains("USD 150 billion"));
    Files.writeString(
        f, text.replace("USD 150 billion", "USD 180 billion"), StandardCharsets.UTF_8);
    CalibrationResult r = Calibrator.calibrate(dir);
    assertEquals(180, r.number("us.first_threat.coverage_usd_bn"));
    assertEquals(50.0 / 180, r.number("cn.retaliation_ratio"), 1e-4);
    assertEquals("50 / 180", r.parameter("cn.retaliation_ratio").orElseThrow().derivation());
    assertNotEquals(seeds.sha256(), r.sha256());
  }

  @Test
  void aSixthArticleIsReadWithoutCodeChanges(@TempDir Path dir) throws IOException {
    copySeeds(dir);
    Files.writeString(
        dir.resolve("005_new.txt"),
        " date 2019-08-02 Washington (Reuters)\n\n"
            + "President Donald Trump said on Thursday he will impose a 10% tariff on the remaining"
            + " $300bn of Chinese imports from September 1.\n"
            + "China's Vice Premier Hu Chunhua said Beijing would retaliate with tariffs on US$75"
            + " billion of US goods.\n",
        StandardCharsets.UTF_8);
    CalibrationResult r = Calibrator.calibrate(dir);
    assertEquals(6, r.sources().size());
    List<Fact> sixth =
        r.facts().stream().filter(f -> f.source().file().equals("005_new.txt")).toList();
    // "will impose ... from September 1": decided and dated, so imposed with modality announced
    assertTrue(
        sixth.stream()
            .anyMatch(
                f ->
                    f.kind().equals("tariff_imposed")
                        && f.amountUsdBillions() == 300
                        && f.ratePercent() == 10
                        && "announced".equals(f.modality())
                        && "2019-09-01".equals(f.date())),
        sixth.toString());
    assertTrue(
        sixth.stream()
            .anyMatch(f -> f.kind().equals("retaliation_threat") && f.amountUsdBillions() == 75));
    assertEquals("vice_premier", r.text("roster.CN.hu_chunhua.role"));
  }

  @Test
  void anUndatedSixthArticleIsDatedFromItsCues(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("x.txt"),
        "Leaders meet at the G20 summit in Japan on Saturday (06/29).\n"
            + "The US has threatened tariffs on $300 billion of Chinese goods.\n",
        StandardCharsets.UTF_8);
    CalibrationResult r = Calibrator.calibrate(dir);
    assertEquals("2019-06-29", r.sources().get(0).date());
    assertTrue(r.sources().get(0).dateBasis().contains("(06/29)"));
  }

  @Test
  void jsonRoundTrips(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, seeds.toJson());
    CalibrationResult back = CalibrationResult.readJson(f);
    assertEquals(seeds, back);
    assertEquals(seeds.sha256(), back.sha256());
    String json = seeds.toJson();
    for (String field :
        List.of(
            "\"sources\"",
            "\"facts\"",
            "\"parameters\"",
            "\"amountUsdBillions\"",
            "\"ratePercent\"",
            "\"fromRatePercent\"",
            "\"source\"",
            "\"start\"",
            "\"end\"",
            "\"sentence\"")) {
      assertTrue(json.contains(field), field);
    }
  }

  @Test
  void badCalibrationFilesAreBadInput(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"sources\": [}");
    assertThrows(BadInputException.class, () -> CalibrationResult.readJson(f));
    assertThrows(
        BadInputException.class, () -> CalibrationResult.readJson(dir.resolve("none.json")));
    BadInputException e = assertThrows(BadInputException.class, () -> seeds.number("no.such"));
    assertTrue(e.getMessage().contains("no.such"));
    assertThrows(BadInputException.class, () -> seeds.number("roster.US.mnuchin.role"));
  }

  @Test
  void parametersNeedFactsOrADefault() {
    assertThrows(
        IllegalArgumentException.class, () -> new Parameter("x", 1.0, "u", List.of(), null, null));
    Parameter d = new Parameter("x", 2.5, "", List.of(), null, "Fajgelbaum et al. (2020)");
    assertEquals(2.5, d.value());
    assertNotEquals(d, new Parameter("x", 2.5, "", List.of("f"), null, "Fajgelbaum et al. (2020)"));
    assertNotEquals(d, new Parameter("y", 2.5, "", List.of(), null, "Fajgelbaum et al. (2020)"));
    assertNotEquals(d, new Parameter("x", 3.0, "", List.of(), null, "Fajgelbaum et al. (2020)"));
  }

  static void copySeeds(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
  }
}
