package org.tradewar.model.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradewar.model.Country;

class ImportMarketTest {
  private static final EconomyParameters P = new EconomyParameters(2.5, 1.0,
      EconomyParameters.adjustmentRate(65), 0.031, 0.05, 0.5, 1.0, 1.0, 2.0, 2.0, 1.0, 1 / 8.0, false);

  private static ImportMarket market(Country importer, int firms) {
    return new ImportMarket(importer, BaselineTrade.of2017().importsOf(importer), P, firms,
        new MersenneTwisterFast(1));
  }

  @Test
  void withoutTariffsImportsEqualTheBaselineEveryWeek() {
    ImportMarket m = market(Country.US, 5000);
    for (int week = 0; week < 104; week++) {
      m.stepFirms(2.0);
      WeeklyAccounts a = m.stepFlows();
      for (int s = 0; s <= a.sectors; s++) {
        assertEquals(a.baseline[s], a.imports[s], 1e-9 * a.baseline[s], "sector " + s + " week " + week);
        assertEquals(0, a.revenue[s]);
        assertEquals(0, a.diverted[s], 1e-12);
      }
    }
    assertEquals(505.6, m.accounts().baseline[m.accounts().total()] * BaselineTrade.WEEKS_PER_YEAR, 1e-6);
  }

  @Test
  void revenueIsTheSumOfRateTimesDutiableImports() {
    ImportMarket m = market(Country.US, 5000);
    Tranche a = m.impose("a", 50, 25, null, false, 0);
    Tranche b = m.impose("b", 200, 10, null, false, 0);
    Tranche steel = m.impose("steel", 10, 25, Set.of("steel_aluminium"), true, 0); // stacks
    for (int week = 0; week < 30; week++) {
      m.stepFirms(1.0);
      WeeklyAccounts acc = m.stepFlows();
      double expected = 0;
      for (Tranche t : m.tranches()) {
        expected += t.ratePct() / 100 * m.dutiableImports(t);
      }
      assertEquals(expected, acc.revenue[acc.total()], 1e-9);
    }
    assertTrue(m.dutiableImports(steel) > 0 && m.dutiableImports(a) > 0 && m.dutiableImports(b) > 0);
  }

  @Test
  void coverageIsCappedByWhatTheRivalExports() {
    ImportMarket china = market(Country.CN, 5000);
    Tranche first = china.impose("first", 110, 25, null, false, 0);
    Tranche second = china.impose("second", 110, 25, null, false, 0);
    double total = BaselineTrade.of2017().annualTotal(Country.CN);
    assertEquals(110, first.coveredUsdBn(), 1.0);
    assertTrue(first.coveredUsdBn() + second.coveredUsdBn() <= total + 1e-6,
        "retaliation covers at most the US exports of " + total);
    assertEquals(0, china.uncoveredUsdBn(), 1e-6);
  }

  @Test
  void tradeIsNeverNegativeUnderHeavyTariffsAndShocks() {
    ImportMarket m = market(Country.US, 2000);
    m.impose("all", 1000, 500, null, false, 0);
    m.setDemandFactor("rare_earths", 0.0);
    for (int week = 0; week < 156; week++) {
      m.setFrontLoading(week % 11, week % 3 == 0 ? 0.5 : 0);
      m.stepFirms(5.0);
      WeeklyAccounts a = m.stepFlows();
      for (int s = 0; s <= a.sectors; s++) {
        assertTrue(a.imports[s] >= 0 && a.diverted[s] >= 0 && a.deadweightLoss[s] >= 0);
        assertTrue(a.rivalShare[s] >= 0 && a.rivalShare[s] <= 1 + 1e-12);
      }
    }
  }

  @Test
  void tariffsLowerImportsAndDivertTradeAndARollbackRaisesThemAgain() {
    ImportMarket m = market(Country.US, 5000);
    Tranche t = m.impose("all", 505.6, 25, null, false, 0);
    WeeklyAccounts a = null;
    for (int week = 0; week < 104; week++) {
      m.stepFirms(2.0);
      a = m.stepFlows();
    }
    double duringWar = a.imports[a.total()];
    assertTrue(duringWar < 0.8 * a.baseline[a.total()], "25% on everything cuts imports by over 20%");
    assertTrue(a.diverted[a.total()] > 0);
    assertEquals(3.1 + 25, a.avgTariffPct[a.total()], 0.5);
    m.setRate(t, 0);
    for (int week = 0; week < 104; week++) {
      m.stepFirms(0.2);
      a = m.stepFlows();
    }
    assertTrue(a.imports[a.total()] > duringWar);
    assertTrue(a.imports[a.total()] < a.baseline[a.total()], "switching back is slower than switching away");
  }
}
