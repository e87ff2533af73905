package org.tradewar.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

class ScenarioLoaderTest {
  @TempDir Path dir;

  private static final String HEAD =
      "title: T\ndescription: D\ncalibration: "
          + Path.of("src/test/resources/calibration/fixture-calibration.json").toAbsolutePath()
          + "\n";

  private BadInputException fails(String yaml) throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, HEAD + yaml);
    return assertThrows(BadInputException.class, () -> ScenarioLoader.load(f));
  }

  @Test
  void loadsAValidScenario() throws IOException {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, HEAD + "weeks: 52\nseed: 3\nparameters:\n  economy.elasticity: 3\n");
    Scenario s = ScenarioLoader.load(f);
    assertEquals(52, s.weeks());
    assertEquals(3.0, s.parameters().get("economy.elasticity"));
    assertEquals(
        150.0, s.parameters().get("us.first_threat.coverage_usd_bn"), "from the calibration");
    assertTrue(s.roster().stream().anyMatch(n -> n.name().equals("Liu He")));
    assertTrue(s.roster().stream().noneMatch(n -> n.role().equals("spokesperson")));
  }

  @Test
  void aCutNeedsTheLabelOfTheTrancheItCuts() throws IOException {
    BadInputException e =
        fails("events:\n  - date: 2018-03-05\n    type: cut\n    actor: US\n    rate_pct: 10\n");
    assertTrue(
        e.getMessage().contains("events.0") && e.getMessage().contains("'label'"), e.getMessage());
  }

  @Test
  void aCutMustNameATrancheThatCanExist() throws IOException {
    BadInputException e =
        fails(
            "events:\n"
                + "  - date: 2018-03-05\n"
                + "    type: cut\n"
                + "    actor: US\n"
                + "    label: second lst\n"
                + "    rate_pct: 10\n");
    assertTrue(
        e.getMessage().contains("events.0.label")
            && e.getMessage().contains("did you mean 'second list'"),
        e.getMessage());
    Path ok = dir.resolve("cut.yaml");
    Files.writeString(
        ok,
        HEAD
            + "events:\n  - date: 2018-03-05\n    type: cut\n    actor: CN\n"
            + "    label: retaliation for the first list\n    rate_pct: 10\n");
    assertEquals(
        1, ScenarioLoader.load(ok).events().size(), "China's answer to a US list can be cut");
  }

  @Test
  void issueWeightsAreShorthandForTheIssueParameters() throws IOException {
    Path f = dir.resolve("weights.yaml");
    Files.writeString(
        f, HEAD + "issue_weights:\n  US: {technology_transfer: 0.4, tariff_leverage: 3}\n");
    Scenario s = ScenarioLoader.load(f);
    assertEquals(0.4, s.parameters().get("issues.US.technology_transfer"));
    assertEquals(3.0, s.parameters().get("issues.US.tariff_leverage"));
    BadInputException zero =
        fails(
            "issue_weights:\n"
                + "  US: {intellectual_property: 0, technology_transfer: 0, non_tariff_barriers: 0,"
                + " agriculture: 0, services: 0, trade_deficit: 0, enforcement: 0, tariff_relief:"
                + " 0, tariff_leverage: 0}\n");
    assertTrue(
        zero.getMessage().contains("issue_weights.US") && zero.getMessage().contains("0"),
        zero.getMessage());
    BadInputException e = fails("issue_weights:\n  CN: {tarifs: 1}\n");
    assertTrue(
        e.getMessage().contains("issue_weights.CN.tarifs") && e.getMessage().contains("tariff"),
        e.getMessage());
  }

  @Test
  void everyErrorOfAFileIsReportedInOnePassInTheOrderOfItsLines() throws IOException {
    BadInputException e =
        fails(
            "weeks: 5000\n"
                + "colour: blue\n"
                + "parameters:\n"
                + "  economy.elastcity: 2\n"
                + "  economy.pass_through: 7\n"
                + "strategies:\n"
                + "  US: nice\n"
                + "events:\n"
                + "  - date: 2018-03-01\n"
                + "    type: tarif\n"
                + "  - date: 2018-04-01\n"
                + "    type: tariff\n"
                + "    actor: US\n"
                + "    rate_pct: 25\n");
    java.util.List<String> lines = e.getMessage().lines().toList();
    java.util.List<String> expected =
        java.util.List.of(
            "line 4, key 'weeks'",
            "line 5, key 'colour'",
            "line 7, key 'parameters.economy.elastcity'",
            "line 8, key 'parameters.economy.pass_through'",
            "line 10, key 'strategies.US'",
            "line 13, key 'events.0.type'",
            "line 14, key 'events.1'");
    assertEquals(expected.size(), lines.size(), e.getMessage());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(lines.get(i).contains("bad.yaml " + expected.get(i)), lines.get(i));
    }
  }

  @Test
  void aCalibrationFilesNumbersPassTheCatalogsRanges() throws IOException {
    for (String bad : new String[] {"-5", "1e308"}) {
      String json =
          Files.readString(Path.of("src/test/resources/calibration/fixture-calibration.json"))
              .replace(
                  "\"name\": \"talks.cadence_weeks\",\n   \"value\": 5.43",
                  "\"name\": \"talks.cadence_weeks\",\n   \"value\": " + bad);
      Path cal = Files.writeString(dir.resolve("cal.json"), json);
      Path f =
          Files.writeString(
              dir.resolve("s.yaml"), "title: T\ndescription: D\ncalibration: " + cal + "\n");
      BadInputException e = assertThrows(BadInputException.class, () -> ScenarioLoader.load(f));
      assertTrue(
          e.getMessage().contains("cal.json")
              && e.getMessage().contains("talks.cadence_weeks")
              && e.getMessage().contains("between 1 and 52"),
          e.getMessage());
    }
  }

  @Test
  void onlyTalksHaveAPlace() throws IOException {
    BadInputException e =
        fails(
            "events:\n  - date: 2018-03-05\n    type: sanction\n    actor: US\n"
                + "    target: ZTE\n    place: Beijing\n");
    assertTrue(
        e.getMessage().contains("events.0.place") && e.getMessage().contains("'talks'"),
        e.getMessage());
  }

  @Test
  void unknownKeySuggestsTheNearest() throws IOException {
    BadInputException e = fails("weeeks: 10\n");
    assertTrue(e.getMessage().contains("bad.yaml line 4"), e.getMessage());
    assertTrue(
        e.getMessage().contains("'weeeks'") && e.getMessage().contains("did you mean 'weeks'"),
        e.getMessage());
  }

  @Test
  void unknownParameterSuggestsTheNearest() throws IOException {
    BadInputException e = fails("parameters:\n  economy.elastisity: 3\n");
    assertTrue(
        e.getMessage().contains("line 5") && e.getMessage().contains("economy.elasticity"),
        e.getMessage());
  }

  @Test
  void wrongTypeIsNamed() throws IOException {
    BadInputException e = fails("weeks: many\n");
    assertTrue(
        e.getMessage().contains("key 'weeks'") && e.getMessage().contains("whole number"),
        e.getMessage());
  }

  @Test
  void valueOutOfRangeGivesTheRange() throws IOException {
    BadInputException e = fails("parameters:\n  economy.pass_through: 7\n");
    assertTrue(e.getMessage().contains("between 0 and 1.5"), e.getMessage());
  }

  @Test
  void unknownSectorIsNamed() throws IOException {
    BadInputException e =
        fails(
            "events:\n  - date: 2018-03-01\n    type: tariff\n    actor: US\n"
                + "    coverage_usd_bn: 10\n    rate_pct: 25\n    sectors: [soybeans]\n");
    assertTrue(e.getMessage().contains("unknown sector 'soybeans' for US imports"), e.getMessage());
    assertTrue(e.getMessage().contains("line 10"), e.getMessage());
  }

  @Test
  void unknownNegotiatorNeedsANameAndRole() throws IOException {
    BadInputException e = fails("negotiators:\n  US:\n    bolton:\n      hawkishness: 0.9\n");
    assertTrue(
        e.getMessage().contains("negotiators.US.bolton") && e.getMessage().contains("role"),
        e.getMessage());
  }

  @Test
  void dateOutsideTheHorizonIsRefused() throws IOException {
    BadInputException e =
        fails("weeks: 10\nevents:\n  - date: 2019-01-01\n    type: note\n    note: x\n");
    assertTrue(
        e.getMessage().contains("outside the scenario's horizon")
            && e.getMessage().contains("2018-01-01"),
        e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> ScenarioLoader.load(dir.resolve("nope.yaml")));
    assertTrue(e.getMessage().contains("nope.yaml: no such file"), e.getMessage());
  }

  @Test
  void badYamlGivesTheLine() throws IOException {
    BadInputException e = fails("events: [\n");
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void overridesAreValidatedByPath() throws IOException {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, HEAD);
    Scenario s = ScenarioLoader.load(f);
    BadInputException unknown =
        assertThrows(
            BadInputException.class, () -> s.withOverrides(Map.of("economy.elasticty", "3")));
    assertTrue(
        unknown.getMessage().contains("did you mean 'economy.elasticity'"), unknown.getMessage());
    BadInputException range =
        assertThrows(BadInputException.class, () -> s.withOverrides(Map.of("firms.count", "0")));
    assertTrue(range.getMessage().contains("between 200 and 2000000"), range.getMessage());
    assertEquals(
        4.0,
        s.withOverrides(Map.of("economy.elasticity", "4")).parameters().get("economy.elasticity"));
  }

  @Test
  void overridesReachTheNegotiators() throws IOException {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, HEAD);
    Scenario s =
        ScenarioLoader.load(f)
            .withOverrides(
                Map.of("negotiators.patience_weeks", "52", "roles.treasury.hawkishness", "0.2"));
    assertTrue(s.roster().stream().allMatch(n -> n.patienceWeeks() == 52));
    assertEquals(
        0.2,
        s.roster().stream()
            .filter(n -> n.role().equals("treasury"))
            .findFirst()
            .orElseThrow()
            .hawkishness());
  }

  @Test
  void aReliefEventNeedsAShareAndAnActor() throws IOException {
    String event = "weeks: 52\nevents:\n  - date: 2018-03-01\n    type: relief\n";
    BadInputException noActor = fails(event + "    share: 0.5\n");
    assertTrue(noActor.getMessage().contains("needs an 'actor'"), noActor.getMessage());
    BadInputException noShare = fails(event + "    actor: US\n");
    assertTrue(
        noShare.getMessage().contains("needs 'share'") && noShare.getMessage().contains("line 6"),
        noShare.getMessage());
    BadInputException tooMuch = fails(event + "    actor: US\n    share: 1.5\n");
    assertTrue(tooMuch.getMessage().contains("share"), tooMuch.getMessage());
  }

  @Test
  void anAnswerMustNameATrancheOfTheRival() throws IOException {
    String head =
        "weeks: 52\nevents:\n  - date: 2018-03-01\n    type: tariff\n    actor: US\n"
            + "    label: first list\n    coverage_usd_bn: 50\n    rate_pct: 25\n"
            + "  - date: 2018-03-01\n    type: tariff\n    actor: CN\n";
    Path ok = dir.resolve("ok.yaml");
    Files.writeString(ok, HEAD + head + "    answers: first list\n");
    assertEquals("first list", ScenarioLoader.load(ok).events().get(1).answers());
    BadInputException typo = fails(head + "    answers: frist list\n");
    assertTrue(
        typo.getMessage().contains("answers")
            && typo.getMessage().contains("did you mean 'first list'"),
        typo.getMessage());
    BadInputException notATariff =
        fails(
            "weeks: 52\n"
                + "events:\n"
                + "  - date: 2018-03-01\n"
                + "    type: threat\n"
                + "    actor: CN\n"
                + "    coverage_usd_bn: 5\n"
                + "    rate_pct: 5\n"
                + "    answers: first list\n");
    assertTrue(notATariff.getMessage().contains("only a 'tariff' event"), notATariff.getMessage());
  }

  @Test
  void aCutCanNameSectorsOfTheActorsImports() throws IOException {
    String head =
        "weeks: 52\nevents:\n  - date: 2018-03-01\n    type: cut\n    actor: US\n"
            + "    label: first list\n    rate_pct: 0\n";
    Path ok = dir.resolve("ok.yaml");
    Files.writeString(ok, HEAD + head + "    sectors: [telecom, toys]\n");
    assertEquals(
        java.util.Set.of("telecom", "toys"), ScenarioLoader.load(ok).events().get(0).sectors());
    BadInputException wrongSide = fails(head + "    sectors: [soybeans]\n");
    assertTrue(wrongSide.getMessage().contains("soybeans"), wrongSide.getMessage());
  }

  @Test
  void parametersFromAFileSitBelowTheScenariosOwn() throws IOException {
    Files.writeString(
        dir.resolve("estimate.yaml"),
        "parameters:\n  negotiation.reservation_premium: 0.7\n"
            + "  stance.pain_sensitivity: 0.02\n");
    Path f = dir.resolve("ok.yaml");
    Files.writeString(
        f,
        HEAD
            + "weeks: 52\n"
            + "parameters_from: estimate.yaml\n"
            + "parameters:\n"
            + "  stance.pain_sensitivity: 0.3\n");
    Scenario s = ScenarioLoader.load(f);
    assertEquals(0.7, s.parameters().get("negotiation.reservation_premium"));
    assertEquals(
        0.3, s.parameters().get("stance.pain_sensitivity"), "the scenario's own value wins");
    Files.writeString(
        dir.resolve("estimate.yaml"), "parameters:\n  negotiation.reservation_premum: 0.7\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ScenarioLoader.load(f));
    assertTrue(
        e.getMessage().contains("estimate.yaml")
            && e.getMessage().contains("line 2")
            && e.getMessage().contains("did you mean 'negotiation.reservation_premium'"),
        e.getMessage());
  }

  @Test
  void behaviourIsDrawnPerReplicationFromAnAcceptedSet() throws IOException {
    Files.writeString(
        dir.resolve("accepted.csv"),
        "negotiation.reservation_premium,stance.pain_sensitivity,distance\n"
            + "0.5,0.01,0.4\n0.9,0.2,0.41\n");
    Path f = dir.resolve("ok.yaml");
    Files.writeString(
        f,
        HEAD
            + "weeks: 52\n"
            + "behaviour_from: accepted.csv\n"
            + "parameters:\n"
            + "  stance.pain_sensitivity: 0.3\n");
    Scenario s = ScenarioLoader.load(f);
    assertEquals(2, s.draws().sets().size());
    java.util.Set<Double> premiums = new java.util.TreeSet<>();
    for (long seed = 0; seed < 8; seed++) {
      Scenario r = s.forReplication(seed);
      premiums.add(r.parameters().get("negotiation.reservation_premium"));
      assertEquals(
          0.3,
          r.parameters().get("stance.pain_sensitivity"),
          "what the scenario sets is not drawn");
      assertEquals(
          r.parameters().get("negotiation.reservation_premium"),
          s.forReplication(seed).parameters().get("negotiation.reservation_premium"),
          "the same seed, the same set");
    }
    assertEquals(java.util.Set.of(0.5, 0.9), premiums);
    Files.writeString(
        dir.resolve("accepted.csv"), "negotiation.reservation_premium,distance\n7,0.4\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ScenarioLoader.load(f));
    assertTrue(
        e.getMessage().contains("accepted.csv line 2") && e.getMessage().contains("out of range"),
        e.getMessage());
  }
}
