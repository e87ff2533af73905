package org.tradewar.model.negotiation;

import org.tradewar.model.params.ParameterSet;

/** Parameters of the weekly stance update, read once from the run's parameters. */
public record StanceParameters(double anchorRate, double painSensitivity, double reciprocity,
    double forgiveness, double deadlinePressure, double noise) {

  public static StanceParameters of(ParameterSet p) {
    return new StanceParameters(p.get("stance.anchor_rate"), p.get("stance.pain_sensitivity"),
        p.get("stance.reciprocity"), p.get("stance.forgiveness"), p.get("stance.deadline_pressure"),
        p.get("stance.noise"));
  }
}
