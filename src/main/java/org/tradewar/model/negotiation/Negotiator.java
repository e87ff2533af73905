package org.tradewar.model.negotiation;

import org.tradewar.model.Country;

/**
 * One official: a disposition (hawkishness at rest), a current stance, a grievance against the other
 * side and a belief about its resolve. The stance moves each week towards a target set by domestic
 * pain (softens), the other side's moves (reciprocity, with forgiveness) and the nearness of a
 * deadline (the strategy decides which way).
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
    double target = profile.hawkishness()
        - p.painSensitivity() * in.pain()
        + p.reciprocity() * grievance
        + p.deadlinePressure() * in.deadlineCloseness() * profile.strategy().deadlineDirection();
    if (triggered) {
      target = 1.0;
    }
    stance = clamp(stance + p.anchorRate() * (target - stance) + shock);
    grievance *= 1 - Math.min(1, p.forgiveness() * profile.strategy().forgivenessScale());
  }

  /** The other side escalated (+1 per step) or conceded (-1): reciprocity and belief move. */
  public void observeMove(double move, boolean brokeCommitment) {
    grievance += move;
    if (move > 0) {
      belief += 0.3 * (1 - belief);
      if (profile.strategy() == Strategy.GRIM_TRIGGER && (brokeCommitment || grievance > 1.5)) {
        triggered = true;
      }
    } else if (move < 0) {
      belief -= 0.3 * belief;
    }
    if (brokeCommitment) {
      grievance += 1;
      belief += 0.4 * (1 - belief);
      if (profile.strategy() == Strategy.GRIM_TRIGGER) {
        triggered = true;
      }
    }
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
