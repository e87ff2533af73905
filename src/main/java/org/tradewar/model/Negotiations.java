package org.tradewar.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.negotiation.Agenda;
import org.tradewar.model.negotiation.AgendaItem;
import org.tradewar.model.negotiation.DealReview;
import org.tradewar.model.negotiation.Issue;
import org.tradewar.model.negotiation.IssueWeights;
import org.tradewar.model.negotiation.NegotiationTable;
import org.tradewar.model.negotiation.Negotiator;
import org.tradewar.model.negotiation.OfferRecord;
import org.tradewar.model.negotiation.RoundResult;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.model.negotiation.Terms;
import org.tradewar.model.negotiation.Wording;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * The negotiation protocol in one place: the accord in force (none, truce, deal) and its
 * transitions, when meetings are held, what each meeting's result does, implementation reviews
 * under a deal, the purchases a deal promises, and how a deal ends. Meetings run on {@link
 * NegotiationTable}, which returns structured records; this class renders them to the transcript.
 *
 * <pre>
 *   NONE --talks: deal--> DEAL --review: a side's support below the margin--> NONE (broken)
 *   NONE --talks: progress near a deadline, or a summit--> TRUCE --deadline--> extended once | NONE
 *   TRUCE --talks: deal--> DEAL;  TRUCE --breakdown--> NONE
 * </pre>
 */
final class Negotiations {
  enum Accord {
    NONE,
    TRUCE,
    DEAL
  }

  private final TradeWarModel m;
  private final NegotiationTable table;
  private final IssueWeights weights;
  private final Map<Country, Double> percentOfGdpUsdBn = new EnumMap<>(Country.class);

  private Accord accord = Accord.NONE;
  private boolean disputeStarted;
  private int truceEndWeek = -1;
  private int lastTruceEndedWeek = -1000;
  private boolean truceExtended;
  private boolean progressInTruce; // some meeting during the truce made progress
  private int firstTruceWeek = -1;
  private int firstDealWeek = -1;
  private int lastDealWeek = -1;
  private Terms deal;
  private PurchaseCommitment purchases;
  private final Map<Tranche, Double> ratesBeforeDeal = new HashMap<>();
  private int lastMeetingWeek = -1000;
  private RoundResult.Outcome lastOutcome;
  private boolean awaitingResumption; // talks broke down: rounds wait until both sides have cooled
  private final NegotiationCounts counts = new NegotiationCounts();

