package org.tradewar.model.negotiation;

import org.tradewar.vocabulary.Country;

/**
 * One official: a disposition (hawkishness at rest), a current stance, a grievance against the
 * other side and a belief about its resolve. The stance moves each week towards a target set by
 * domestic pain (softens), the other side's moves (reciprocity, with forgiveness) and the nearness
 * of a deadline (the strategy decides which way).
 */
public final class Negotiator {
  private final NegotiatorProfile profile;
  private double stance;
  private double grievance;
  private double belief = 0.5; // the other side's resolve, 0 (soft) to 1 (hard)
  private boolean triggered; // grim trigger pulled

  public Negotiator(NegotiatorProfile profile) {
    this.profile = profile;
    this.stance = profile.hawkishness();
  }

  /** What the negotiator reads each week to update the stance. */
  public record Inputs(double pain, double deadlineCloseness) {}

  /**
   * One week's stance update. {@code shock} is a small random draw (the run's generator) so that
   * replications differ the way people do.
   */
  public void updateStance(Inputs in, StanceParameters p, double shock) {
    double target =
        profile.hawkishness()
            - p.painSensitivity() * in.pain()
            + p.reciprocity() * grievance
            + p.deadlinePressure()
                * in.deadlineCloseness()
                * profile.strategy().deadlineDirection();
    if (triggered) {
      target = 1.0;
    }
    stance = clamp(stance + p.anchorRate() * (target - stance) + shock);
    grievance *= 1 - Math.min(1, p.forgiveness() * profile.strategy().forgivenessScale());
  }

  /**
   * The other side escalated ({@code move > 0}), conceded ({@code < 0}) or broke a commitment:
   * reciprocity (the grievance) and the belief about its resolve move, the belief by a bounded
   * step.
   */
  public void observeMove(double move, boolean brokeCommitment, StanceParameters p) {
    grievance += move; // below zero is goodwill
    double step = p.beliefStep();
    if (move > 0) {
      belief += step * (1 - belief);
      if (profile.strategy() == Strategy.GRIM_TRIGGER && grievance > p.grimTriggerGrievance()) {
        triggered = true;
      }
    } else if (move < 0) {
      belief -= step * belief;
    }
    if (brokeCommitment) {
      grievance += p.brokenCommitmentGrievance();
      belief += step * (1 - belief);
      if (profile.strategy() == Strategy.GRIM_TRIGGER) {
        triggered = true;
      }
    }
  }

  /**
   * This negotiator's weight in the delegation now: its role's influence, raised for hawks and
   * lowered for doves as the grievance against the other side builds (a rally round the flag), and
   * the other way as it is forgiven.
   */
  public double influence(StanceParameters p) {
    return profile.influence()
        * Math.exp(p.hawkInfluenceGain() * (profile.hawkishness() - 0.5) * grievance);
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  public NegotiatorProfile profile() {
    return profile;
  }

  public Country country() {
    return profile.country();
  }

  public double stance() {
    return stance;
  }

  public double belief() {
    return belief;
  }

  public double grievance() {
    return grievance;
  }

  public boolean triggered() {
    return triggered;
  }
}
