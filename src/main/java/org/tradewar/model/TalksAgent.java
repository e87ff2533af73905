package org.tradewar.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Adapter: the week's meeting, if one is due or scheduled ({@link Negotiations#talks}). */
final class TalksAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    m.negotiations.talks(m.week());
  }
}
