package org.tradewar.model.negotiation;

/**
 * The weight of a meeting: a phone call is lighter than a round, a summit of leaders heavier. How
 * many offers each exchanges is a parameter ({@code talks.call_offer_scale}, {@code
 * talks.summit_offer_scale}).
 */
public enum TalkForm {
  CALL("phone call"),
  ROUND("round of talks"),
  SUMMIT("leaders' summit");

  private final String label;

  TalkForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A call exchanges views; only rounds and summits can close a deal. */
  public boolean canClose() {
    return this != CALL;
  }

  public static TalkForm parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
