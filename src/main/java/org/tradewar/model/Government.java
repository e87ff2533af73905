package org.tradewar.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.negotiation.Delegation;
import org.tradewar.model.negotiation.Strategy;

/**
 * A government: turns its delegation's stance into actions on the escalation ladder (MODEL.md
 * section 3): threaten, carry out or drop a threat at its deadline, raise a rate, retaliate,
 * non-tariff measures, roll back, keep or break commitments. Its tariffs act on its own imports.
 *
 * <p>Retaliation by tariff is capped by what the rival actually exports: China, importing a quarter of
 * what it sells to the US, runs out of goods to tax and turns to rates and non-tariff measures.
 */
final class Government {
  /** A rival's move this government may answer. */
  record Move(Kind kind, Threat threat, Tranche tranche, double coverageUsdBn, double ratePct) {
    enum Kind { THREAT, TARIFF, RAISE, NON_TARIFF }
  }

  private final TradeWarModel model;
  private final Country country;
  private final ImportMarket market;
  private final Delegation delegation;
  private final List<Rung> ladder;
  private int nextRung;
  private final List<Threat> pending = new ArrayList<>();
  private final Deque<Move> rivalMoves = new ArrayDeque<>();
  private final Map<String, Tranche> byLabel = new LinkedHashMap<>();
  private final Map<Tranche, Tranche> answerTo = new HashMap<>(); // rival tranche -> own answer
  private final Set<NonTariffMeasure> measuresTaken = EnumSet.noneOf(NonTariffMeasure.class);
  private int lastEscalationWeek = -1000;
  private boolean provoked; // the rival escalated since this government last climbed

  Government(TradeWarModel model, Country country, ImportMarket market, Delegation delegation,
      List<Rung> ladder) {
    this.model = model;
    this.country = country;
    this.market = market;
    this.delegation = delegation;
    this.ladder = List.copyOf(ladder);
  }

  Country country() {
    return country;
  }

  double stance() {
    return delegation.stance();
  }

  void observe(Move move) {
    rivalMoves.add(move);
  }

  // ------------------------------------------------------------------------------------------------
  // The weekly decision

  void decide(int week) {
    Diplomacy d = model.diplomacy;
    TradeWarParameters p = model.tp;
    if (d.dealInForce()) {
      keepOrBreakDeal(week);
    }
    answerRivalMoves(week);
    handleDeadlines(week);
    boolean free = week >= Math.max(p.startWeek, model.setup.autonomousFrom().getOrDefault(country, 0));
    boolean willing = provoked ? stance() >= retaliationThreshold()
        : stance() >= p.threatThreshold
            && d.lastOutcome != org.tradewar.model.negotiation.RoundResult.Outcome.PROGRESS;
    if (free && willing && !d.accordInForce() && pending.isEmpty() && nextRung < ladder.size()
        && week - lastEscalationWeek >= p.escalationGapWeeks) {
      provoked = false;
      climb(week);
    }
  }

  private void handleDeadlines(int week) {
    Diplomacy d = model.diplomacy;
    for (Threat t : new ArrayList<>(pending)) {
      if (t.deadlineWeek > week) {
        continue;
      }
      if (d.truce()) {
        t.deadlineWeek = d.truceEndWeek; // suspended while the truce lasts
        continue;
      }
      pending.remove(t);
      if (t.answers) {
        // A counter-threat is carried out only when the rival carries out its own.
        model.timeline.add(week, country, EventKind.DEADLINE, country.label()
            + " keeps its " + t.label + " in reserve: the threat it answered was not carried out");
        continue;
      }
      if (d.dealInForce()) {
        model.timeline.add(week, country, EventKind.DEADLINE, country.label()
            + " drops its threat on the " + t.label + " under the deal");
        continue;
      }
      if (stance() >= model.tp.implementThreshold) {
        carryOut(week, t);
      } else {
        model.timeline.add(week, country, EventKind.DEADLINE, country.label()
            + " lets the deadline on the " + t.label + " pass without acting");
        model.conceded(country, 0.5);
      }
    }
  }

  private double retaliationThreshold() {
    Strategy s = delegation.strategy();
    return s.retaliates() ? model.tp.retaliateThreshold : model.tp.retaliateThreshold + 0.25;
  }

