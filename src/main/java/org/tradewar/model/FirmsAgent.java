package org.tradewar.model;

import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.vocabulary.Country;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: all importing firms of both markets re-source. One Steppable steps a whole population in
 * a tight loop over arrays instead of a million Steppables on the schedule: the schedule's
 * per-agent cost (a heap entry and a virtual call each) would dominate the firms' own arithmetic.
 */
final class FirmsAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    for (Country c : Country.values()) {
      double years = m.expectedWeeks.get(c) / BaselineTrade.WEEKS_PER_YEAR;
      m.countFirmDecisions(m.markets.get(c).stepFirms(years));
    }
  }
}
