package org.tradewar.model;

import org.tradewar.model.economy.BaselineGrowth;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.WeeklyAccounts;
import org.tradewar.vocabulary.Country;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: sets front-loading ahead of deadlines, computes both markets' flows and accounts, then
 * the pain index each country feels (lost exports, added costs, lost farm sales, non-tariff
 * measures).
 */
final class AccountsAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    for (Country c : Country.values()) {
      frontLoad(m, c, week);
      ImportMarket market = m.markets.get(c);
      market.setGrowth(BaselineGrowth.factor(m.tp.trendPct.get(c), m.setup.start(), week));
      market.stepFlows();
    }
    for (Country c : Country.values()) {
      m.pain.put(c, smoothedPain(m, c));
      m.nonTariffPain.put(c, m.nonTariffPain.get(c) * m.tp.nonTariffDecay);
    }
  }

  /**
   * Before a threatened tariff's deadline, importers pull forward a share of imports proportional
   * to the threatened rate, the share of the sector it would hit and the chance they see of it
   * being carried out (the threatening side's stance).
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
        double hit =
            t.raises != null
                ? (t.ratePct - t.raises.ratePct()) / 100.0 * market.coveredShare(t.raises, s)
                : t.ratePct
                    / 100.0
                    * Math.min(1, t.implementUsdBn / uncovered)
                    * market.uncoveredShare(s);
        share += m.tp.frontLoadIntensity * hit * chance;
      }
      market.setFrontLoading(s, share);
    }
  }

  /**
   * The week's pain, in percent of the country's GDP at an annual rate: exports lost to the rival's
   * tariffs, the added cost to its importers and consumers, lost farm exports (weighted again: they
   * weigh politically beyond their value; farm support takes its share off this part, and costs
   * taxes), the cost of promised purchases (China), and the pain of non-tariff measures (firms cut
   * off from suppliers or customers). Smoothed over {@code pain.smoothing_weeks}.
   */
  private static double smoothedPain(TradeWarModel m, Country c) {
    WeeklyAccounts own = m.markets.get(c).accounts();
    WeeklyAccounts rivalImports = m.markets.get(c.rival()).accounts(); // c's exports
    int t = own.total();
    double lostExports = Math.max(0, rivalImports.baseline[t] - rivalImports.imports[t]);
    double costs = own.consumerCost[t];
    double farm = 0;
    var sectors = m.markets.get(c.rival()).sectors();
    for (int s = 0; s < sectors.size(); s++) {
      if (sectors.get(s).farm()) {
        farm += Math.max(0, rivalImports.baseline[s] - rivalImports.imports[s]);
      }
    }
    double relief = m.reliefShare(c) * farm;
    m.relief.put(c, relief);
    double purchases = c == Country.CN ? m.negotiations.purchaseCostUsdBn() : 0;
    double weeklyUsdBn =
        m.tp.painExports * lostExports
            + m.tp.painPrices * (costs + purchases)
            + m.tp.painFarm * (farm - relief)
            + m.tp.reliefFiscalWeight * relief;
    double raw =
        100 * weeklyUsdBn * BaselineTrade.WEEKS_PER_YEAR / m.tp.gdp.get(c) + m.nonTariffPain.get(c);
    double previous = m.pain.get(c);
    return previous + (raw - previous) / m.tp.painSmoothing;
  }
}
