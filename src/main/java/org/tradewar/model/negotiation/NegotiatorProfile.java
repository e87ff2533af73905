package org.tradewar.model.negotiation;

import org.tradewar.vocabulary.Country;

/**
 * Who a negotiator is, before the run starts: from the calibration's roster (name, role, the cues
 * the articles give) with role defaults, and any scenario overrides. {@code headOfState} can
 * overrule the delegation; {@code lead} opens for its side at the table, where every member {@code
 * atTable} (the articles put them at the talks) takes a turn to speak.
 */
public record NegotiatorProfile(
    String slug,
    String name,
    Country country,
    String role,
    double hawkishness,
    double influence,
    double patienceWeeks,
    Strategy strategy,
    boolean headOfState,
    boolean lead,
    boolean atTable) {

  public NegotiatorProfile {
    if (hawkishness < 0 || hawkishness > 1) {
      throw new IllegalArgumentException(slug + ": hawkishness outside [0, 1]");
    }
    if (influence < 0) {
      throw new IllegalArgumentException(slug + ": negative influence");
    }
  }
}
