package org.tradewar.model;

import static org.tradewar.model.negotiation.Wording.pct;
import static org.tradewar.model.negotiation.Wording.usd;

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
import org.tradewar.model.negotiation.RoundResult;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * A government: turns its delegation's stance into actions on the escalation ladder (docs/model.md
 * section 4.7): threaten, carry out or drop a threat at its deadline, raise a rate, retaliate,
 * non-tariff measures, roll back, keep or break commitments. Its tariffs act on its own imports.
 *
 * <p>Retaliation by tariff is capped by what the rival actually exports: China, importing a quarter
 * of what it sells to the US, runs out of goods to tax and turns to rates and non-tariff measures.
 */
final class Government {
  /** A rival's move this government may answer. */
  record Move(Kind kind, Threat threat, Tranche tranche, double coverageUsdBn, double ratePct) {
    enum Kind {
      THREAT,
      TARIFF,
      RAISE,
      NON_TARIFF
    }
  }

  /**
   * A tranche needs at least this much untaxed trade, USD bn a year (below it: nothing left to
   * tax).
   */
  static final double MIN_COVERAGE_USD_BN = 0.05;

  private final TradeWarModel model;
  private final Country country;
  private final ImportMarket market;
  private final Delegation delegation;
  private final List<Rung> ladder;
  private final Set<String>
      aim; // sectors this government's lists cover first (empty: in proportion)
  private int nextRung;
  private final List<Threat> pending = new ArrayList<>();
  private final Deque<Move> rivalMoves = new ArrayDeque<>();
  private final Map<String, Tranche> byLabel = new LinkedHashMap<>();
  private final Map<Tranche, Tranche> answerTo = new HashMap<>(); // rival tranche -> own answer
  private final Set<NonTariffMeasure> measuresTaken = EnumSet.noneOf(NonTariffMeasure.class);
  private final List<Threat> reserve = new ArrayList<>(); // threats a deal holds in reserve
  private final List<String> agreedChanges =
      new ArrayList<>(); // tranche changes of the deal being applied
  private int lastEscalationWeek = -1000;
  private boolean provoked; // the rival escalated since this government last climbed

