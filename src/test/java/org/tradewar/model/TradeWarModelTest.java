package org.tradewar.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.Tranche;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.Variable;

/**
 * Model invariants on a fixture calibration (the real articles are tested in run/ and
 * calibration/).
 */
class TradeWarModelTest {
  static Scenario fixture() {
    return ScenarioLoader.load(Path.of("src/test/resources/scenarios/fixture-escalation.yaml"));
  }

  @Test
  void sameSeedGivesTheSameNumbers() {
    Scenario s = fixture().withOverrides(Map.of("firms.count", "2000"));
    RunRecord a = TradeWarModel.run(Simulations.setupOf(s), 11).record();
    RunRecord b = TradeWarModel.run(Simulations.setupOf(s), 11).record();
    for (Country c : Country.values()) {
      for (Variable v : Variable.values()) {
        assertArrayEquals(a.total(v, c), b.total(v, c), v + " " + c);
      }
      assertArrayEquals(a.pain(c), b.pain(c));
    }
  }

  @Test
  void withNoWarTradeEqualsTheBaseline() {
    Scenario s =
        fixture()
            .withOverrides(
                Map.of("government.threat_threshold", "1", "government.start_week", "520"));
    TradeWarModel m = TradeWarModel.run(Simulations.setupOf(s), 3);
    assertEquals("no_war", m.outcome());
    for (Country c : Country.values()) {
      double[] imports = m.record().total(Variable.IMPORTS, c);
      double[] base = m.record().total(Variable.BASELINE_IMPORTS, c);
      for (int w = 0; w < imports.length; w++) {
        assertEquals(base[w], imports[w], 1e-9 * base[w]);
      }
    }
  }

  @Test
  void retaliationNeverCoversMoreThanTheRivalExports() {
    // Hawks who feel no pain and never make truces: the US climbs its whole ladder.
    Scenario s =
        fixture()
            .withOverrides(
                Map.of(
                    "cn.retaliation_ratio",
                    "5",
                    "negotiation.reservation_premium",
                    "1",
                    "government.threat_threshold",
                    "0.3",
                    "government.truce_threshold",
                    "0",
                    "stance.pain_sensitivity",
                    "0",
                    "government.implement_threshold",
                    "0"));
    TradeWarModel m = TradeWarModel.run(Simulations.setupOf(s), 5);
    double chinaCovers =
        m.market(Country.CN).tranches().stream().mapToDouble(Tranche::coveredUsdBn).sum();
    assertTrue(chinaCovers > 0, "China retaliated");
    assertTrue(
        chinaCovers <= BaselineTrade.of2017().annualTotal(Country.CN) + 1e-6,
        "China covers " + chinaCovers + " of US goods, more than the US exports");
    boolean nonTariff =
        m.timeline().events().stream()
            .anyMatch(e -> e.kind() == EventKind.NON_TARIFF && e.actor() == Country.CN);
    assertTrue(nonTariff, "out of US goods to tax, China turns to non-tariff measures");
  }

  @Test
  void aDealLowersTariffsFromTheWeekItTakesEffect() {
    Scenario s = fixture().withOverrides(PreFitBehaviour.overrides());
    for (long seed = 1; seed <= 20; seed++) {
      TradeWarModel m = TradeWarModel.run(Simulations.setupOf(s), seed);
      int deal = m.firstDealWeek();
      if (deal < 1) {
        continue;
      }
      double[] tariff = m.record().total(Variable.AVG_TARIFF, Country.US);
      double[] chinaTariff = m.record().total(Variable.AVG_TARIFF, Country.CN);
      assertTrue(tariff[deal] <= tariff[deal - 1] && chinaTariff[deal] <= chinaTariff[deal - 1]);
      assertTrue(
          tariff[deal] + chinaTariff[deal] < tariff[deal - 1] + chinaTariff[deal - 1],
          "the deal of week " + deal + " lowered no tariff (seed " + seed + ")");
      return;
    }
    throw new AssertionError("no seed of 20 gave a deal on the fixture");
  }

  @Test
  void usTariffsActOnUsImportsAndChinaOnChinese() {
    Scenario s = fixture();
    TradeWarModel m = TradeWarModel.run(Simulations.setupOf(s), 7);
    List<Tranche> us = m.market(Country.US).tranches();
    List<Tranche> cn = m.market(Country.CN).tranches();
    assertTrue(us.stream().allMatch(t -> t.imposer() == Country.US));
    assertTrue(cn.stream().allMatch(t -> t.imposer() == Country.CN));
  }

  @Test
  void skippingFirmDecisionsWhenNothingMovedChangesNothing() {
    Scenario s = fixture().withOverrides(Map.of("firms.count", "3000"));
    RunRecord skipping = TradeWarModel.run(Simulations.setupOf(s), 9).record();
    RunRecord everyWeek =
        TradeWarModel.run(
                Simulations.setupOf(s.withOverrides(Map.of("firms.evaluate_every_week", "1"))), 9)
            .record();
    for (Country c : Country.values()) {
      for (Variable v : Variable.values()) {
        assertArrayEquals(skipping.total(v, c), everyWeek.total(v, c), v + " " + c);
      }
    }
  }
}