  /**
   * Reciprocity. A government with a ladder of its own (the US) answers an escalation by climbing its
   * next rung sooner; one without (China) mirrors: a counter-threat to a threat, a retaliatory
   * tranche to a tranche, the same rate to a rate rise, and non-tariff measures when no US goods are
   * left to tax. Counter-threats are not answered again, so threats do not echo.
   */
  private void answerRivalMoves(int week) {
    while (!rivalMoves.isEmpty()) {
      Move m = rivalMoves.poll();
      if (stance() < retaliationThreshold() || model.diplomacy.dealInForce()) {
        continue;
      }
      if (!ladder.isEmpty()) {
        if (m.kind() != Move.Kind.THREAT) {
          provoked = true;
        }
        continue;
      }
      switch (m.kind()) {
        case THREAT -> {
          if (m.threat().answers) {
            break;
          }
          if (m.threat().raises != null) {
            // A threatened rate rise is answered by threatening the same rise on the answering tranche.
            Tranche own = answerTo.get(m.threat().raises);
            if (own != null && own.ratePct() < m.ratePct()) {
              threaten(week, new Threat(country, own.label(), own.coveredUsdBn(), own.coveredUsdBn(),
                  m.ratePct(), own, m.threat().deadlineWeek, true));
            }
            break;
          }
          double cover = Math.min(model.tp.retaliationRatio * m.coverageUsdBn(), room());
          if (cover >= 1.0) {
            Threat t = new Threat(country, "counter-list to the " + m.threat().label, cover, cover,
                m.ratePct(), null, m.threat().deadlineWeek, true);
            threaten(week, t);
          }
        }
        case TARIFF -> {
          Threat ready = null;
          for (Threat t : pending) {
            if (t.answers && t.raises == null) {
              ready = t;
              break;
            }
          }
          if (ready != null) {
            pending.remove(ready);
            Tranche own = carryOut(week, ready);
            if (own != null) {
              answerTo.put(m.tranche(), own);
            }
          } else {
            double cover = Math.min(model.tp.retaliationRatio * m.coverageUsdBn(), room());
            if (cover >= 1.0) {
              Tranche own = impose(week, "retaliation for the " + m.tranche().label(), cover,
                  m.ratePct(), null, EventKind.RETALIATION);
              answerTo.put(m.tranche(), own);
            } else {
              nonTariffAnswer(week);
            }
          }
        }
        case RAISE -> {
          Tranche own = answerTo.get(m.tranche());
          if (own == null && !byLabel.isEmpty()) {
            own = lastTranche();
          }
          if (own != null && own.ratePct() < m.ratePct()) {
            raise(week, own, m.ratePct());
          } else {
            nonTariffAnswer(week);
          }
        }
        case NON_TARIFF -> {
          if (room() < 1.0) {
            nonTariffAnswer(week);
          }
        }
      }
    }
  }

  /** What is left of the rival's exports to tax, USD bn per year. */
  double room() {
    return market.uncoveredUsdBn();
  }

  private Tranche lastTranche() {
    Tranche last = null;
    for (Tranche t : byLabel.values()) {
      last = t;
    }
    return last;
  }

  private void nonTariffAnswer(int week) {
    for (NonTariffMeasure m : NonTariffMeasure.values()) {
      if (m.typicalActor() == country && !measuresTaken.contains(m)) {
        applyMeasure(week, m, null);
        return;
      }
    }
  }

