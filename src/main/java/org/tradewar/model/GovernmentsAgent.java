package org.tradewar.model;

import org.tradewar.vocabulary.Country;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: ends or extends a truce that reaches its deadline, keeps promised purchases flowing,
 * then lets the US and China governments decide, in that fixed order (China answers US moves in the
 * same week; the US answers China's the week after). With {@code agents.enabled} 0 governments do
 * not decide: only scripted events move tariffs.
 */
final class GovernmentsAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    m.negotiations.truceDeadline(week);
    m.negotiations.purchases(week);
    if (m.tp.agentsEnabled) {
      m.governments.get(Country.US).decide(week);
      m.governments.get(Country.CN).decide(week);
    }
  }
}