  Negotiations(TradeWarModel m, NegotiationTable table, IssueWeights weights) {
    this.m = m;
    this.table = table;
    this.weights = weights;
    for (Country c : Country.values()) {
      percentOfGdpUsdBn.put(c, m.tp.gdp.get(c) / 100);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // State others read

  boolean dealInForce() {
    return accord == Accord.DEAL;
  }

  boolean truce() {
    return accord == Accord.TRUCE;
  }

  boolean accordInForce() {
    return accord != Accord.NONE;
  }

  boolean disputeStarted() {
    return disputeStarted;
  }

  int truceEndWeek() {
    return truceEndWeek;
  }

  RoundResult.Outcome lastOutcome() {
    return lastOutcome;
  }

  int firstDealWeek() {
    return firstDealWeek;
  }

  int lastDealWeek() {
    return lastDealWeek;
  }

  int firstTruceWeek() {
    return firstTruceWeek;
  }

  /** The terms of the deal in force, or null. */
  Terms deal() {
    return dealInForce() ? deal : null;
  }

  NegotiationCounts counts() {
    return counts;
  }

  void markDispute() {
    disputeStarted = true;
  }

  /**
   * A meeting a scenario places this week (cleared at the start of every week), on its own date,
   * with its note ("Trump and Xi at the G20 in Osaka") and place ("Osaka"), either may be null.
   */
  void schedule(TalkForm form, java.time.LocalDate date, String note, String place) {
    scripted.add(new ScriptedMeeting(form, date, note, place));
  }

  void clearSchedule() {
    scripted.clear();
  }

  private record ScriptedMeeting(
      TalkForm form, java.time.LocalDate date, String note, String place) {}

  private final List<ScriptedMeeting> scripted = new ArrayList<>();

  /** The note of the scripted meeting being held, if any: the transcript names the place. */
  private String meetingNote;

  /** The place of the scripted meeting being held, if any: the timeline prints it. */
  private String meetingPlace;

  // ------------------------------------------------------------------------------------------------
  // The agenda

  /** What is on the table now: the demands, every tranche in force and every pending threat. */
  Agenda agenda() {
    List<AgendaItem> items = new ArrayList<>();
    for (Issue i : Issue.values()) {
      items.add(AgendaItem.demand(i));
    }
    for (Country c : Country.values()) {
      Government g = m.governments.get(c);
      for (Tranche t : g.tranches()) {
        if (t.ratePct() > 0 && t.coveredUsdBn() > 0) {
          items.add(AgendaItem.tranche(c, t.label(), t.coveredUsdBn(), t.ratePct()));
        }
      }
      for (Threat t : g.pendingThreats()) {
        double added = t.raises != null ? t.ratePct - t.raises.ratePct() : t.ratePct;
        double cover = Math.min(t.implementUsdBn, m.markets.get(c).uncoveredUsdBn());
        if (t.raises != null) {
          cover = t.raises.coveredUsdBn();
        }
        if (added > 0 && cover > 0) {
          items.add(
              AgendaItem.threat(
                  c, t.label, cover, added, t.raises != null ? t.raises.ratePct() : 0));
        }
      }
    }
    return weights.agenda(items, percentOfGdpUsdBn);
  }

  // ------------------------------------------------------------------------------------------------
  // The week's talks (ordering 2)

  void talks(int week) {
    if (!scripted.isEmpty()) {
      // Every meeting the scenario places this week, in order, each on its own date.
      for (ScriptedMeeting s : List.copyOf(scripted)) {
        m.timeline.dated(s.date());
        meetingNote = s.note();
        meetingPlace = s.place();
        try {
          hold(week, s.form());
        } finally {
          m.timeline.undated();
          meetingNote = null;
          meetingPlace = null;
        }
      }
      return;
    }
    TalkForm form = disputeStarted ? due(week) : null;
    if (form != null) {
      hold(week, form);
    }
  }

  private void hold(int week, TalkForm form) {
    lastMeetingWeek = week;
    if (dealInForce()) {
      review(week, form);
    } else {
      meet(week, form);
    }
  }

  /** ", Trump and Xi at the G20 in Osaka" for a scripted meeting with a note, else "". */
  String placeNote() {
    return meetingNote == null || meetingNote.isBlank() ? "" : ", " + meetingNote;
  }

  /** A meeting the calendar or a government calls for this week, if any. */
  private TalkForm due(int week) {
    int cadence = (int) Math.round(m.tp.cadenceWeeks);
    int since = week - lastMeetingWeek;
    if (dealInForce()) {
      return since >= cadence ? TalkForm.ROUND : null; // an implementation review
    }
    int deadline = m.nearestDeadline();
    boolean requested =
        deadline >= 0 && deadline - week <= m.tp.requestWeeks && since >= m.tp.requestGapWeeks;
    if (awaitingResumption) {
      // Talks that broke down resume when both sides have cooled; a deadline can only force a call.
      boolean cooled =
          m.stance(Country.US) < m.tp.resumeStance && m.stance(Country.CN) < m.tp.resumeStance;
      if (since >= Math.max(cadence, m.tp.coolOffWeeks) && cooled) {
        return TalkForm.ROUND;
      }
      return requested ? TalkForm.CALL : null;
    }
    return since >= cadence || requested ? TalkForm.ROUND : null;
  }

  private void meet(int week, TalkForm form) {
    counts.meetings++;
    if (form != TalkForm.CALL) {
      awaitingResumption = false; // a round or a summit: the talks have resumed
    }
    Agenda agenda = agenda();
    Map<Country, Double> pain = new EnumMap<>(m.pain);
    Country opener = counts.meetings % 2 == 1 ? Country.US : Country.CN;
    RoundResult r =
        table.meet(
            new NegotiationTable.Meeting(
                week, form, agenda, m.delegations, pain, m.nearestDeadline(), opener, m.seats));
    m.timeline.add(
        week,
        Country.US,
        "CN",
        kind(form),
        Double.NaN,
        Double.NaN,
        String.format(
            Locale.ROOT,
            "%s %d%s (%s): %s",
            capital(form.label()),
            counts.meetings,
            placeNote(),
            speakers(form),
            describe(r)));
    m.timeline.labelLast(meetingPlace);
    for (OfferRecord o : r.offers()) {
      m.timeline.addWorded(
          week, o.proposer(), o.receiver().name(), EventKind.OFFER, () -> render(o));
    }
    lastOutcome = r.outcome();
    switch (r.outcome()) {
      case DEAL -> conclude(week, r.agreement(), "");
      case PROGRESS -> {
        m.multiplyExpectations(m.tp.progressFactor);
        progressInTruce |= truce();
        maybeTruce(week, form);
      }
      case STALL -> {
        if (form == TalkForm.SUMMIT) {
          maybeTruce(week, form);
        }
      }
      case BREAKDOWN -> brokeDown(week, r);
    }
  }

  /** An implementation review: each side weighs the deal against what it would hold out for now. */
  private void review(int week, TalkForm form) {
    counts.reviews++;
    DealReview r = table.review(deal, m.delegations, new EnumMap<>(m.pain));
    String support =
        "support for the deal "
            + Wording.signed(r.support().get(Country.US))
            + " in the United States, "
            + Wording.signed(r.support().get(Country.CN))
            + " in China (a side breaks it below "
            + Wording.signed(-m.negotiationParameters.breakMargin())
            + ")";
    m.timeline.add(
        week,
        Country.US,
        "CN",
        EventKind.REVIEW,
        Double.NaN,
        Double.NaN,
        String.format(
            Locale.ROOT,
            "Implementation review %d%s (%s): %s; %s",
            counts.reviews,
            placeNote(),
            speakers(form),
            support,
            r.breaker() == null
                ? "the deal holds"
                : r.breaker().label() + " no longer accepts it"));
    if (r.breaker() != null) {
      breakDeal(week, r.breaker(), breakReason(r.breaker()), false);
    }
  }

  /** Why a side breaks the deal, from the state it reads. */
  private String breakReason(Country breaker) {
    String restores =
        ratesBeforeDeal.keySet().stream().anyMatch(t -> t.imposer() == breaker)
            ? " and restores the tariffs the deal cut"
            : "";
    if (breaker == Country.US) {
      boolean short10 =
          purchases != null
              && purchases.dueUsdBn() > 0
              && purchases.orderedUsdBn() < SHORTFALL_TO_CITE * purchases.dueUsdBn();
      if (short10) {
        return "The United States accuses China of reneging on its purchases ("
            + Wording.usd(purchases.orderedUsdBn())
            + " bought of "
            + Wording.usd(purchases.dueUsdBn())
            + " due)"
            + restores;
      }
      return "The United States says the deal no longer serves it: its hawks want more than it"
          + " gives"
          + restores;
    }
    boolean usTariffsLeft =
        m.governments.get(Country.US).tranches().stream().anyMatch(t -> t.ratePct() > 0);
    return (usTariffsLeft
            ? "China says the US tariffs the deal leaves in place are more than it can accept"
            : "China says the deal asks more of it than it can give")
        + (purchases != null && !purchases.stopped() ? "; it stops its purchases" : "")
        + restores;
  }

  /** The US cites the purchases when less than this share of what was due has been bought. */
  private static final double SHORTFALL_TO_CITE = 0.9;

  /** Talks broke down at the table: reneging or a walk-out, from the agents' state. */
  private void brokeDown(int week, RoundResult r) {
    counts.breakdowns++;
    Country accuser = r.accuser();
    String text;
    if (r.breakdown() == RoundResult.Breakdown.RENEGING) {
      counts.reneging++;
      text =
          "The talks break down: "
              + accuser.label()
              + " accuses "
              + accuser.rival().named()
              + " of reneging on what it had offered";
      observe(accuser, m.tp.moveReneging, false);
    } else {
      text = "The talks break down: " + accuser.label() + " walks out";
    }
    m.timeline.add(
        week, accuser, accuser.rival().name(), EventKind.BREAKDOWN, Double.NaN, Double.NaN, text);
    endTalks(week);
    m.governments.get(accuser).provoke();
  }

  /** A breakdown (at the table or scripted): a truce ends; both sides read it as escalation. */
  void endTalks(int week) {
    lastOutcome = RoundResult.Outcome.BREAKDOWN;
    awaitingResumption = true;
    table.brokeDownElsewhere();
    m.multiplyExpectations(m.tp.breakdownFactor);
    if (truce()) {
      accord = Accord.NONE;
      lastTruceEndedWeek = week;
      m.timeline.add(
          week,
          null,
          "",
          EventKind.DEADLINE,
          Double.NaN,
          Double.NaN,
          "The truce ends with the breakdown: threats fall due again");
    }
    for (Country c : Country.values()) {
      observe(c, m.tp.moveBreakdown, false);
    }
  }

  /** A scenario says the talks broke down (or, under a deal, that {@code actor} broke it). */
  void scriptedBreakdown(int week, Country actor, String note) {
    if (dealInForce()) {
      breakDeal(
          week,
          actor == null ? Country.US : actor,
          (actor == null ? "The deal" : actor.label() + " breaks the deal")
              + " (a scenario event)"
              + (note == null ? "" : ": " + note),
          true);
      return;
    }
    counts.breakdowns++;
    m.timeline.add(
        week, actor, EventKind.BREAKDOWN, "Talks break down" + (note == null ? "" : ": " + note));
    endTalks(week);
  }

  // ------------------------------------------------------------------------------------------------
  // Truces

  /**
   * A truce when talks move while a deadline looms (or leaders meet), and neither side is hawkish.
   */
  private void maybeTruce(int week, TalkForm form) {
    if (accordInForce()) {
      return;
    }
    int deadline = m.nearestDeadline();
    boolean looming = deadline >= 0 && deadline - week <= m.tp.truceDeadlineWeeks;
    double threshold = m.tp.truceThreshold + (form == TalkForm.SUMMIT ? m.tp.summitTruceMargin : 0);
    boolean calm = m.stance(Country.US) < threshold && m.stance(Country.CN) < threshold;
    // Truces do not chain: after one ends, threats get their day before another can be agreed.
    boolean cooledOff = week - lastTruceEndedWeek >= m.tp.truceWeeks;
    if ((looming || form == TalkForm.SUMMIT) && calm && cooledOff && disputeStarted) {
      startTruce(
          week,
          form == TalkForm.SUMMIT ? "agreed at the leaders' summit" : "to give talks time",
          -1);
    }
  }

  void startTruce(int week, String why, int deadlineWeek) {
    if (dealInForce()) {
      m.timeline.add(
          week,
          null,
          EventKind.NOTE,
          "(scenario) a truce is scheduled, but a deal is"
              + " already in force: the truce is not needed");
      return;
    }
    accord = Accord.TRUCE;
    truceExtended = false;
    progressInTruce = false;
    truceEndWeek = deadlineWeek >= 0 ? deadlineWeek : week + m.tp.truceWeeks;
    if (firstTruceWeek < 0) {
      firstTruceWeek = week;
    }
    m.multiplyExpectations(m.tp.truceFactor);
    observe(Country.US, -m.tp.moveTruce, false);
    observe(Country.CN, -m.tp.moveTruce, false);
    m.timeline.add(
        week,
        Country.US,
        "CN",
        EventKind.TRUCE,
        Double.NaN,
        Double.NaN,
        "Truce: the United States and China freeze new tariffs until "
            + m.timeline.date(truceEndWeek)
            + (why.isEmpty() ? "" : " (" + why + ")"));
  }

  /**
   * Ordering 3, first: a truce at its deadline is extended once if the talks made progress during
   * it (and have not broken down since), else it ends.
   */
  void truceDeadline(int week) {
    if (!truce() || week < truceEndWeek) {
      return;
    }
    if (progressInTruce && !truceExtended && lastOutcome != RoundResult.Outcome.BREAKDOWN) {
      truceExtended = true; // once: a truce is not renewed for ever
      progressInTruce = false;
      truceEndWeek = week + m.tp.truceWeeks;
      m.timeline.add(
          week,
          Country.US,
          "CN",
          EventKind.TRUCE_EXTENDED,
          Double.NaN,
          Double.NaN,
          "The truce is extended to "
              + m.timeline.date(truceEndWeek)
              + " because the talks are making progress");
    } else {
      accord = Accord.NONE;
      lastTruceEndedWeek = week;
      m.timeline.add(
          week,
          null,
          "",
          EventKind.DEADLINE,
          Double.NaN,
          Double.NaN,
          "The truce expires without a deal");
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Deals

  /** A scenario imposes a deal: {@code tariffCut} of every tranche, threats dropped, purchases. */
  void scriptedDeal(int week, double tariffCut, double purchasesUsdBn) {
    if (dealInForce()) {
      return; // already agreed by the agents
    }
    Agenda agenda = agenda();
    Map<String, Double> terms = new LinkedHashMap<>();
    for (AgendaItem i : agenda.items()) {
      terms.put(
          i.key(),
          switch (i.kind()) {
            case DEMAND ->
                i.issue() == Issue.TRADE_DEFICIT
                    ? (m.tp.surplusCutDemand > 0
                        ? Math.min(1, purchasesUsdBn / m.tp.surplusCutDemand)
                        : 0)
                    : 0.5;
            case TRANCHE -> tariffCut;
            case THREAT -> 1.0;
          });
    }
    conclude(week, Terms.of(agenda, terms, 0), " (a scenario event)");
  }

  /**
   * Applies agreed terms: every tranche to its agreed rate, threats withdrawn or held, purchases.
   */
  private void conclude(int week, Terms terms, String why) {
    accord = Accord.DEAL;
    deal = terms;
    lastDealWeek = week;
    if (firstDealWeek < 0) {
      firstDealWeek = week;
    }
    counts.deals++;
    if (terms.keepsTariffs()) {
      counts.dealsKeepingTariffs++;
    }
    double promised = terms.demand(Issue.TRADE_DEFICIT) * m.tp.surplusCutDemand;
    int end = Math.max(m.setup.purchaseDeadlineWeek(), week + m.tp.purchaseMinWeeks);
    purchases =
        promised > 0
            ? new PurchaseCommitment(
                m.markets.get(Country.CN), week, end, promised, m.tp.purchaseCapacity)
            : null;
    counts.purchasesPromisedUsdBn += promised;
    String promise =
        purchases == null
            ? "no extra purchases"
            : String.format(
                Locale.ROOT,
                "China promises $%.0fB of extra purchases by %s%s",
                promised,
                m.timeline.date(end),
                purchases.deliverableUsdBn() < promised - 0.5
                    ? String.format(
                        Locale.ROOT,
                        " (its suppliers can deliver at most $%.0fB of it)",
                        purchases.deliverableUsdBn())
                    : "");
    m.timeline.add(
        week,
        Country.US,
        "CN",
        EventKind.DEAL,
        Double.NaN,
        Double.NaN,
        "Deal" + why + ": " + terms.describe() + "; " + promise);
    ratesBeforeDeal.clear();
    for (int k = 0; k < terms.agenda().size(); k++) {
      AgendaItem item = terms.agenda().items().get(k);
      Government g = m.governments.get(item.giver());
      double rate = terms.remainingRatePct(k);
      if (item.kind() == AgendaItem.Kind.TRANCHE) {
        Tranche t = g.tranche(item.label());
        ratesBeforeDeal.put(t, t.ratePct());
        g.setAgreedRate(t, rate);
      } else if (item.kind() == AgendaItem.Kind.THREAT && rate > 0) {
        g.holdInReserve(item.label());
      }
    }
    for (Country c : Country.values()) {
      Government g = m.governments.get(c);
      g.recordRollback(week);
      g.dropThreats();
      g.liftMeasures();
      observe(c.rival(), -m.tp.moveDeal, false);
      m.expectedWeeks.put(c, m.tp.dealWeeks);
    }
    m.liftDemandShocks();
  }

  /**
   * {@code scripted}: the scenario forced the escalation that breaks the deal (history, not a
   * choice).
   */
  void breakDeal(int week, Country breaker, String reason, boolean scripted) {
    accord = Accord.NONE;
    counts.dealsBroken++;
    if (!scripted) {
      counts.reneging++; // one side accuses the other of breaking what was agreed
    }
    if (purchases != null && !purchases.stopped()) {
      purchases.stop(m.markets.get(Country.CN));
    }
    m.timeline.add(
        week,
        breaker,
        breaker.rival().name(),
        EventKind.COMMITMENT_BROKEN,
        Double.NaN,
        Double.NaN,
        reason);
    for (Country c : Country.values()) {
      m.governments.get(c).restoreRates(week, ratesBeforeDeal);
      m.governments.get(c).reinstateReserve(week);
    }
    observe(breaker.rival(), m.tp.moveReneging, true);
    m.multiplyExpectations(m.tp.breakdownFactor);
    table.restart();
    lastOutcome = RoundResult.Outcome.BREAKDOWN;
    awaitingResumption = true;
    if (!scripted) {
      m.governments.get(breaker.rival()).provoke();
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Purchases (ordering 3, before the governments decide)

  void purchases(int week) {
    if (purchases == null || !dealInForce()) {
      return;
    }
    var chinaImports = m.markets.get(Country.CN);
    if (purchases.quarterEnds(week)) {
      double share = purchases.quarterShare();
      m.timeline.add(
          week,
          Country.CN,
          "US",
          share >= 0.999 ? EventKind.COMMITMENT_HONOURED : EventKind.COMMITMENT_SHORTFALL,
          purchases.orderedUsdBn(),
          100 * share,
          String.format(
              Locale.ROOT,
              "China buys %.0f%% of the quarter's promised purchases; %s of the %s" + " due so far",
              100 * share,
              Wording.usd(purchases.orderedUsdBn()),
              Wording.usd(purchases.dueUsdBn())));
      // The US reads the shortfall: its grievance rises with the share not bought.
      observe(Country.US, m.tp.shortfallGrievance * (1 - share), false);
    }
    if (purchases.quarterStarts(week)) {
      purchases.drawShare(m.random, m.tp.purchaseRealisationMean, m.tp.purchaseRealisationSd);
    }
    double before = purchases.orderedUsdBn();
    counts.purchasesShortfallUsdBn += purchases.order(chinaImports, week);
    counts.purchasesOrderedUsdBn += purchases.orderedUsdBn() - before;
  }

  /** Promised purchases this week that cost China (they displace cheaper sources), USD bn. */
  double purchaseCostUsdBn() {
    return purchases == null
        ? 0
        : m.tp.purchaseCostShare * m.markets.get(Country.CN).purchasesArriving();
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  private static String render(OfferRecord o) {
    String worth = Wording.utility(o.worthToReceiver());
    String aim = Wording.utility(o.receiverAim());
    if (worth.equals(aim) && o.worthToReceiver() < o.receiverAim()) {
      // Two decimals would hide why it was rejected: show the third.
      worth = String.format(Locale.ROOT, "%.3f", o.worthToReceiver());
      aim = String.format(Locale.ROOT, "%.3f", o.receiverAim());
    }
    return o.proposer()
        + " ("
        + o.speaker()
        + ") offers: "
        + o.terms().describe()
        + ". "
        + o.receiver()
        + (o.accepted() ? " accepts" : " rejects")
        + " (it is worth "
        + worth
        + " to "
        + o.receiver()
        + ", which aims for "
        + aim
        + (!o.accepted() && o.worthToReceiver() >= o.receiverAim()
            ? "; a call cannot close a deal"
            : "")
        + ").";
  }

  private static String describe(RoundResult r) {
    return switch (r.outcome()) {
      case DEAL -> "a deal is reached";
      case PROGRESS -> "the other side's offer improves: the sides move closer";
      case STALL -> "no movement";
      case BREAKDOWN ->
          r.breakdown() == RoundResult.Breakdown.RENEGING
              ? r.accuser().label()
                  + " says "
                  + r.accuser().rival().named()
                  + " has gone back on its offer"
              : r.accuser().label() + " walks out";
    };
  }

  /**
   * Who heads each side at the meeting: "Donald Trump and Xi Jinping" at a summit, the leads
   * otherwise ("Steven Mnuchin and Liu He"); each offer names the member who made it.
   */
  private String speakers(TalkForm form) {
    return form == TalkForm.SUMMIT
        ? m.delegations.get(Country.US).head().profile().name()
            + " and "
            + m.delegations.get(Country.CN).head().profile().name()
        : m.delegations.get(Country.US).lead().profile().name()
            + " and "
            + m.delegations.get(Country.CN).lead().profile().name();
  }

  private static EventKind kind(TalkForm form) {
    return switch (form) {
      case CALL -> EventKind.CALL;
      case ROUND -> EventKind.TALKS;
      case SUMMIT -> EventKind.SUMMIT;
    };
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code side}'s negotiators read a move of the other side (escalation +, concession -). */
  private void observe(Country side, double move, boolean brokeCommitment) {
    for (Negotiator n : m.delegations.get(side).members()) {
      n.observeMove(move, brokeCommitment, m.stanceParameters);
    }
  }
}
