package org.tradewar.model;

import org.tradewar.vocabulary.Country;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Adapter: samples the week's accounts and pain into the run record (last in each week). */
final class RecorderAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    if (week >= m.record.weeks()) {
      return;
    }
    m.trackCoverage();
    PathRecord.Accord accord =
        m.negotiations.dealInForce()
            ? PathRecord.Accord.DEAL
            : m.negotiations.truce() ? PathRecord.Accord.TRUCE : PathRecord.Accord.NONE;
    m.path.record(week, accord, m.meetings(), m.markets.get(Country.US).tranches());
    for (Country c : Country.values()) {
      m.record.record(week, c, m.markets.get(c).accounts(), m.pain.get(c), m.relief.get(c));
    }
  }
}
