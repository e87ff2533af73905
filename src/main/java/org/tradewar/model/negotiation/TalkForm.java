package org.tradewar.model.negotiation;

/** The weight of a meeting: a phone call is lighter than a round, a summit of leaders heavier. */
public enum TalkForm {
  CALL("phone call", 1.0 / 3),
  ROUND("round of talks", 1.0),
  SUMMIT("leaders' summit", 2.0);

  private final String label;
  private final double offerScale;

  TalkForm(String label, double offerScale) {
    this.label = label;
    this.offerScale = offerScale;
  }

  public String label() {
    return label;
  }

  /** Offers exchanged relative to a round. */
  public double offerScale() {
    return offerScale;
  }

  /** A call exchanges views; only rounds and summits can close a deal. */
  public boolean canClose() {
    return this != CALL;
  }

  public static TalkForm parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
