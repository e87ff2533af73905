package org.tradewar.model.negotiation;

import org.tradewar.model.params.ParameterSet;

/** Parameters of the weekly stance update and of how negotiators read moves, read once per run. */
public record StanceParameters(
    double anchorRate,
    double painSensitivity,
    double reciprocity,
    double forgiveness,
    double deadlinePressure,
    double noise,
    double beliefStep,
    double brokenCommitmentGrievance,
    double grimTriggerGrievance,
    double hawkInfluenceGain) {

  public static StanceParameters of(ParameterSet p) {
    return new StanceParameters(
        p.get("stance.anchor_rate"),
        p.get("stance.pain_sensitivity"),
        p.get("stance.reciprocity"),
        p.get("stance.forgiveness"),
        p.get("stance.deadline_pressure"),
        p.get("stance.noise"),
        p.get("negotiation.belief_step"),
        p.get("stance.broken_commitment_grievance"),
        p.get("stance.grim_trigger_grievance"),
        p.get("delegation.hawk_influence_gain"));
  }
}