  Government(
      TradeWarModel model,
      Country country,
      ImportMarket market,
      Delegation delegation,
      List<Rung> ladder,
      Set<String> aim) {
    this.model = model;
    this.country = country;
    this.market = market;
    this.delegation = delegation;
    this.ladder = List.copyOf(ladder);
    this.aim = Set.copyOf(aim);
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
    Seat seat = model.seat(country);
    Map<Seat.WeekMove, Runnable> options = options(week);
    Seat.WeekMove move =
        seat.week(
            new Seat.WeekView(
                week,
                country,
                List.copyOf(options.keySet()),
                model.pain(country),
                model.pain(country.rival()),
                model.accord(),
                model.nearestDeadline()));
    if (move.kind() != Seat.WeekMove.Kind.AGENTS_RULES) {
      decideAsSeat(week, move, options);
      return;
    }
    Negotiations d = model.negotiations;
    TradeWarParameters p = model.tp;
    answerRivalMoves(week);
    handleDeadlines(week, false);
    boolean free =
        week >= Math.max(p.startWeek, model.setup.autonomousFrom().getOrDefault(country, 0));
    boolean willing =
        provoked
            ? stance() >= retaliationThreshold()
            : stance() >= p.threatThreshold && d.lastOutcome() != RoundResult.Outcome.PROGRESS;
    if (free
        && willing
        && !d.accordInForce()
        && pending.isEmpty()
        && nextRung < ladder.size()
        && week - lastEscalationWeek >= p.escalationGapWeeks) {
      provoked = false;
      climb(week);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // A seat someone has taken: the moves the ladder allows this week, each with what it does

  /**
   * The person (or script) in the seat chose {@code move}: it is carried out; then threats at their
   * deadline that were not carried out lapse. The agents' reciprocity does not act for the seat.
   */
  private void decideAsSeat(int week, Seat.WeekMove move, Map<Seat.WeekMove, Runnable> options) {
    Runnable action = options.get(move);
    if (action == null) {
      throw new IllegalArgumentException("not a move the ladder allows this week: " + move.text());
    }
    rivalMoves.clear();
    provoked = false;
    action.run();
    handleDeadlines(week, true);
  }

  /**
   * Hold always; under no accord: the next threat (the US ladder's next rung; for China, an answer
   * to a US tranche not answered yet), carrying out a pending threat now, raising a tranche to the
   * ladder's top rate (China: the highest US rate); any time: cutting a tranche by half or lifting
   * it. Building the list changes nothing.
   */
  private Map<Seat.WeekMove, Runnable> options(int week) {
    Map<Seat.WeekMove, Runnable> out = new LinkedHashMap<>();
    out.put(Seat.WeekMove.HOLD, () -> {});
    if (!model.negotiations.accordInForce()) {
      threatOption(week, out);
      for (Threat t : pending) {
        out.put(
            new Seat.WeekMove(
                Seat.WeekMove.Kind.IMPOSE,
                t.label,
                t.ratePct,
                "carry out now the threat on the "
                    + t.label
                    + " ("
                    + pct(t.ratePct)
                    + "%, deadline "
                    + model.timeline.date(t.deadlineWeek)
                    + ")"),
            () -> {
              pending.remove(t);
              carryOut(week, t);
            });
      }
      double top =
          country == Country.US
              ? model.parameters.get("us.escalation.to_rate_pct")
              : model.governments.get(country.rival()).tranches().stream()
                  .mapToDouble(Tranche::ratePct)
                  .max()
                  .orElse(0);
      for (Tranche t : byLabel.values()) {
        if (top > t.ratePct() + 1e-9 && t.coveredUsdBn() > 0) {
          out.put(
              new Seat.WeekMove(
                  Seat.WeekMove.Kind.RAISE,
                  t.label(),
                  top,
                  "raise the tariff on the "
                      + t.label()
                      + " ("
                      + usd(t.coveredUsdBn())
                      + ") from "
                      + pct(t.ratePct())
                      + "% to "
                      + pct(top)
                      + "%"),
              () -> raise(week, t, top));
        }
      }
    }
    for (Tranche t : byLabel.values()) {
      if (t.ratePct() > 0) {
        double half = Math.floor(t.ratePct() / 2 / RATE_STEP_PCT) * RATE_STEP_PCT;
        for (double to : new double[] {half, 0}) {
          out.putIfAbsent(
              new Seat.WeekMove(
                  Seat.WeekMove.Kind.CUT,
                  t.label(),
                  to,
                  (to == 0
                      ? "lift the tariff on the " + t.label() + " (" + pct(t.ratePct()) + "%)"
                      : "cut the tariff on the "
                          + t.label()
                          + " from "
                          + pct(t.ratePct())
                          + "% to "
                          + pct(to)
                          + "%")),
              () -> cut(week, t, to, null, null));
        }
      }
    }
    return out;
  }

  /** Cuts a person chooses are in whole steps of this many points, as at the table. */
  private static final double RATE_STEP_PCT = 2.5;

  private void threatOption(int week, Map<Seat.WeekMove, Runnable> out) {
    boolean ownThreatPending = pending.stream().anyMatch(t -> !t.answers);
    if (!ladder.isEmpty()) {
      if (nextRung < ladder.size() && !ownThreatPending) {
        Rung r = ladder.get(nextRung);
        String text =
            switch (r.kind()) {
              case NEW_TRANCHE ->
                  "threaten "
                      + pct(r.ratePct())
                      + "% tariffs on "
                      + usd(r.coverageUsdBn())
                      + " of "
                      + adjective(country.rival())
                      + " goods (the "
                      + r.label()
                      + ")";
              case RAISE -> "threaten to raise the " + r.label() + " to " + pct(r.ratePct()) + "%";
              case NON_TARIFF ->
                  "take the next step: " + NonTariffMeasure.valueOf(r.measure()).description();
            };
        out.put(
            new Seat.WeekMove(
                Seat.WeekMove.Kind.THREATEN,
                r.label() == null ? r.measure() : r.label(),
                r.ratePct(),
                text),
            () -> climb(week));
      }
      return;
    }
    // No ladder of its own (China): a counter-threat to a US threat, or a threat answering a US
    // tranche it has not answered yet.
    for (Threat theirs : model.governments.get(country.rival()).pendingThreats()) {
      String label = TradeWarModel.answerLabels(theirs.label).get(0);
      double cover = Math.min(model.tp.retaliationRatio * theirs.coverageUsdBn, room());
      boolean threatened = pending.stream().anyMatch(t -> t.label.equals(label));
      if (!theirs.answers && theirs.raises == null && !threatened && cover >= 1.0) {
        double rate = theirs.ratePct;
        out.put(
            new Seat.WeekMove(
                Seat.WeekMove.Kind.THREATEN,
                label,
                rate,
                "threaten "
                    + pct(rate)
                    + "% tariffs on "
                    + usd(cover)
                    + " of US goods (the "
                    + label
                    + ")"),
            () ->
                threaten(
                    week,
                    new Threat(
                        country, label, cover, cover, rate, null, theirs.deadlineWeek, false)));
        return;
      }
    }
    for (Tranche rivals : model.governments.get(country.rival()).tranches()) {
      String label = TradeWarModel.answerLabels(rivals.label()).get(1);
      double cover = Math.min(model.tp.retaliationRatio * rivals.coveredUsdBn(), room());
      boolean threatened = pending.stream().anyMatch(t -> t.label.equals(label));
      if (rivals.ratePct() > 0 && !byLabel.containsKey(label) && !threatened && cover >= 1.0) {
        double rate = rivals.ratePct();
        out.put(
            new Seat.WeekMove(
                Seat.WeekMove.Kind.THREATEN,
                label,
                rate,
                "threaten "
                    + pct(rate)
                    + "% tariffs on "
                    + usd(cover)
                    + " of US goods (the "
                    + label
                    + ")"),
            () ->
                threaten(
                    week,
                    new Threat(
                        country,
                        label,
                        cover,
                        cover,
                        rate,
                        null,
                        week + model.tp.threatLeadWeeks,
                        false)));
        return;
      }
    }
  }

  /** {@code seatTaken}: a person decides; a threat not carried out by the deadline lapses. */
  private void handleDeadlines(int week, boolean seatTaken) {
    Negotiations d = model.negotiations;
    for (Threat t : new ArrayList<>(pending)) {
      if (t.deadlineWeek > week) {
        continue;
      }
      if (d.truce()) {
        t.deadlineWeek = d.truceEndWeek(); // suspended while the truce lasts
        continue;
      }
      pending.remove(t);
      if (t.answers) {
        // A counter-threat is carried out when the rival carries out its own, not at a deadline.
        model.timeline.add(
            week,
            country,
            EventKind.DEADLINE,
            country.label() + " drops its " + t.label + " at the deadline without imposing it");
        continue;
      }
      if (d.dealInForce()) {
        model.timeline.add(
            week,
            country,
            EventKind.DEADLINE,
            country.label() + " drops its threat on the " + t.label + " under the deal");
        continue;
      }
      // Audience costs (Fearon 1994): backing down from a public threat costs at home, so a
      // government carries one out at a softer stance than it would start a new one.
      if (!seatTaken && stance() >= model.tp.implementThreshold - model.tp.audienceCostStance) {
        carryOut(week, t);
      } else {
        model.timeline.add(
            week,
            country,
            EventKind.DEADLINE,
            country.label() + " lets the deadline on the " + t.label + " pass without acting");
        model.conceded(country, model.tp.moveDeadlinePassed);
      }
    }
  }

  private double retaliationThreshold() {
    Strategy s = delegation.strategy();
    return s.retaliates()
        ? model.tp.retaliateThreshold
        : model.tp.retaliateThreshold + model.tp.reluctantMargin;
  }

  /**
   * Reciprocity. A government with a ladder of its own (the US) answers an escalation by climbing
   * its next rung sooner; one without (China) mirrors: a counter-threat to a threat, a retaliatory
   * tranche to a tranche, the same rate to a rate rise, and non-tariff measures when no US goods
   * are left to tax. Counter-threats are not answered again, so threats do not echo.
   */
  private void answerRivalMoves(int week) {
    while (!rivalMoves.isEmpty()) {
      Move m = rivalMoves.poll();
      if (stance() < retaliationThreshold() || model.negotiations.dealInForce()) {
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
            // A threatened rate rise is answered by threatening the same rise on the answering
            // tranche.
            Tranche own = answerTo.get(m.threat().raises);
            if (own != null && own.ratePct() < m.ratePct()) {
              threaten(
                  week,
                  new Threat(
                      country,
                      own.label(),
                      own.coveredUsdBn(),
                      own.coveredUsdBn(),
                      m.ratePct(),
                      own,
                      m.threat().deadlineWeek,
                      true));
            }
            break;
          }
          double cover = Math.min(model.tp.retaliationRatio * m.coverageUsdBn(), room());
          if (cover >= 1.0) {
            Threat t =
                new Threat(
                    country,
                    TradeWarModel.answerLabels(m.threat().label).get(0),
                    cover,
                    cover,
                    m.ratePct(),
                    null,
                    m.threat().deadlineWeek,
                    true);
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
              Tranche own =
                  impose(
                      week,
                      TradeWarModel.answerLabels(m.tranche().label()).get(1),
                      cover,
                      m.ratePct(),
                      null,
                      EventKind.RETALIATION);
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
        return; // nothing to raise (the tranche was never imposed, or is already there): next rung
        // later
      }
    }
    lastEscalationWeek = week;
    int deadline = week + model.tp.threatLeadWeeks;
    switch (r.kind()) {
      case NEW_TRANCHE ->
          threaten(
              week,
              new Threat(
                  country,
                  r.label(),
                  r.coverageUsdBn(),
                  r.implementUsdBn(),
                  r.ratePct(),
                  null,
                  deadline,
                  false));
      case RAISE -> {
        Tranche t = byLabel.get(r.label());
        threaten(
            week,
            new Threat(
                country,
                r.label(),
                t.coveredUsdBn(),
                t.coveredUsdBn(),
                r.ratePct(),
                t,
                deadline,
                false));
      }
      case NON_TARIFF -> applyMeasure(week, NonTariffMeasure.valueOf(r.measure()), null);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Actions (also used by scripted events)

  void threaten(int week, Threat t) {
    if (!t.answers
        && t.raises == null
        && t.implementUsdBn >= market.uncoveredUsdBn() - 1.0
        && market.uncoveredUsdBn() >= 1.0) {
      model.threatsOnRemainingImports++;
      model.path.threatOnRest(week);
    }
    pending.removeIf(old -> old.label.equals(t.label));
    pending.add(t);
    String what =
        t.raises != null
            ? String.format(
                Locale.ROOT,
                "threatens to raise the tariff on the %s from %s%% to %s%%",
                t.label,
                pct(t.raises.ratePct()),
                pct(t.ratePct))
            : String.format(
                Locale.ROOT,
                "threatens %s%% tariffs on %s of %s goods (the %s)",
                pct(t.ratePct),
                usd(t.coverageUsdBn),
                adjective(country.rival()),
                t.label);
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        EventKind.THREAT,
        t.coverageUsdBn,
        t.ratePct,
        country.label() + " " + what + ", deadline " + model.timeline.date(t.deadlineWeek));
    model.escalated(
        country,
        new Move(Move.Kind.THREAT, t, null, t.coverageUsdBn, t.ratePct),
        model.tp.moveThreat);
  }

  /** Carries out a threat: a new tranche, or the rate rise. */
  Tranche carryOut(int week, Threat t) {
    if (t.raises != null) {
      raise(week, t.raises, t.ratePct);
      return t.raises;
    }
    double cover = t.implementUsdBn;
    Tranche done =
        impose(
            week,
            t.label,
            cover,
            t.ratePct,
            null,
            t.answers ? EventKind.RETALIATION : EventKind.TARIFF);
    if (cover < t.coverageUsdBn - 0.5) {
      model.timeline.add(
          week,
          country,
          EventKind.NOTE,
          String.format(
              Locale.ROOT,
              "%s carries out %s of the %s it threatened and drops the rest",
              country.label(),
              usd(cover),
              usd(t.coverageUsdBn)));
    }
    return done;
  }

  Tranche impose(
      int week,
      String label,
      double coverageUsdBn,
      double ratePct,
      Set<String> sectors,
      EventKind kind) {
    return impose(week, label, coverageUsdBn, ratePct, sectors, false, kind);
  }

  /** Imposes a tranche; {@code stack} lets it cover goods other tranches already tax. */
  Tranche impose(
      int week,
      String label,
      double coverageUsdBn,
      double ratePct,
      Set<String> sectors,
      boolean stack,
      EventKind kind) {
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
    if (room < MIN_COVERAGE_USD_BN) {
      model.timeline.add(
          week,
          country,
          EventKind.NOTE,
          String.format(
              Locale.ROOT,
              "%s has no %s goods left to tax: the %s is not imposed",
              country.label(),
              adjective(country.rival()),
              label));
      nonTariffAnswer(week);
      return null;
    }
    Tranche t =
        sectors != null && !sectors.isEmpty()
            ? market.impose(label, coverageUsdBn, ratePct, sectors, stack, week)
            : market.impose(
                label,
                coverageUsdBn,
                ratePct,
                aim.isEmpty() ? List.of() : List.of(aim),
                true,
                stack,
                week);
    byLabel.put(label, t);
    lastEscalationWeek = week;
    String capped = "";
    if (!Double.isInfinite(coverageUsdBn) && t.coveredUsdBn() < coverageUsdBn - 0.5) {
      capped =
          room < coverageUsdBn - 0.5 && sectors == null
              ? String.format(
                  Locale.ROOT,
                  " (only %s of %s goods was left to tax)",
                  usd(room),
                  adjective(country.rival()))
              : String.format(
                  Locale.ROOT,
                  " (%s of the %s asked: tranches cover whole importing firms)",
                  usd(t.coveredUsdBn()),
                  usd(coverageUsdBn));
    }
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        kind,
        t.coveredUsdBn(),
        ratePct,
        String.format(
            Locale.ROOT,
            "%s imposes %s%% tariffs on %s of %s goods (the %s)%s",
            country.label(),
            pct(ratePct),
            usd(t.coveredUsdBn()),
            adjective(country.rival()),
            label,
            capped));
    model.escalated(
        country,
        new Move(Move.Kind.TARIFF, null, t, t.coveredUsdBn(), ratePct),
        model.tp.moveTariff);
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
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        EventKind.RAISE,
        t.coveredUsdBn(),
        toRatePct,
        String.format(
            Locale.ROOT,
            "%s raises the tariff on the %s (%s) from %s%% to %s%%",
            country.label(),
            t.label(),
            usd(t.coveredUsdBn()),
            pct(from),
            pct(toRatePct)));
    model.escalated(
        country,
        new Move(Move.Kind.RAISE, null, t, t.coveredUsdBn(), toRatePct),
        model.tp.moveTariff);
  }

  /** A scenario rolls back a share of every trade-war tariff this government imposed. */
  void rollBack(int week, double share) {
    if (share <= 0 || byLabel.isEmpty()) {
      return;
    }
    for (Tranche t : byLabel.values()) {
      market.setRate(t, t.ratePct() * (1 - share));
    }
    pending.clear();
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        EventKind.ROLLBACK,
        Double.NaN,
        Double.NaN,
        String.format(
            Locale.ROOT,
            "%s rolls back %d%% of its trade-war tariffs",
            country.label(),
            Math.round(100 * share)));
    model.conceded(country, model.tp.moveTariff * share);
  }

