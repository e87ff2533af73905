package org.tradewar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradewar.model.economy.BaselineGrowth;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Tranche;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * The economy inside a run: the scripted tariff path of scenarios/tariffs-only.yaml, agents off.
 */
class EconomyInModelTest {
  private static Scenario tariffsOnly(Map<String, String> overrides) {
    return ScenarioLoader.load(Path.of("scenarios/tariffs-only.yaml"))
        .withOverrides(Map.of("firms.count", "4000"))
        .withOverrides(overrides);
  }

  private static TradeWarModel run(Map<String, String> overrides) {
    return TradeWarModel.run(Simulations.setupOf(tariffsOnly(overrides)), 42);
  }

  @Test
  void withTheAgentsOffOnlyTheScriptedTariffsMove() {
    TradeWarModel m = run(Map.of());
    assertEquals(0, m.meetings());
    assertEquals(2, m.market(Country.US).tranches().size());
    assertEquals(2, m.market(Country.CN).tranches().size(), "China answers only as the file says");
    Tranche answer = m.market(Country.CN).tranches().get(0);
    assertEquals(
        50.0 / 3, answer.coveredUsdBn(), 0.5, "the retaliation ratio of the articles, 50 / 150");
  }

  @Test
  void theNoWarBaselineGrowsAtThePreWarTrend() {
    TradeWarModel m = run(Map.of());
    double[] base = m.record().total(Variable.BASELINE_IMPORTS, Country.US);
    double trend = m.setup().parameters().get("economy.trend_pct.US");
    assertEquals(
        BaselineGrowth.prewar().annualGrowthPct(Country.US), trend, 0.005, "the fitted trend");
    assertTrue(trend > 2 && trend < 8, "a pre-war trend of a few per cent a year: " + trend);
    int last = base.length - 1;
    double expected =
        BaselineTrade.of2017().annualTotal(Country.US)
            / BaselineTrade.WEEKS_PER_YEAR
            * BaselineGrowth.factor(trend, m.setup().start(), last);
    assertEquals(expected, base[last], 1e-9);
    assertTrue(base[last] > base[0] * 1.07, "two years of growth");
  }

  @Test
  void chinasListsCoverTheGoodsTheArticlesNameFirst() {
    TradeWarModel m = run(Map.of());
    ImportMarket china = m.market(Country.CN);
    Tranche first = china.tranches().get(0);
    for (String named : new String[] {"soybeans", "agriculture", "aircraft"}) {
      assertTrue(china.coveredShare(first, china.sectorIndex(named)) > 0.3, named);
    }
    assertEquals(
        0,
        china.coveredShare(first, china.sectorIndex("machinery")),
        1e-12,
        "machinery is not named: the first answer does not reach it");
    TradeWarModel proportional =
        run(
            Map.of(
                "cn.target.soybeans",
                "0",
                "cn.target.agriculture",
                "0",
                "cn.target.aircraft",
                "0",
                "cn.target.rest",
                "0"));
    int soy = china.sectorIndex("soybeans");
    double aimed = sum(m.record().series(Variable.IMPORTS, Country.CN, soy));
    double spread = sum(proportional.record().series(Variable.IMPORTS, Country.CN, soy));
    assertTrue(aimed < spread, "aimed at, soybeans lose more: " + aimed + " vs " + spread);
  }

  @Test
  void farmSupportEasesUsPainAtAFiscalCost() {
    TradeWarModel without = run(Map.of());
    TradeWarModel with = run(Map.of("relief.share.US", "1"));
    double paid = sum(with.record().relief(Country.US));
    assertTrue(paid > 0 && sum(without.record().relief(Country.US)) == 0);
    double[] a = without.record().pain(Country.US);
    double[] b = with.record().pain(Country.US);
    assertTrue(b[b.length - 1] < a[a.length - 1], "relief lowers US pain");
    assertTrue(b[b.length - 1] > 0, "but does not remove it");
    assertEquals(
        sum(without.record().total(Variable.IMPORTS, Country.CN)),
        sum(with.record().total(Variable.IMPORTS, Country.CN)),
        1e-9,
        "with the agents off trade is the same");
  }

  @Test
  void theAccountsAddUpEveryWeek() {
    TradeWarModel m = run(Map.of());
    for (Country c : Country.values()) {
      RunRecord r = m.record();
      double[] cost = r.total(Variable.CONSUMER_COST, c);
      double[] dwl = r.total(Variable.DEADWEIGHT_LOSS, c);
      double[] harberger = r.total(Variable.DEADWEIGHT_LOSS_HARBERGER, c);
      double[] tot = r.total(Variable.TERMS_OF_TRADE_GAIN, c);
      for (int w = 0; w < cost.length; w++) {
        assertTrue(dwl[w] >= -1e-12 && dwl[w] <= cost[w] + 1e-12, c + " week " + w);
        assertEquals(0, tot[w], 1e-12, "complete pass-through by default");
      }
      double[] others = r.total(Variable.IMPORTS_FROM_REST_OF_WORLD, c);
      double[] othersBase = r.total(Variable.BASELINE_IMPORTS_FROM_REST_OF_WORLD, c);
      double[] diverted = r.total(Variable.DIVERTED_IMPORTS, c);
      for (int w = 0; w < others.length; w++) {
        assertEquals(
            others[w] - othersBase[w],
            diverted[w],
            1e-9,
            "diversion is the rest of the world's gain");
      }
      int last = cost.length - 1;
      assertTrue(
          Math.abs(harberger[last] / dwl[last] - 1) < 0.3,
          "the triangle is close to the exact loss");
    }
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
