package org.tradewar.model.negotiation;

import org.tradewar.model.params.ParameterSet;

/** Parameters of the negotiation protocol, read once from the run's parameters. */
public record NegotiationParameters(
    int offersPerRound,
    double initialConcession,
    double betaBoulware,
    double betaLinear,
    double betaConceder,
    double reservationPremium,
    double reservationStanceWeight,
    double reservationPainWeight,
    double maxReservation,
    double progressThreshold,
    double renegeThreshold,
    double walkAwayStance,
    double deadlineWindowWeeks,
    double breakMargin,
    double beliefWeight,
    double callOfferScale,
    double summitOfferScale) {

  /** Offers exchanged at a meeting of this form: a round's number, scaled for calls and summits. */
  public int offers(TalkForm form) {
    double scale =
        switch (form) {
          case CALL -> callOfferScale;
          case ROUND -> 1.0;
          case SUMMIT -> summitOfferScale;
        };
    return Math.max(1, (int) Math.round(offersPerRound * scale));
  }

  public static NegotiationParameters of(ParameterSet p) {
    return new NegotiationParameters(
        p.getInt("negotiation.offers_per_round"),
        p.get("negotiation.initial_concession"),
        p.get("negotiation.beta.boulware"),
        p.get("negotiation.beta.linear"),
        p.get("negotiation.beta.conceder"),
        p.get("negotiation.reservation_premium"),
        p.get("negotiation.reservation_stance_weight"),
        p.get("negotiation.reservation_pain_weight"),
        p.get("negotiation.max_reservation"),
        p.get("negotiation.progress_threshold"),
        p.get("negotiation.renege_threshold"),
        p.get("negotiation.walk_away_stance"),
        p.get("negotiation.deadline_window_weeks"),
        p.get("negotiation.break_margin"),
        p.get("negotiation.belief_weight"),
        p.get("talks.call_offer_scale"),
        p.get("talks.summit_offer_scale"));
  }
}
