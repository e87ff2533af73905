package org.tradewar.model.negotiation;

/**
 * How a negotiator (and, through its delegation, a government) behaves. Reciprocity strategies
 * follow Axelrod (1984) and Nowak and Sigmund (1992); concession tactics follow Faratin et al.
 * (1998).
 */
public enum Strategy {
  /** Mirrors the other side's last move; forgives at the catalogued rate. Linear concession. */
  TIT_FOR_TAT("tit-for-tat", true, 1.0, Concession.LINEAR, -0.5),
  /** Tit-for-tat that forgives twice as fast. */
  GENEROUS_TIT_FOR_TAT("generous tit-for-tat", true, 2.0, Concession.LINEAR, -0.5),
  /** Cooperates until the other side escalates or breaks a commitment, then never forgives. */
  GRIM_TRIGGER("grim trigger", true, 0.0, Concession.LINEAR, 0.5),
  /** Holds out and concedes only near the deadline; hardens as a deadline nears (brinkmanship). */
  BOULWARE("Boulware", true, 1.0, Concession.BOULWARE, 1.0),
  /** Concedes early; softens as a deadline nears; retaliates reluctantly. */
  CONCEDER("Conceder", false, 1.0, Concession.CONCEDER, -1.0);

  /** Which catalogued concession exponent the strategy uses. */
  public enum Concession {
    BOULWARE,
    LINEAR,
    CONCEDER
  }

  private final String label;
  private final boolean retaliates;
  private final double forgivenessScale;
  private final Concession concession;
  private final double deadlineDirection;

  Strategy(
      String label,
      boolean retaliates,
      double forgivenessScale,
      Concession concession,
      double deadlineDirection) {
    this.label = label;
    this.retaliates = retaliates;
    this.forgivenessScale = forgivenessScale;
    this.concession = concession;
    this.deadlineDirection = deadlineDirection;
  }

  public String label() {
    return label;
  }

  /** Whether the strategy answers an escalation in kind at the ordinary threshold. */
  public boolean retaliates() {
    return retaliates;
  }

  /** Multiplies the catalogued forgiveness rate; 0 means a grievance is never forgiven. */
  public double forgivenessScale() {
    return forgivenessScale;
  }

  public Concession concession() {
    return concession;
  }

  /** +1 hardens as a deadline nears, -1 softens. */
  public double deadlineDirection() {
    return deadlineDirection;
  }

  /**
   * Parses the scenario spelling: tit_for_tat, generous_tit_for_tat, grim_trigger, boulware,
   * conceder.
   */
  public static Strategy parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** The scenario spelling of this strategy. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
