package org.tradewar.model.negotiation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.vocabulary.Country;

/**
 * The table where the two lead negotiators meet: alternating offers over the agenda, each side
 * asking for the utility its tactic gives (Faratin et al. 1998) and offering the trade-off terms
 * that reach it at the least cost to the other (concave utilities, so partial agreements). It
 * remembers the last offer each side received, so that it can tell:
 *
 * <ul>
 *   <li><b>progress</b>: the other side's offer is now better for a side than its last one was;
 *   <li><b>reneging</b>: it is worse (a side hardened and took concessions back): the talks break
 *       down and the side that received less accuses the other;
 *   <li><b>walking out</b>: a delegation hard enough leaves the table;
 *   <li><b>stall</b>: neither.
 * </ul>
 *
 * Offers are compared on the items both agendas share, so a new tranche is not mistaken for a
 * retraction.
 */
public final class NegotiationTable {
  private final NegotiationParameters p;
  private int episodeStart = -1;
  private final Map<Country, Terms> lastReceived = new EnumMap<>(Country.class);
  private final Map<Country, Double> lastAim = new EnumMap<>(Country.class);
  private RoundResult.Outcome lastOutcome;

  public NegotiationTable(NegotiationParameters p) {
    this.p = p;
  }

  /**
   * What a meeting is held on. {@code deadlineWeek} is the active deadline, or -1 for none; {@code
   * seats} who makes each side's offers and answers (the agents unless a side's seat is taken).
   */
  public record Meeting(
      int week,
      TalkForm form,
      Agenda agenda,
      Map<Country, Delegation> delegations,
      Map<Country, Double> pain,
      int deadlineWeek,
      Country opener,
      Map<Country, Seat> seats) {
    public Meeting(
        int week,
        TalkForm form,
        Agenda agenda,
        Map<Country, Delegation> delegations,
        Map<Country, Double> pain,
        int deadlineWeek,
        Country opener) {
      this(week, form, agenda, delegations, pain, deadlineWeek, opener, Map.of());
    }

    Seat seat(Country side) {
      return seats.getOrDefault(side, Seat.AGENTS);
    }
  }

