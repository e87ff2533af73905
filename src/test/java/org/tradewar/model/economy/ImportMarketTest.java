package org.tradewar.model.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradewar.vocabulary.Country;

class ImportMarketTest {
  private static final int NS_US = BaselineTrade.of2017().importsOf(Country.US).size();

  private static EconomyParameters params(int sectors, double switchingCost) {
    return EconomyParameters.uniform(
        sectors, 2.5, 3.7, 0.57, 1.0, 13, 65, 0.031, switchingCost, 2.0);
  }

  private static ImportMarket market(Country importer, int firms) {
    List<Sector> sectors = BaselineTrade.of2017().importsOf(importer);
    return new ImportMarket(
        importer, sectors, params(sectors.size(), 0.1), firms, new MersenneTwisterFast(1));
  }

  /**
   * One sector of $52.18bn a year ($1bn a week), the rival a share s of imports, imports a share m.
   */
  private static ImportMarket oneSector(
      double s,
      double m,
      double sigmaShort,
      double sigmaLong,
      double homeRatio,
      double passThrough,
      double prewar,
      double switchingCost) {
    Sector goods =
        new Sector(0, "goods", "Goods", BaselineTrade.WEEKS_PER_YEAR, false, false, s, m);
    double[] shortRun = {sigmaShort};
    double[] longRun = {sigmaLong};
    EconomyParameters p =
        new EconomyParameters(
            shortRun,
            longRun,
            homeRatio,
            passThrough,
            EconomyParameters.adjustmentRate(2),
            EconomyParameters.adjustmentRate(2),
            prewar,
            switchingCost,
            0.0,
            0.0,
            2.0,
            1.0,
            1 / 8.0,
            false);
    return new ImportMarket(Country.US, List.of(goods), p, 100, new MersenneTwisterFast(3));
  }

  private static WeeklyAccounts settle(ImportMarket m, double expectedYears) {
    WeeklyAccounts a = null;
    for (int week = 0; week < 200; week++) {
      m.stepFirms(expectedYears);
      a = m.stepFlows();
    }
    return a;
  }

  @Test
  void withOneSectorTheAccountsEqualTheirClosedForms() {
    double s = 0.25;
    double m = 0.4;
    double sigma = 2.5;
    double kappa = 0.57 * sigma;
    double tau = 0.25;
    // Switching costs infinite: every importer stays at the short-run elasticities.
    ImportMarket market = oneSector(s, m, sigma, 3.7, 0.57, 1.0, 0.0, 1e9);
    market.impose("all", BaselineTrade.WEEKS_PER_YEAR, 100 * tau, null, false, 0);
    WeeklyAccounts a = settle(market, 2.0);
    double r = 1 + tau;
    double pf = Math.pow(s * Math.pow(r, 1 - sigma) + 1 - s, 1 / (1 - sigma));
    double price = Math.pow(m * Math.pow(pf, 1 - kappa) + 1 - m, 1 / (1 - kappa));
    double rival = Math.pow(r / pf, -sigma) * Math.pow(pf / price, -kappa);
    double others = Math.pow(pf, sigma) * Math.pow(pf / price, -kappa);
    double home = Math.pow(price, kappa);
    double base = 1.0; // USD bn a week of the rival's goods
    double spending = base / (s * m); // all of the sector's spending
    int t = a.total();
    // Flows: the compensated bundle within the no-war spending (divided by P).
    assertEquals(base * rival / price, a.imports[t], 1e-9);
    assertEquals(base * (1 - s) / s * (others / price - 1), a.diverted[t], 1e-9);
    assertEquals(spending * (1 - m) * (home / price - 1), a.domestic[t], 1e-9);
    assertEquals(tau * base * rival / price, a.revenue[t], 1e-9);
    assertEquals(spending * (price - 1), a.consumerCost[t], 1e-9, "exact compensating variation");
    assertEquals(
        spending * (price - 1) - tau * base * rival,
        a.deadweightLoss[t],
        1e-9,
        "deadweight loss: the consumer's loss less the duties on the compensated bundle");
    assertEquals(0.5 * tau * (base - base * rival / price), a.harberger[t], 1e-9);
    assertEquals(0, a.termsOfTrade[t], 1e-12, "complete pass-through: the exporter pays nothing");
    assertEquals(s * rival / (s * rival + (1 - s) * others), a.rivalShare[t], 1e-9);
    assertTrue(
        a.deadweightLoss[t] > 0 && Math.abs(a.harberger[t] / a.deadweightLoss[t] - 1) < 0.25,
        "the triangle approximates the exact loss to second order");
  }

