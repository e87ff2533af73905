package org.tradewar.model;

/** Kinds of timeline events; their lower-case names are the {@code kind} column of events.csv. */
public enum EventKind {
  THREAT, TARIFF, RAISE, RETALIATION, TALKS, REVIEW, CALL, SUMMIT, TRUCE, TRUCE_EXTENDED, DEAL, BREAKDOWN, DEADLINE, SANCTION,
  NON_TARIFF, ROLLBACK, COMMITMENT_HONOURED, COMMITMENT_SHORTFALL, COMMITMENT_BROKEN, OFFER, NOTE;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
