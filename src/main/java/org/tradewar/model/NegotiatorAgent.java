package org.tradewar.model;

import org.tradewar.model.negotiation.Negotiator;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Adapter: one negotiator on the schedule, updating its stance each week. */
final class NegotiatorAgent implements Steppable {
  private static final long serialVersionUID = 1L;
  private final transient Negotiator negotiator;

  NegotiatorAgent(Negotiator negotiator) {
    this.negotiator = negotiator;
  }

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    int deadline = m.nearestDeadline();
    double closeness =
        deadline < 0
            ? 0
            : Math.max(0, 1 - (deadline - week) / m.negotiationParameters.deadlineWindowWeeks());
    double shock = m.stanceParameters.noise() * m.random.nextGaussian();
    negotiator.updateStance(
        new Negotiator.Inputs(m.pain.get(negotiator.country()), closeness),
        m.stanceParameters,
        shock);
  }
}