  @Test
  void importersThatReSourceMoveToTheLongRunElasticity() {
    double s = 0.25;
    double sigmaLong = 3.7;
    double tau = 0.25;
    ImportMarket market =
        oneSector(s, 1.0, 2.5, sigmaLong, 0.57, 1.0, 0.0, 0.0); // re-sourcing is free
    market.impose("all", BaselineTrade.WEEKS_PER_YEAR, 100 * tau, null, false, 0);
    WeeklyAccounts a = settle(market, 2.0);
    double r = 1 + tau;
    double pf = Math.pow(s * Math.pow(r, 1 - sigmaLong) + 1 - s, 1 / (1 - sigmaLong));
    assertEquals(Math.pow(r / pf, -sigmaLong) / pf, a.imports[a.total()], 1e-9);
    assertEquals(1.0, a.resourcedShare[a.total()], 1e-12);
  }

  @Test
  void withPassThroughPTheImportersPriceRisesByPTimesTheTariff() {
    double p = 0.6;
    double tau = 0.25;
    double t0 = 0.03;
    // No substitution at all (sigma 0, kappa 0): quantities stay, so costs show the prices.
    ImportMarket market = oneSector(1.0, 1.0, 0.0, 0.0, 0.0, p, t0, 1e9);
    market.impose("all", BaselineTrade.WEEKS_PER_YEAR, 100 * tau, null, false, 0);
    WeeklyAccounts a = settle(market, 2.0);
    int t = a.total();
    assertEquals(p * tau, a.consumerCost[t], 1e-9, "importers pay p x tau more per no-war dollar");
    double exporterPrice = (1 + t0 + p * tau) / (1 + t0 + tau);
    double bought = (1 + t0) / (1 + t0 + p * tau); // the no-war budget buys less
    assertEquals(
        exporterPrice * bought,
        a.imports[t],
        1e-9,
        "customs value falls with the exporter's price");
    assertEquals(tau * exporterPrice * bought, a.revenue[t], 1e-9);
    assertEquals(
        (tau * exporterPrice - p * tau) * bought,
        a.termsOfTrade[t],
        1e-9,
        "the exporter pays the rest");
    assertEquals(0, a.deadweightLoss[t], 1e-9, "no substitution, no deadweight loss");
  }

  @Test
  void theBaselineGrowsAndEveryFlowWithIt() {
    ImportMarket m = market(Country.US, 2000);
    m.impose("all", 505.6, 25, null, false, 0);
    WeeklyAccounts a = settle(m, 2.0);
    double imports = a.imports[a.total()];
    double revenue = a.revenue[a.total()];
    m.setGrowth(1.1);
    a = m.stepFlows();
    assertEquals(1.1 * 505.6, a.baseline[a.total()] * BaselineTrade.WEEKS_PER_YEAR, 1e-6);
    assertEquals(1.1 * imports, a.imports[a.total()], 1e-4 * imports);
    assertEquals(1.1 * revenue, a.revenue[a.total()], 1e-4 * revenue);
  }

  @Test
  void withoutTariffsImportsEqualTheBaselineEveryWeek() {
    ImportMarket m = market(Country.US, 5000);
    for (int week = 0; week < 104; week++) {
      m.stepFirms(2.0);
      WeeklyAccounts a = m.stepFlows();
      for (int s = 0; s <= a.sectors; s++) {
        assertEquals(
            a.baseline[s], a.imports[s], 1e-9 * a.baseline[s], "sector " + s + " week " + week);
        assertEquals(0, a.revenue[s]);
        assertEquals(0, a.diverted[s], 1e-12);
        assertEquals(0, a.consumerCost[s], 1e-12);
      }
    }
    assertEquals(
        505.6, m.accounts().baseline[m.accounts().total()] * BaselineTrade.WEEKS_PER_YEAR, 1e-6);
  }

  @Test
  void revenueIsTheSumOfRateTimesDutiableImports() {
    ImportMarket m = market(Country.US, 5000);
    m.impose("a", 50, 25, null, false, 0);
    m.impose("b", 200, 10, null, false, 0);
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
    assertTrue(m.dutiableImports(steel) > 0);
  }

  @Test
  void coverageIsCappedByWhatTheRivalExports() {
    ImportMarket china = market(Country.CN, 5000);
    Tranche first = china.impose("first", 110, 25, null, false, 0);
    Tranche second = china.impose("second", 110, 25, null, false, 0);
    double total = BaselineTrade.of2017().annualTotal(Country.CN);
    assertEquals(110, first.coveredUsdBn(), 1.0);
    assertTrue(
        first.coveredUsdBn() + second.coveredUsdBn() <= total + 1e-6,
        "retaliation covers at most the US exports of " + total);
    assertEquals(0, china.uncoveredUsdBn(), 1e-6);
  }

