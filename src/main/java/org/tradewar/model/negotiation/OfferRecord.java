package org.tradewar.model.negotiation;

import org.tradewar.vocabulary.Country;

/**
 * One offer made at a meeting, as it happened: who proposed it and who spoke, its terms item by
 * item, what it is worth to each side, what the receiver aimed for, and whether it was accepted.
 * The transcript is rendered from these records.
 */
public record OfferRecord(
    Country proposer,
    String speaker,
    Terms terms,
    double worthToProposer,
    double worthToReceiver,
    double receiverAim,
    boolean accepted) {

  public Country receiver() {
    return proposer.rival();
  }
}
