package org.tradewar.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a run ends: the {@code outcome} of summary.json and runs.csv. The order is meaningful: a tie
 * between replications goes to the first (deal, truce, no agreement, no war), and tables count
 * outcomes in this order.
 */
public enum Outcome {
  /** A deal is in force at the end. */
  DEAL,
  /** No deal, but a truce holds. */
  TRUCE,
  /** The dispute started and nothing holds at the end. */
  NO_AGREEMENT,
  /** Neither side imposed tariffs. */
  NO_WAR;

  /** The word in the tables: "deal", "no_agreement". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome a table names, or null for a word this version does not know. */
  public static Outcome ofKey(String key) {
    for (Outcome o : values()) {
      if (o.key().equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** Every outcome's word, in order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Outcome::key).toList();
  }
}
