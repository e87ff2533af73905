package org.tradewar.model;

import java.util.HashMap;
import java.util.Map;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.negotiation.Offer;
import org.tradewar.model.negotiation.RoundResult;
import org.tradewar.model.negotiation.TalkForm;

/**
 * The state of relations both governments read: whether a truce or a deal is in force, the terms of
 * the deal and the purchases promised under it, and the last meeting's outcome.
 */
final class Diplomacy {
  enum Accord { NONE, TRUCE, DEAL }

  Accord accord = Accord.NONE;
  int truceEndWeek = -1;
  int lastTruceEndedWeek = -1000;
  boolean truceExtended;
  int firstTruceWeek = -1;
  int firstDealWeek = -1;
  int lastDealWeek = -1;
  Offer deal;
  boolean disputeStarted;
  int lastMeetingWeek = -1000;
  RoundResult.Outcome lastOutcome;
  TalkForm scriptedMeeting; // set by the events step for this week
  int meetings;

  // Purchases promised under a deal: total, weekly amount, bought so far, last week of the window.
  double purchasesPromisedUsdBn;
  double purchasesWeeklyUsdBn;
  double purchasesMadeUsdBn;
  int purchasesEndWeek = -1;
  boolean purchasesStopped;

  /** Tranche rates before a deal rolled them back, so a broken deal can restore them. */
  final Map<Tranche, Double> ratesBeforeDeal = new HashMap<>();

  boolean truce() {
    return accord == Accord.TRUCE;
  }

  boolean dealInForce() {
    return accord == Accord.DEAL;
  }

  boolean accordInForce() {
    return accord != Accord.NONE;
  }
}