  @Test
  void aListAimedAtSectorsFillsThemBeforeTheRest() {
    ImportMarket china = market(Country.CN, 5000);
    int soy = china.sectorIndex("soybeans");
    int aircraft = china.sectorIndex("aircraft");
    int machinery = china.sectorIndex("machinery");
    Tranche small =
        china.impose("small", 20, 25, List.of(Set.of("soybeans", "aircraft")), true, false, 0);
    assertEquals(20, small.coveredUsdBn(), 0.5);
    assertEquals(
        0, china.coveredShare(small, machinery), 1e-12, "nothing spills while the tier has room");
    double soyShare = china.coveredShare(small, soy);
    assertEquals(
        soyShare, china.coveredShare(small, aircraft), 0.05, "in proportion within the tier");
    Tranche big =
        china.impose("big", 50, 25, List.of(Set.of("soybeans", "aircraft")), true, false, 0);
    assertEquals(
        1.0,
        china.coveredShare(small, soy) + china.coveredShare(big, soy),
        0.02,
        "the tier is covered in full before the rest");
    assertTrue(
        china.coveredShare(big, machinery) > 0, "what the tier cannot hold spills to the rest");
  }

  @Test
  void aCutOnSomeSectorsLowersOnlyTheirRate() {
    ImportMarket m = market(Country.US, 5000);
    Tranche t = m.impose("list", 505.6, 25, null, false, 0);
    settle(m, 2.0);
    m.setRate(t, 0, Set.of("telecom"));
    WeeklyAccounts a = settle(m, 2.0);
    int telecom = m.sectorIndex("telecom");
    int toys = m.sectorIndex("toys");
    assertEquals(0, t.ratePct(telecom));
    assertEquals(25, t.ratePct(toys));
    assertEquals(3.1, a.avgTariffPct[telecom], 1e-9);
    assertEquals(28.1, a.avgTariffPct[toys], 1e-6);
    assertEquals(0, a.revenue[telecom], 1e-12);
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
        assertTrue(
            a.imports[s] >= 0 && a.deadweightLoss[s] >= -1e-12 && a.consumerCost[s] >= -1e-12);
        assertTrue(a.rivalShare[s] >= 0 && a.rivalShare[s] <= 1 + 1e-12);
      }
    }
  }

  @Test
  void tariffsLowerImportsAndDivertTradeAndALiftingBringsThemBackSlowlyForReSourcedFirms() {
    ImportMarket m = market(Country.US, 5000);
    Tranche t = m.impose("all", 505.6, 25, null, false, 0);
    WeeklyAccounts a = settle(m, 2.0);
    double duringWar = a.imports[a.total()];
    assertTrue(
        duringWar < 0.8 * a.baseline[a.total()], "25% on everything cuts imports by over 20%");
    assertTrue(a.diverted[a.total()] > 0 && a.domestic[a.total()] > 0);
    assertEquals(3.1 + 25, a.avgTariffPct[a.total()], 0.5);
    m.setRate(t, 0);
    double afterQuarter = 0;
    for (int week = 0; week < 200; week++) {
      m.stepFirms(0.2);
      a = m.stepFlows();
      if (week == 12) {
        afterQuarter = a.imports[a.total()];
      }
    }
    assertTrue(
        afterQuarter > duringWar && afterQuarter < 0.97 * a.baseline[a.total()],
        "the long-run part of the response comes back at the long-run pace");
    assertEquals(a.baseline[a.total()], a.imports[a.total()], 1e-3 * a.baseline[a.total()]);
  }

  @Test
  void expectationsOfAShortWarHoldFirmsBack() {
    ImportMarket shortWar = market(Country.US, 5000);
    ImportMarket longWar = market(Country.US, 5000);
    shortWar.impose("all", 505.6, 10, null, false, 0);
    longWar.impose("all", 505.6, 10, null, false, 0);
    WeeklyAccounts a = settle(shortWar, 0.25);
    WeeklyAccounts b = settle(longWar, 2.0);
    assertTrue(a.resourcedShare[a.total()] < b.resourcedShare[b.total()]);
    assertTrue(a.imports[a.total()] > b.imports[b.total()]);
    assertEquals(NS_US, a.sectors);
  }
}
