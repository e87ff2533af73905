package org.tradewar.model.negotiation;

import java.util.List;
import org.tradewar.vocabulary.Country;

/**
 * What a meeting produced: the outcome, the agreed terms (for a deal), every offer made, and for a
 * breakdown who broke off and why ({@code accuser} says the other side reneged, or walked away).
 */
public record RoundResult(
    Outcome outcome,
    Terms agreement,
    List<OfferRecord> offers,
    Country accuser,
    Breakdown breakdown) {

  /** Progress: the other side's offer got better for one side; stall: it did not; breakdown. */
  public enum Outcome {
    DEAL,
    PROGRESS,
    STALL,
    BREAKDOWN
  }

  /** Why talks broke down. */
  public enum Breakdown {
    /** The accuser's counterpart offered less than it had offered before. */
    RENEGING,
    /** The accuser, hardened, left the table. */
    WALK_OUT
  }

  public RoundResult {
    offers = List.copyOf(offers);
  }
}
