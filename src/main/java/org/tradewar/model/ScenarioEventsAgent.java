package org.tradewar.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradewar.model.economy.Tranche;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;
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
    m.negotiations.clearSchedule();
    while (next < events.size() && events.get(next).week() <= week) {
      ScriptedEvent e = events.get(next++);
      m.timeline.dated(e.date());
      try {
        apply(m, week, e);
      } finally {
        m.timeline.undated();
      }
    }
  }

  private static void apply(TradeWarModel m, int week, ScriptedEvent e) {
    Government g = e.actor() == null ? null : m.governments.get(e.actor());
    int lead = m.tp.threatLeadWeeks;
    if (m.negotiations.dealInForce() && e.type().escalates()) {
      // History overrides the agents: escalating under a deal in force breaks it.
      m.negotiations.breakDeal(
          week,
          e.actor(),
          e.actor().label()
              + " escalates although a deal is in"
              + " force (a scenario event): the deal is broken and the tariffs it cut are restored",
          true);
    }
    // A switch expression: a new type without a case here does not compile.
    Runnable action =
        switch (e.type()) {
          case THREAT ->
              () -> {
                Tranche existing = g.tranche(e.label());
                int deadline = e.deadlineWeek() != null ? e.deadlineWeek() : week + lead;
                if (existing != null) {
                  g.threaten(
                      week,
                      new Threat(
                          e.actor(),
                          e.label(),
                          existing.coveredUsdBn(),
                          existing.coveredUsdBn(),
                          e.ratePct(),
                          existing,
                          deadline,
                          false));
                } else {
                  double implement =
                      Double.isNaN(e.share()) ? e.coverageUsdBn() : e.share() * e.coverageUsdBn();
                  g.threaten(
                      week,
                      new Threat(
                          e.actor(),
                          e.label(),
                          e.coverageUsdBn(),
                          implement,
                          e.ratePct(),
                          null,
                          deadline,
                          false));
                }
              };
          case TARIFF ->
              () -> {
                if (e.answers() != null) {
                  answer(m, g, week, e);
                } else {
                  g.impose(
                      week,
                      e.label(),
                      e.coverageUsdBn(),
                      e.ratePct(),
                      e.sectors(),
                      e.stack(),
                      e.actor() == Country.CN ? EventKind.RETALIATION : EventKind.TARIFF);
                }
              };
          case RAISE ->
              () -> {
                Tranche t = e.label() != null ? g.tranche(e.label()) : g.latestTranche();
                if (t != null) {
                  g.raise(week, t, e.ratePct());
                } else {
                  m.timeline.add(
                      week,
                      e.actor(),
                      EventKind.NOTE,
                      "(scenario) no tranche '"
                          + e.label()
                          + "' to raise yet: the event is skipped");
                }
              };
          case ROLLBACK -> () -> g.rollBack(week, Double.isNaN(e.share()) ? 1.0 : e.share());
          case CUT ->
              () -> {
                Tranche t = g.tranche(e.label());
                if (t != null) {
                  g.cut(week, t, e.ratePct(), e.sectors(), e.note());
                } else {
                  m.timeline.add(
                      week,
                      e.actor(),
                      EventKind.NOTE,
                      "(scenario) no tranche '" + e.label() + "' to cut: the event is skipped");
                }
              };
          case RELIEF ->
              () -> {
                m.setReliefShare(e.actor(), e.share());
                m.timeline.add(
                    week,
                    e.actor(),
                    EventKind.NOTE,
                    e.share() > 0
                        ? String.format(
                            Locale.ROOT,
                            "%s pays its farmers %d%% of the exports they lose as farm support%s",
                            e.actor().label(),
                            Math.round(100 * e.share()),
                            e.note() == null ? "" : " (" + e.note() + ")")
                        : e.actor().label() + " ends its farm support");
              };
          case TALKS -> () -> m.negotiations.schedule(e.form(), e.date(), e.note(), e.place());
          case TRUCE ->
              () ->
                  m.negotiations.startTruce(
                      week,
                      e.note() == null ? "" : e.note(),
                      e.deadlineWeek() != null ? e.deadlineWeek() : -1);
          case DEAL ->
              () ->
                  m.negotiations.scriptedDeal(
                      week,
                      Double.isNaN(e.share()) ? 0.5 : e.share(),
                      Double.isNaN(e.coverageUsdBn()) ? 0 : e.coverageUsdBn());
          case BREAKDOWN -> () -> m.negotiations.scriptedBreakdown(week, e.actor(), e.note());
          case SANCTION -> () -> g.sanction(week, e.target(), e.note());
          case NON_TARIFF ->
              () -> g.applyMeasure(week, NonTariffMeasure.parse(e.measure()), e.target());
          case DEADLINE, NOTE ->
              () ->
                  m.timeline.add(
                      week,
                      e.actor(),
                      e.type() == ScriptedEvent.Type.NOTE ? EventKind.NOTE : EventKind.DEADLINE,
                      e.note());
        };
    action.run();
  }

  /**
   * A scripted answer to a rival tranche: the rule China's government follows (the retaliation
   * ratio of the rival's coverage, capped by what is left to tax), at the event's rate or the
   * rival's.
   */
  private static void answer(TradeWarModel m, Government g, int week, ScriptedEvent e) {
    Tranche rival = m.governments.get(e.actor().rival()).tranche(e.answers());
    if (rival == null) {
      m.timeline.add(
          week,
          e.actor(),
          EventKind.NOTE,
          "(scenario) no "
              + e.actor().rival().label()
              + " tranche '"
              + e.answers()
              + "' to answer yet: the event is skipped");
      return;
    }
    double cover = Math.min(m.tp.retaliationRatio * rival.coveredUsdBn(), g.room());
    double rate = Double.isNaN(e.ratePct()) ? rival.ratePct() : e.ratePct();
    g.impose(
        week,
        e.label(),
        cover,
        rate,
        e.sectors(),
        e.stack(),
        e.actor() == Country.CN ? EventKind.RETALIATION : EventKind.TARIFF);
  }
}
