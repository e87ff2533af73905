package org.tradewar.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.negotiation.Issue;
import org.tradewar.model.negotiation.IssueWeights;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Adapter: places the scenario's exogenous events on their weeks (first in each week). */
final class ScenarioEventsAgent implements Steppable {
  private static final long serialVersionUID = 1L;
  private final transient List<ScriptedEvent> events;
  private int next;

  ScenarioEventsAgent(List<ScriptedEvent> events) {
    List<ScriptedEvent> sorted = new ArrayList<>(events);
    sorted.sort((a, b) -> Integer.compare(a.week(), b.week())); // stable: file order within a week
    this.events = sorted;
  }

  @Override
  public void step(SimState state) {
    TradeWarModel m = (TradeWarModel) state;
    int week = m.week();
    m.diplomacy.scriptedMeeting = null;
    while (next < events.size() && events.get(next).week() <= week) {
      apply(m, week, events.get(next++));
    }
  }

  private static void apply(TradeWarModel m, int week, ScriptedEvent e) {
    Government g = e.actor() == null ? null : m.governments.get(e.actor());
    int lead = m.tp.threatLeadWeeks;
    if (m.diplomacy.dealInForce() && escalates(e.type())) {
      // History overrides the agents: escalating under a deal in force breaks it.
      m.breakDeal(week, e.actor(), true);
    }
    switch (e.type()) {
      case THREAT -> {
        Tranche existing = g.tranche(e.label());
        int deadline = e.deadlineWeek() != null ? e.deadlineWeek() : week + lead;
        if (existing != null) {
          g.threaten(week, new Threat(e.actor(), e.label(), existing.coveredUsdBn(),
              existing.coveredUsdBn(), e.ratePct(), existing, deadline, false));
        } else {
          double implement = Double.isNaN(e.share()) ? e.coverageUsdBn() : e.share() * e.coverageUsdBn();
          g.threaten(week, new Threat(e.actor(), e.label(), e.coverageUsdBn(), implement,
              e.ratePct(), null, deadline, false));
        }
      }
      case TARIFF -> g.impose(week, e.label(), e.coverageUsdBn(), e.ratePct(), e.sectors(), e.stack(),
          e.actor() == Country.CN ? EventKind.RETALIATION : EventKind.TARIFF);
      case RAISE -> {
        Tranche t = e.label() != null ? g.tranche(e.label()) : g.latestTranche();
        if (t != null) {
          g.raise(week, t, e.ratePct());
        } else {
          m.timeline.add(week, e.actor(), EventKind.NOTE, "(scenario) no tranche '" + e.label()
              + "' to raise yet: the event is skipped");
        }
      }
      case ROLLBACK -> g.rollBack(week, Double.isNaN(e.share()) ? 1.0 : e.share(), false);
      case TALKS -> m.diplomacy.scriptedMeeting = e.form();
      case TRUCE -> {
        if (m.diplomacy.dealInForce()) {
          m.timeline.add(week, null, EventKind.NOTE, "(scenario) a truce is scheduled, but a deal is"
              + " already in force: the truce is not needed");
          return;
        }
        m.startTruce(week, e.note() == null ? "" : e.note());
        if (e.deadlineWeek() != null) {
          m.diplomacy.truceEndWeek = e.deadlineWeek();
        }
      }
      case DEAL -> {
        if (m.diplomacy.dealInForce()) {
          return; // already agreed by the agents
        }
        double rollback = Double.isNaN(e.share()) ? 0.5 : e.share();
        double purchases = Double.isNaN(e.coverageUsdBn()) ? 0 : e.coverageUsdBn();
        m.applyDeal(week, scriptedTerms(m, rollback, purchases));
      }
      case BREAKDOWN -> {
        m.diplomacy.lastOutcome = org.tradewar.model.negotiation.RoundResult.Outcome.BREAKDOWN;
        if (m.diplomacy.dealInForce()) {
          m.breakDeal(week, e.actor() == null ? Country.US : e.actor());
        } else {
          if (m.diplomacy.truce()) {
            m.diplomacy.lastTruceEndedWeek = week;
          }
          m.diplomacy.accord = Diplomacy.Accord.NONE;
          m.multiplyExpectations(m.tp.breakdownFactor);
          m.timeline.add(week, e.actor(), EventKind.BREAKDOWN, "Talks break down"
              + (e.note() == null ? "" : ": " + e.note()));
          for (Country c : Country.values()) {
            for (var n : m.delegations.get(c).members()) {
              n.observeMove(0.5, false);
            }
          }
        }
      }
      case SANCTION -> g.sanction(week, e.target(), e.note());
      case NON_TARIFF -> g.applyMeasure(week, NonTariffMeasure.parse(e.measure()), e.target());
      case DEADLINE, NOTE -> m.timeline.add(week, e.actor(), e.type() == ScriptedEvent.Type.NOTE
          ? EventKind.NOTE : EventKind.DEADLINE, e.note());
    }
  }

  private static boolean escalates(ScriptedEvent.Type t) {
    return switch (t) {
      case THREAT, TARIFF, RAISE, SANCTION, NON_TARIFF -> true;
      default -> false;
    };
  }

  /** A deal a scenario imposes: the stated roll-back and purchases, the other issues half-way. */
  private static org.tradewar.model.negotiation.Offer scriptedTerms(TradeWarModel m, double rollback,
      double purchasesUsdBn) {
    double[] x = new double[Issue.values().length];
    java.util.Arrays.fill(x, 0.5);
    x[Issue.TARIFFS.ordinal()] = rollback;
    x[Issue.TRADE_DEFICIT.ordinal()] = m.tp.surplusCutDemand > 0
        ? Math.min(1, purchasesUsdBn / m.tp.surplusCutDemand) : 0;
    return IssueWeights.offerOf(x);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