  private void climb(int week) {
    Rung r = ladder.get(nextRung++);
    if (r.kind() == Rung.Kind.RAISE) {
      Tranche t = byLabel.get(r.label());
      if (t == null || t.ratePct() >= r.ratePct()) {
        return; // nothing to raise (the tranche was never imposed, or is already there): next rung later
      }
    }
    lastEscalationWeek = week;
    int deadline = week + model.tp.threatLeadWeeks;
    switch (r.kind()) {
      case NEW_TRANCHE -> threaten(week, new Threat(country, r.label(), r.coverageUsdBn(),
          r.implementUsdBn(), r.ratePct(), null, deadline, false));
      case RAISE -> {
        Tranche t = byLabel.get(r.label());
        threaten(week, new Threat(country, r.label(), t.coveredUsdBn(), t.coveredUsdBn(),
            r.ratePct(), t, deadline, false));
      }
      case NON_TARIFF -> applyMeasure(week, NonTariffMeasure.valueOf(r.measure()), null);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Actions (also used by scripted events)

  void threaten(int week, Threat t) {
    pending.removeIf(old -> old.label.equals(t.label));
    pending.add(t);
    String what = t.raises != null
        ? String.format(Locale.ROOT, "threatens to raise the tariff on the %s from %s%% to %s%%",
            t.label, pct(t.raises.ratePct()), pct(t.ratePct))
        : String.format(Locale.ROOT, "threatens %s%% tariffs on %s of %s goods (the %s)",
            pct(t.ratePct), usd(t.coverageUsdBn), adjective(country.rival()), t.label);
    model.timeline.add(week, country, country.rival().name(), EventKind.THREAT, t.coverageUsdBn,
        t.ratePct, country.label() + " " + what + ", deadline " + model.timeline.date(t.deadlineWeek));
    model.escalated(country, new Move(Move.Kind.THREAT, t, null, t.coverageUsdBn, t.ratePct), 0.5);
  }

  /** Carries out a threat: a new tranche, or the rate rise. */
  Tranche carryOut(int week, Threat t) {
    if (t.raises != null) {
      raise(week, t.raises, t.ratePct);
      return t.raises;
    }
    double cover = t.implementUsdBn;
    Tranche done = impose(week, t.label, cover, t.ratePct, null,
        t.answers ? EventKind.RETALIATION : EventKind.TARIFF);
    if (cover < t.coverageUsdBn - 0.5) {
      model.timeline.add(week, country, EventKind.NOTE, String.format(Locale.ROOT,
          "%s carries out %s of the %s it threatened; the rest stays on the table",
          country.label(), usd(cover), usd(t.coverageUsdBn)));
    }
    return done;
  }

  Tranche impose(int week, String label, double coverageUsdBn, double ratePct, Set<String> sectors,
      EventKind kind) {
    return impose(week, label, coverageUsdBn, ratePct, sectors, false, kind);
  }

  /** Imposes a tranche; {@code stack} lets it cover goods other tranches already tax. */
  Tranche impose(int week, String label, double coverageUsdBn, double ratePct, Set<String> sectors,
      boolean stack, EventKind kind) {
    Tranche existing = byLabel.get(label);
    if (existing != null) {
      if (existing.ratePct() != ratePct) {
        raise(week, existing, ratePct);
      }
      return existing;
    }
    pending.removeIf(t -> t.label.equals(label) && t.raises == null);
    advanceLadderPast(Rung.Kind.NEW_TRANCHE, label);
    double room = stack ? Double.POSITIVE_INFINITY : market.uncoveredUsdBn();
    Tranche t = market.impose(label, coverageUsdBn, ratePct, sectors, stack, week);
    byLabel.put(label, t);
    lastEscalationWeek = week;
    String capped = "";
    if (!Double.isInfinite(coverageUsdBn) && t.coveredUsdBn() < coverageUsdBn - 0.5) {
      capped = room < coverageUsdBn - 0.5 && sectors == null
          ? String.format(Locale.ROOT, " (only %s of %s goods was left to tax)", usd(room),
              adjective(country.rival()))
          : String.format(Locale.ROOT, " (%s of the %s asked: tranches cover whole importing firms)",
              usd(t.coveredUsdBn()), usd(coverageUsdBn));
    }
    model.timeline.add(week, country, country.rival().name(), kind, t.coveredUsdBn(), ratePct,
        String.format(Locale.ROOT, "%s imposes %s%% tariffs on %s of %s goods (the %s)%s",
            country.label(), pct(ratePct), usd(t.coveredUsdBn()), adjective(country.rival()), label, capped));
    model.escalated(country, new Move(Move.Kind.TARIFF, null, t, t.coveredUsdBn(), ratePct), 1.0);
    if (t.coveredUsdBn() < 1.0) {
      nonTariffAnswer(week);
    }
    return t;
  }

  void raise(int week, Tranche t, double toRatePct) {
    double from = t.ratePct();
    pending.removeIf(th -> th.raises == t);
    if (toRatePct <= from) {
      return;
    }
    advanceLadderPast(Rung.Kind.RAISE, t.label());
    market.setRate(t, toRatePct);
    lastEscalationWeek = week;
    model.timeline.add(week, country, country.rival().name(), EventKind.RAISE, t.coveredUsdBn(),
        toRatePct, String.format(Locale.ROOT, "%s raises the tariff on the %s (%s) from %s%% to %s%%",
            country.label(), t.label(), usd(t.coveredUsdBn()), pct(from), pct(toRatePct)));
    model.escalated(country, new Move(Move.Kind.RAISE, null, t, t.coveredUsdBn(), toRatePct), 1.0);
  }

  /** Rolls back a share of every trade-war tariff this government imposed. */
  void rollBack(int week, double share, boolean remember) {
    if (share <= 0 || byLabel.isEmpty()) {
      return;
    }
    for (Tranche t : byLabel.values()) {
      if (remember) {
        model.diplomacy.ratesBeforeDeal.putIfAbsent(t, t.ratePct());
      }
      market.setRate(t, t.ratePct() * (1 - share));
    }
    pending.clear();
    model.timeline.add(week, country, country.rival().name(), EventKind.ROLLBACK, Double.NaN,
        Double.NaN, String.format(Locale.ROOT, "%s rolls back %d%% of its trade-war tariffs",
            country.label(), Math.round(100 * share)));
  }

  void restoreRates(int week) {
    for (Tranche t : byLabel.values()) {
      Double before = model.diplomacy.ratesBeforeDeal.get(t);
      if (before != null && before > t.ratePct()) {
        market.setRate(t, before);
      }
    }
  }

  void applyMeasure(int week, NonTariffMeasure m, String target) {
    measuresTaken.add(m);
    lastEscalationWeek = week;
    advanceLadderPast(Rung.Kind.NON_TARIFF, m.name());
    Country victim = country.rival();
    if (m.sector() != null) {
      // The measure cuts the trade the victim depends on: China's rare earths into the US (US
      // imports), or China's purchases of US soybeans (China's imports).
      Country importer = m == NonTariffMeasure.RARE_EARTHS ? victim : country;
      model.markets.get(importer).setDemandFactor(m.sector(), m.demandFactor());
    }
    model.addNonTariffPain(victim);
    String on = target == null || target.isBlank() ? "" : " (" + target + ")";
    model.timeline.add(week, country, target == null ? victim.name() : target, EventKind.NON_TARIFF,
        Double.NaN, Double.NaN, country.label() + " " + m.description() + on);
    model.escalated(country, new Move(Move.Kind.NON_TARIFF, null, null, 0, 0), 0.5);
  }

  void sanction(int week, String target, String note) {
    lastEscalationWeek = week;
    model.addNonTariffPain(country.rival());
    model.timeline.add(week, country, target, EventKind.SANCTION, Double.NaN, Double.NaN,
        country.label() + " sanctions " + target + (note == null || note.isBlank() ? "" : ": " + note));
    model.escalated(country, new Move(Move.Kind.NON_TARIFF, null, null, 0, 0), 0.5);
  }

  private void advanceLadderPast(Rung.Kind kind, String label) {
    for (int i = nextRung; i < ladder.size(); i++) {
      Rung r = ladder.get(i);
      if (r.kind() == kind && (label == null || label.equals(r.label()) || label.equals(r.measure()))) {
        nextRung = i + 1;
        return;
      }
    }
  }

  /** A deal lifts non-tariff measures: they can be used again if the war resumes. */
  void liftMeasures() {
    measuresTaken.clear();
  }

  /** Drops threats (a truce freezes escalation; a deal cancels them). */
  void dropThreats() {
    pending.clear();
  }

  boolean hasPendingThreats() {
    return !pending.isEmpty();
  }

  /** The earliest deadline of this government's threats, or -1. */
  int nextDeadline() {
    int best = -1;
    for (Threat t : pending) {
      if (best < 0 || t.deadlineWeek < best) {
        best = t.deadlineWeek;
      }
    }
    return best;
  }

  List<Threat> pendingThreats() {
    return pending;
  }

  Tranche tranche(String label) {
    return byLabel.get(label);
  }

  Tranche latestTranche() {
    return lastTranche();
  }

  // ------------------------------------------------------------------------------------------------
  // Deals

  private void keepOrBreakDeal(int week) {
    TradeWarParameters p = model.tp;
    double over = stance() - p.breakThreshold;
    if (over > 0 && model.random.nextDouble() < p.breakRate * over / (1 - p.breakThreshold + 1e-9)) {
      model.breakDeal(week, country);
    }
  }

  static String pct(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String usd(double bn) {
    if (Double.isInfinite(bn)) {
      return "all";
    }
    return "$" + (bn >= 10 ? String.valueOf(Math.round(bn)) : String.format(Locale.ROOT, "%.1f", bn)) + "B";
  }

  static String adjective(Country c) {
    return c == Country.US ? "US" : "Chinese";
  }
}
