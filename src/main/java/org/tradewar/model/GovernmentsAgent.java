package org.tradewar.model;

import java.util.Locale;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: ends or extends a truce that reaches its deadline, keeps promised purchases flowing, then
 * lets the US and China governments decide, in that fixed order (China answers US moves in the same
 * week; the US answers China's the week after).
 */
final class GovernmentsAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    Diplomacy d = m.diplomacy;
    if (d.truce() && week >= d.truceEndWeek) {
      if (d.lastOutcome == org.tradewar.model.negotiation.RoundResult.Outcome.PROGRESS
          && !d.truceExtended) {
        d.truceExtended = true; // once: a truce is not renewed for ever
        d.truceEndWeek = week + m.tp.truceWeeks;
        m.timeline.add(week, Country.US, "CN", EventKind.TRUCE, Double.NaN, Double.NaN,
            "The truce is extended to " + m.timeline.date(d.truceEndWeek)
                + " because the talks are making progress");
      } else {
        d.accord = Diplomacy.Accord.NONE;
        d.lastTruceEndedWeek = week;
        m.timeline.add(week, null, "", EventKind.DEADLINE, Double.NaN, Double.NaN,
            "The truce expires without a deal");
      }
    }
    purchases(m, week);
    m.governments.get(Country.US).decide(week);
    m.governments.get(Country.CN).decide(week);
  }

  /** China's promised purchases of US goods under a deal, spread over farm, energy and aircraft. */
  private static void purchases(TradeWarModel m, int week) {
    Diplomacy d = m.diplomacy;
    var market = m.markets.get(Country.CN);
    boolean buying = d.dealInForce() && !d.purchasesStopped && week < d.purchasesEndWeek;
    double weekly = buying ? d.purchasesWeeklyUsdBn * m.tp.purchaseRealisation : 0;
    String[] sectors = {"soybeans", "agriculture", "energy", "aircraft"};
    double base = 0;
    for (String s : sectors) {
      base += market.sectors().get(market.sectorIndex(s)).annualBaselineUsdBn();
    }
    for (String s : sectors) {
      int i = market.sectorIndex(s);
      market.setExtraPurchases(i, weekly * market.sectors().get(i).annualBaselineUsdBn() / base);
    }
    if (buying) {
      if ((week - d.lastDealWeek) % 13 == 12) {
        m.timeline.add(week, Country.CN, "US", EventKind.COMMITMENT_HONOURED, Double.NaN, Double.NaN,
            String.format(Locale.ROOT, "China's promised purchases are on track: $%.0fB of $%.0fB so far",
                d.purchasesMadeUsdBn, d.purchasesPromisedUsdBn));
      }
    }
  }
}