  /**
   * A scenario cuts one tranche to a lower rate, keeping the others: on all its goods, or on the
   * goods of {@code sectors} only (a list that drops items).
   */
  void cut(int week, Tranche t, double toRatePct, Set<String> sectors, String note) {
    boolean some = sectors != null && !sectors.isEmpty();
    double from = some ? maxRate(t, sectors) : t.ratePct();
    if (toRatePct >= from) {
      model.timeline.add(
          week,
          country,
          EventKind.NOTE,
          String.format(
              Locale.ROOT,
              "(scenario) the %s is at %s%%%s: a cut to %s%% would not lower it, so the event is"
                  + " skipped",
              t.label(),
              pct(from),
              some ? " on " + String.join(", ", new java.util.TreeSet<>(sectors)) : "",
              pct(toRatePct)));
      return;
    }
    market.setRate(t, toRatePct, sectors);
    String what = some ? " on " + String.join(", ", new java.util.TreeSet<>(sectors)) : "";
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        EventKind.ROLLBACK,
        t.coveredUsdBn(),
        toRatePct,
        String.format(
            Locale.ROOT,
            "%s cuts the tariff on the %s (%s)%s from %s%% to %s%%%s",
            country.label(),
            t.label(),
            usd(t.coveredUsdBn()),
            what,
            pct(from),
            pct(toRatePct),
            note == null || note.isBlank() ? "" : " (" + note + ")"));
    double share = some ? sectorShare(t, sectors) : 1.0;
    model.conceded(
        country, model.tp.moveTariff * share * (from - toRatePct) / Math.max(from, 1e-9));
  }

  private double maxRate(Tranche t, Set<String> sectors) {
    double max = 0;
    for (String id : sectors) {
      max = Math.max(max, t.ratePct(market.sectorIndex(id)));
    }
    return max;
  }

  /** The share of a tranche's coverage that lies in {@code sectors}. */
  private double sectorShare(Tranche t, Set<String> sectors) {
    double in = 0;
    double all = 0;
    for (var s : market.sectors()) {
      double v = market.coveredShare(t, s.index()) * s.annualBaselineUsdBn();
      all += v;
      in += sectors.contains(s.id()) ? v : 0;
    }
    return all > 0 ? in / all : 0;
  }

  /**
   * Under a deal: a tranche goes to its agreed rate (the change is reported by {@link
   * #recordRollback}).
   */
  void setAgreedRate(Tranche t, double ratePct) {
    double from = t.ratePct();
    if (Math.abs(ratePct - from) < 1e-9) {
      agreedChanges.add("keeps the " + t.label() + " at " + pct(from) + "%");
      return;
    }
    market.setRate(t, ratePct);
    agreedChanges.add(
        ratePct < 1e-9
            ? "lifts the " + t.label() + " (" + pct(from) + "%)"
            : "cuts the " + t.label() + " from " + pct(from) + "% to " + pct(ratePct) + "%");
  }

  /** One transcript line for the tariff changes a deal made on this government's tranches. */
  void recordRollback(int week) {
    if (agreedChanges.isEmpty()) {
      return;
    }
    model.timeline.add(
        week,
        country,
        country.rival().name(),
        EventKind.ROLLBACK,
        Double.NaN,
        Double.NaN,
        "Under the deal, " + country.label() + " " + String.join(", ", agreedChanges));
    agreedChanges.clear();
  }

  /**
   * Under a deal: a threat the deal did not withdraw is held in reserve. If the deal breaks it
   * comes back as it was before the deal, as the tranches' rates do. Counter-threats are not held:
   * if the rival's threat comes back, reciprocity answers it again.
   */
  void holdInReserve(String label) {
    for (Threat t : pending) {
      if (t.label.equals(label) && !t.answers) {
        reserve.add(t);
        return;
      }
    }
  }

  /** A broken deal: the rates it cut come back. */
  void restoreRates(int week, Map<Tranche, Double> before) {
    List<String> back = new ArrayList<>();
    for (Tranche t : byLabel.values()) {
      Double rate = before.get(t);
      if (rate != null && rate > t.ratePct() + 1e-9) {
        back.add(t.label() + " to " + pct(rate) + "%");
        market.setRate(t, rate);
      }
    }
    if (!back.isEmpty()) {
      model.timeline.add(
          week,
          country,
          country.rival().name(),
          country == Country.CN ? EventKind.RETALIATION : EventKind.RAISE,
          Double.NaN,
          Double.NaN,
          country.label() + " restores the tariffs the deal cut: " + String.join(", ", back));
    }
  }

  /** A broken deal: threats held in reserve are on the table again, with a new deadline. */
  void reinstateReserve(int week) {
    for (Threat t : reserve) {
      t.deadlineWeek = week + model.tp.threatLeadWeeks;
      threaten(week, t);
    }
    reserve.clear();
  }

  /**
   * The other side reneged or broke off: the ladder answers. A government with a ladder climbs its
   * next rung sooner; one without (China) answers with a non-tariff measure, if hawkish enough.
   */
  void provoke() {
    if (stance() < retaliationThreshold()) {
      return;
    }
    if (!ladder.isEmpty()) {
      provoked = true;
    } else {
      nonTariffAnswer(model.week());
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
    model.timeline.add(
        week,
        country,
        target == null ? victim.name() : target,
        EventKind.NON_TARIFF,
        Double.NaN,
        Double.NaN,
        country.label() + " " + m.description() + on);
    model.timeline.labelLast(m.shortName());
    model.escalated(
        country, new Move(Move.Kind.NON_TARIFF, null, null, 0, 0), model.tp.moveNonTariff);
  }

  void sanction(int week, String target, String note) {
    lastEscalationWeek = week;
    model.addNonTariffPain(country.rival());
    model.timeline.add(
        week,
        country,
        target,
        EventKind.SANCTION,
        Double.NaN,
        Double.NaN,
        country.label()
            + " sanctions "
            + target
            + (note == null || note.isBlank() ? "" : ": " + note));
    model.escalated(
        country, new Move(Move.Kind.NON_TARIFF, null, null, 0, 0), model.tp.moveNonTariff);
  }

  private void advanceLadderPast(Rung.Kind kind, String label) {
    for (int i = nextRung; i < ladder.size(); i++) {
      Rung r = ladder.get(i);
      if (r.kind() == kind
          && (label == null || label.equals(r.label()) || label.equals(r.measure()))) {
        nextRung = i + 1;
        return;
      }
    }
  }

  List<Tranche> tranches() {
    return List.copyOf(byLabel.values());
  }

  /** A deal lifts non-tariff measures: they can be used again if the war resumes. */
  void liftMeasures() {
    measuresTaken.clear();
  }

  /**
   * Drops threats (a deal cancels them or holds them in reserve). The ladder steps back to the
   * earliest dropped rung, so that if the war resumes the same threat can be made again.
   */
  void dropThreats() {
    for (Threat t : pending) {
      for (int i = 0; i < nextRung && !t.answers; i++) {
        Rung r = ladder.get(i);
        boolean same =
            r.kind() == (t.raises != null ? Rung.Kind.RAISE : Rung.Kind.NEW_TRANCHE)
                && t.label.equals(r.label());
        if (same) {
          nextRung = i;
          break;
        }
      }
    }
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

  static String adjective(Country c) {
    return c == Country.US ? "US" : "Chinese";
  }
}
