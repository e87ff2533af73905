package org.tradewar.model;

import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.WeeklyAccounts;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: sets front-loading ahead of deadlines, computes both markets' flows and accounts, then the
 * pain index each country feels (lost exports, added costs, lost farm sales, non-tariff measures).
 */
final class AccountsAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    for (Country c : Country.values()) {
      frontLoad(m, c, week);
      m.markets.get(c).stepFlows();
    }
    // What China's importers actually bought under a deal (purchases ramp up, so this lags the promise).
    m.diplomacy.purchasesMadeUsdBn += m.markets.get(Country.CN).purchasesArriving();
    for (Country c : Country.values()) {
      m.pain.put(c, smoothedPain(m, c));
      m.nonTariffPain.put(c, m.nonTariffPain.get(c) * m.tp.nonTariffDecay);
    }
  }

  /**
   * Before a threatened tariff's deadline, importers pull forward a share of imports proportional to
   * the threatened rate, the share of the sector it would hit and the chance they see of it being
   * carried out (the threatening side's stance).
   */
  private static void frontLoad(TradeWarModel m, Country importer, int week) {
    ImportMarket market = m.markets.get(importer);
    Government g = m.governments.get(importer);
    int ns = market.sectors().size();
    double window = m.tp.frontLoadWeeks;
    double chance = g.stance();
    double uncovered = Math.max(1e-9, market.uncoveredUsdBn());
    for (int s = 0; s < ns; s++) {
      double share = 0;
      for (Threat t : g.pendingThreats()) {
        int weeksLeft = t.deadlineWeek - week;
        if (weeksLeft < 0 || weeksLeft >= window) {
          continue;
        }
        double hit = t.raises != null
            ? (t.ratePct - t.raises.ratePct()) / 100.0 * market.coveredShare(t.raises, s)
            : t.ratePct / 100.0 * Math.min(1, t.implementUsdBn / uncovered) * market.uncoveredShare(s);
        share += m.tp.frontLoadIntensity * hit * chance;
      }
      market.setFrontLoading(s, share);
    }
  }

  private static double smoothedPain(TradeWarModel m, Country c) {
    WeeklyAccounts own = m.markets.get(c).accounts();
    WeeklyAccounts rivalImports = m.markets.get(c.rival()).accounts(); // c's exports
    int t = own.total();
    double lostExports = Math.max(0, 1 - rivalImports.imports[t] / rivalImports.baseline[t]);
    double costs = own.consumerCost[t] / own.baseline[t];
    double farm = 0;
    if (c == Country.US) {
      double farmBase = 0;
      double farmNow = 0;
      var sectors = m.markets.get(Country.CN).sectors();
      for (int s = 0; s < sectors.size(); s++) {
        if (sectors.get(s).farm()) {
          farmBase += rivalImports.baseline[s];
          farmNow += rivalImports.imports[s];
        }
      }
      farm = Math.max(0, 1 - farmNow / farmBase) * farmBase / rivalImports.baseline[t];
    }
    double raw = m.tp.painExports * lostExports + m.tp.painPrices * costs + m.tp.painFarm * farm
        + m.nonTariffPain.get(c);
    double previous = m.pain.get(c);
    return previous + (raw - previous) / m.tp.painSmoothing;
  }
}