  public RoundResult meet(Meeting m) {
    if (episodeStart < 0) {
      episodeStart = m.week();
    }
    Map<Country, Double> reservation = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      reservation.put(
          c,
          reservation(
              m.delegations().get(c),
              m.pain().getOrDefault(c, 0.0),
              m.agenda().statusQuo().utility(c)));
    }
    int n = p.offers(m.form());
    List<OfferRecord> offers = new ArrayList<>();
    Map<Country, Terms> lastBy = new EnumMap<>(Country.class);
    Map<Country, Double> aimUsed =
        new EnumMap<>(Country.class); // each side's last aim this meeting
    Country proposer = m.opener();
    for (int j = 0; j < n; j++) {
      double t = m.week() + (double) j / n;
      Country receiver = proposer.rival();
      double asks = aim(m, proposer, t, reservation.get(proposer));
      Terms advised = m.agenda().tradeOff(proposer, asks);
      // The seat makes the offer: the agents' seat makes the one advised; a person may have
      // countered.
      Terms offer =
          m.seat(proposer).propose(view(m, proposer, lastBy.get(receiver), advised, false, asks));
      double worth = offer.utility(receiver);
      double wants = aim(m, receiver, t, reservation.get(receiver));
      aimUsed.put(proposer, asks);
      aimUsed.put(receiver, wants);
      Seat.Reply reply =
          m.seat(receiver)
              .answer(view(m, receiver, offer, null, m.form().canClose() && worth >= wants, wants));
      boolean accepted = m.form().canClose() && reply.kind() == Seat.Reply.Kind.ACCEPT;
      String speaker = speaker(m, proposer, j);
      offers.add(
          new OfferRecord(
              proposer, speaker, offer, offer.utility(proposer), worth, wants, accepted));
      if (reply.kind() == Seat.Reply.Kind.WALK_AWAY) {
        lastOutcome = RoundResult.Outcome.BREAKDOWN;
        lastReceived.clear();
        lastAim.clear();
        return new RoundResult(
            RoundResult.Outcome.BREAKDOWN, null, offers, receiver, RoundResult.Breakdown.WALK_OUT);
      }
      if (accepted) {
        lastOutcome = RoundResult.Outcome.DEAL;
        lastReceived.clear();
        lastAim.clear();
        return new RoundResult(RoundResult.Outcome.DEAL, offer, offers, null, null);
      }
      boolean repeats = offer.equals(lastBy.get(proposer)) && lastBy.containsKey(receiver);
      lastBy.put(proposer, offer);
      if (repeats) {
        break; // neither side has moved since its last offer: positions are set for this meeting
      }
      proposer = receiver;
    }
    RoundResult result = judge(m, offers, lastBy);
    for (Map.Entry<Country, Terms> e : lastBy.entrySet()) {
      lastReceived.put(e.getKey().rival(), e.getValue());
    }
    lastAim.putAll(aimUsed);
    lastOutcome = result.outcome();
    return result;
  }

  private static Seat.TableView view(
      Meeting m, Country side, Terms received, Terms advised, boolean agentAccepts, double aim) {
    return new Seat.TableView(
        m.week(),
        m.form(),
        side,
        received,
        advised,
        agentAccepts,
        m.form().canClose(),
        aim,
        m.pain().getOrDefault(side, 0.0),
        m.pain().getOrDefault(side.rival(), 0.0),
        m.deadlineWeek());
  }

  /**
   * Who makes a side's offer {@code j} of a meeting: the head of state at a summit; otherwise the
   * side's speakers in turn, the lead first (offers alternate, so a side's k-th offer is {@code j /
   * 2}).
   */
  private static String speaker(Meeting m, Country side, int j) {
    Delegation d = m.delegations().get(side);
    if (m.form() == TalkForm.SUMMIT) {
      return d.head().profile().name();
    }
    List<Negotiator> speakers = d.speakers();
    return speakers.get((j / 2) % speakers.size()).profile().name();
  }

  /**
   * Progress, stall or breakdown, from how the other side's offers moved since the last meeting.
   */
  private RoundResult judge(Meeting m, List<OfferRecord> offers, Map<Country, Terms> lastBy) {
    Country accuser = null;
    double worst = -p.renegeThreshold();
    boolean progress = false;
    for (Country c : Country.values()) {
      Terms now = lastBy.get(c.rival());
      Terms before = lastReceived.get(c);
      if (now == null || before == null) {
        continue;
      }
      double moved = now.utility(c) - before.onSharedItems(now).utility(c);
      if (moved < worst) {
        worst = moved;
        accuser = c;
      }
      progress |= moved > p.progressThreshold();
    }
    boolean brokeDown = lastOutcome == RoundResult.Outcome.BREAKDOWN;
    if (accuser != null && !brokeDown) {
      return new RoundResult(
          RoundResult.Outcome.BREAKDOWN, null, offers, accuser, RoundResult.Breakdown.RENEGING);
    }
    for (Country c : Country.values()) {
      // A seat someone has taken walks out only when that person says so (answer: WALK_AWAY).
      if (!brokeDown
          && m.seat(c).agents()
          && m.delegations().get(c).stance() >= p.walkAwayStance()) {
        return new RoundResult(
            RoundResult.Outcome.BREAKDOWN, null, offers, c, RoundResult.Breakdown.WALK_OUT);
      }
    }
    return new RoundResult(
        progress ? RoundResult.Outcome.PROGRESS : RoundResult.Outcome.STALL,
        null,
        offers,
        null,
        null);
  }

  /**
   * What a side would hold out for: what it keeps if there is no deal (the status quo on the
   * agenda: nobody concedes anything), plus a share of what it could still gain above that (the
   * premium, more when its delegation is hawkish, less when it is dovish), less the pain of the war
   * at home beyond what is on the table. {@code pain} is the country's pain index (percent of GDP).
   * Measuring the premium on the room above the status quo keeps a side that gains little from any
   * deal (China, at the start) responsive to its stance instead of stuck at the cap.
   */
  public double reservation(Delegation d, double pain, double statusQuoUtility) {
    double room = 1 - statusQuoUtility;
    double r =
        statusQuoUtility
            + room * (p.reservationPremium() + p.reservationStanceWeight() * (d.stance() - 0.5))
            - p.reservationPainWeight() * pain;
    return Math.max(0, Math.min(p.maxReservation(), r));
  }

  /**
   * What {@code side} asks for at time {@code t}: its tactic's target, never below its reservation,
   * and never above what it asked for at the last meeting of this episode unless its reservation
   * has risen past it. So relief from time pressure (a truce moves the deadline away) does not take
   * back concessions; a side that hardens (its reservation rises) does.
   */
  private double aim(Meeting m, Country side, double t, double reservation) {
    Delegation d = m.delegations().get(side);
    double beta = d.beta(p.betaBoulware(), p.betaLinear(), p.betaConceder());
    double toDeadline = m.deadlineWeek() >= 0 ? m.deadlineWeek() - t : Double.NaN;
    double pressure =
        ConcessionTactic.pressure(
            t - episodeStart, d.patienceWeeks(), toDeadline, p.deadlineWindowWeeks());
    // A side that believes the other will not move settles for a little less than its tactic asks.
    double resolve = d.meanBelief() - 0.5;
    double target =
        ConcessionTactic.targetUtility(pressure, p.initialConcession(), beta, reservation)
            - p.beliefWeight() * resolve;
    Double before = lastAim.get(side);
    if (before != null) {
      target = Math.min(target, before);
    }
    return Math.max(reservation, target);
  }

  /**
   * An implementation review: each side compares the deal's worth to it with what it would hold out
   * for now (walking away would bring back the status quo of the deal's agenda). A side whose
   * support has fallen below {@code -negotiation.break_margin} breaks the deal (the one with the
   * least support, if both).
   */
  public DealReview review(
      Terms deal, Map<Country, Delegation> delegations, Map<Country, Double> pain) {
    Map<Country, Double> support = new EnumMap<>(Country.class);
    Country breaker = null;
    double least = -p.breakMargin();
    for (Country c : Country.values()) {
      double s =
          deal.utility(c)
              - reservation(
                  delegations.get(c),
                  pain.getOrDefault(c, 0.0),
                  deal.agenda().statusQuo().utility(c));
      support.put(c, s);
      if (s < least) {
        least = s;
        breaker = c;
      }
    }
    return new DealReview(support, breaker);
  }

  /**
   * After a deal ends, talks start a new episode: the tactics' clock and the remembered offers are
   * reset, and the talks stand broken down (so the first meeting back does not break down again).
   */
  public void restart() {
    episodeStart = -1;
    lastReceived.clear();
    lastAim.clear();
    lastOutcome = RoundResult.Outcome.BREAKDOWN;
  }

  /**
   * Talks broke down away from the table (a scenario event): the next meeting cannot break down
   * again.
   */
  public void brokeDownElsewhere() {
    lastOutcome = RoundResult.Outcome.BREAKDOWN;
  }
}
