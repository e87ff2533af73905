package org.tradewar.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tradewar.model.negotiation.RoundResult;
import org.tradewar.model.negotiation.TalkForm;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Adapter: holds the week's meeting, if any (a scenario's, one due by the calibrated cadence, or one a
 * government requests before a deadline), and turns its result into a deal, a truce, progress or a
 * breakdown.
 */
final class TalksAgent implements Steppable {
  private static final long serialVersionUID = 1L;

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    Diplomacy d = m.diplomacy;
    int week = m.week();
    TalkForm form = d.scriptedMeeting;
    if (form == null && d.disputeStarted && !d.dealInForce()) {
      int deadline = NegotiatorAgent.nearestDeadline(m);
      if (week - d.lastMeetingWeek >= Math.round(m.tp.cadenceWeeks)) {
        form = TalkForm.ROUND;
      } else if (deadline >= 0 && deadline - week <= 1 && week - d.lastMeetingWeek >= 2) {
        form = TalkForm.ROUND; // requested ahead of a deadline
      }
    }
    if (form == null || d.dealInForce()) {
      return;
    }
    meet(m, week, form);
  }

  private static void meet(TradeWarModel m, int week, TalkForm form) {
    Diplomacy d = m.diplomacy;
    d.lastMeetingWeek = week;
    d.meetings++;
    Map<Country, Double> pain = new EnumMap<>(Country.class);
    pain.putAll(m.pain);
    int deadline = NegotiatorAgent.nearestDeadline(m);
    Country opener = d.meetings % 2 == 1 ? Country.US : Country.CN;
    RoundResult r = m.table.meet(week, form, m.delegations, pain, deadline, opener);
    EventKind kind = switch (form) {
      case CALL -> EventKind.CALL;
      case ROUND -> EventKind.TALKS;
      case SUMMIT -> EventKind.SUMMIT;
    };
    String lead = form == TalkForm.SUMMIT
        ? m.delegations.get(Country.US).head().profile().name() + " and "
            + m.delegations.get(Country.CN).head().profile().name()
        : m.delegations.get(Country.US).lead().profile().name() + " and "
            + m.delegations.get(Country.CN).lead().profile().name();
    m.timeline.add(week, Country.US, "CN", kind, Double.NaN, Double.NaN, String.format(Locale.ROOT,
        "%s %d (%s): %s", capital(form.label()), d.meetings, lead, describe(r.outcome())));
    for (String line : r.lines()) {
      // Each line starts with the proposer ("US (Steven Mnuchin) offers ...").
      Country proposer = line.startsWith("CN") ? Country.CN : Country.US;
      m.timeline.add(week, proposer, proposer.rival().name(), EventKind.OFFER, Double.NaN, Double.NaN, line);
    }
    d.lastOutcome = r.outcome();
    switch (r.outcome()) {
      case DEAL -> m.applyDeal(week, r.agreement());
      case PROGRESS -> {
        m.multiplyExpectations(m.tp.progressFactor);
        maybeTruce(m, week, form);
      }
      case STALL -> {
        if (form == TalkForm.SUMMIT) {
          maybeTruce(m, week, form);
        }
      }
      case BREAKDOWN -> {
        m.multiplyExpectations(m.tp.breakdownFactor);
        m.timeline.add(week, null, "", EventKind.BREAKDOWN, Double.NaN, Double.NaN,
            "The talks break down: each side says the other moved backwards");
        if (d.truce()) {
          d.accord = Diplomacy.Accord.NONE;
          d.lastTruceEndedWeek = week;
        }
        for (Country c : Country.values()) {
          for (var n : m.delegations.get(c).members()) {
            n.observeMove(0.5, false);
          }
        }
      }
    }
  }

  /** A truce when talks move while a deadline looms (or leaders meet), and neither side is hawkish. */
  private static void maybeTruce(TradeWarModel m, int week, TalkForm form) {
    Diplomacy d = m.diplomacy;
    if (d.accordInForce()) {
      return;
    }
    int deadline = NegotiatorAgent.nearestDeadline(m);
    boolean looming = deadline >= 0 && deadline - week <= 4;
    double threshold = m.tp.truceThreshold + (form == TalkForm.SUMMIT ? 0.1 : 0);
    boolean calm = m.stance(Country.US) < threshold && m.stance(Country.CN) < threshold;
    // Truces do not chain: after one ends, threats get their day before another can be agreed.
    boolean cooledOff = week - d.lastTruceEndedWeek >= m.tp.truceWeeks;
    if ((looming || form == TalkForm.SUMMIT) && calm && cooledOff && d.disputeStarted) {
      m.startTruce(week, form == TalkForm.SUMMIT ? "agreed at the leaders' summit" : "to give talks time");
    }
  }

  private static String describe(RoundResult.Outcome o) {
    return switch (o) {
      case DEAL -> "a deal is reached";
      case PROGRESS -> "the sides move closer";
      case STALL -> "no movement";
      case BREAKDOWN -> "the talks break down";
    };
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
