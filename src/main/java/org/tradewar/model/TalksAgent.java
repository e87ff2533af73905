package org.tradewar.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: the week's meeting, if one is due or scheduled ({@link Negotiations#talks}); none when
 * {@code agents.enabled} is 0.
 */
final class TalksAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    if (m.tp.agentsEnabled) {
      m.negotiations.talks(m.week());
    }
  }
}
