package org.tradewar.model.negotiation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradewar.model.negotiation.NegotiationFixtures.NP;
import static org.tradewar.model.negotiation.NegotiationFixtures.SP;
import static org.tradewar.model.negotiation.NegotiationFixtures.meeting;
import static org.tradewar.model.negotiation.NegotiationFixtures.pain;
import static org.tradewar.model.negotiation.NegotiationFixtures.pair;
import static org.tradewar.model.negotiation.NegotiationFixtures.single;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.tradewar.model.negotiation.RoundResult.Breakdown;
import org.tradewar.model.negotiation.RoundResult.Outcome;
import org.tradewar.vocabulary.Country;

/**
 * The table: deals respect reservations, calls never close, reneging and progress are read right.
 */
class NegotiationTableTest {
  private static final Map<Country, Double> NO_PAIN = pain(0, 0);

  // ---------------------------------------------------------------- random talks

  /**
   * A random episode of talks: weights, agenda, delegations (one or two members), pain, deadline.
   */
  static final class Talks {
    final Random r;
    final Agenda agenda;
    final Map<Country, Delegation> delegations;
    final Map<Country, Double> pain;
    final int deadlineWeek;

    Talks(long seed, double maxStance) {
      r = new Random(seed);
      double rho = 0.3 + 0.6 * r.nextDouble();
      IssueWeights w = AgendaUtilityTest.randomWeights(r, rho);
      List<AgendaItem> items =
          r.nextBoolean()
              ? NegotiationFixtures.demandsAndTwoTranches()
              : AgendaUtilityTest.randomItems(r);
      agenda = w.agenda(items, NegotiationFixtures.IMPORTS);
      delegations = new EnumMap<>(Country.class);
      pain = new EnumMap<>(Country.class);
      Strategy[] strategies = Strategy.values();
      for (Country c : Country.values()) {
        List<Negotiator> members = new ArrayList<>();
        members.add(
            NegotiationFixtures.negotiator(
                c,
                c + "-lead",
                maxStance * r.nextDouble(),
                0.2 + r.nextDouble(),
                strategies[r.nextInt(strategies.length)],
                false,
                true));
        if (r.nextBoolean()) {
          members.add(
              NegotiationFixtures.negotiator(
                  c,
                  c + "-head",
                  maxStance * r.nextDouble(),
                  0.2 + r.nextDouble(),
                  strategies[r.nextInt(strategies.length)],
                  true,
                  false));
        }
        delegations.put(c, new Delegation(c, members, 0.3, SP));
        pain.put(c, r.nextDouble() < 0.3 ? 0 : 4 * r.nextDouble());
      }
      deadlineWeek = r.nextBoolean() ? -1 : 2 + r.nextInt(30);
    }

    TalkForm form() {
      double u = r.nextDouble();
      return u < 0.2 ? TalkForm.CALL : u < 0.8 ? TalkForm.ROUND : TalkForm.SUMMIT;
    }

    Country opener() {
      return r.nextBoolean() ? Country.US : Country.CN;
    }

    /** A week's stance update for every negotiator, with a little noise. */
    void weekPasses() {
      for (Delegation d : delegations.values()) {
        for (Negotiator n : d.members()) {
          n.updateStance(
              new Negotiator.Inputs(pain.get(n.country()), r.nextDouble()),
              SP,
              0.05 * r.nextGaussian());
        }
      }
    }
  }

  @Property(tries = 100, seed = "20180403")
  void anAcceptedDealGivesEachSideAtLeastItsReservation(@ForAll long seed) {
    Talks talks = new Talks(seed, 0.74);
    NegotiationTable table = new NegotiationTable(NP);
    boolean dealt = false;
    for (int week = 0; week < 40 && !dealt; week += 1 + talks.r.nextInt(3)) {
      TalkForm form = talks.r.nextBoolean() ? TalkForm.ROUND : TalkForm.SUMMIT;
      RoundResult result =
          table.meet(
              meeting(
                  week,
                  form,
                  talks.agenda,
                  talks.delegations,
                  talks.pain,
                  talks.deadlineWeek,
                  talks.opener()));
      if (result.outcome() == Outcome.DEAL) {
        dealt = true;
        Terms deal = result.agreement();
        OfferRecord last = result.offers().get(result.offers().size() - 1);
        assertTrue(last.accepted());
        assertEquals(deal, last.terms(), "the deal is the accepted offer");
        for (Country c : Country.values()) {
          double reservation =
              table.reservation(
                  talks.delegations.get(c), talks.pain.get(c), talks.agenda.statusQuo().utility(c));
          assertTrue(
              deal.utility(c) >= reservation - 1e-12,
              c
                  + " got "
                  + deal.utility(c)
                  + " below its reservation "
                  + reservation
                  + " in week "
                  + week);
        }
        assertTrue(last.worthToReceiver() >= last.receiverAim(), "accepted below its aim");
      } else {
        assertNull(result.agreement());
        for (OfferRecord o : result.offers()) {
          assertFalse(o.accepted());
        }
      }
      talks.weekPasses();
    }
    Statistics.label("deal").collect(dealt);
    Statistics.label("deal").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property(tries = 60, seed = "20180403")
  void aPhoneCallNeverClosesADeal(@ForAll long seed) {
    Talks talks = new Talks(seed, 0.74);
    NegotiationTable calls = new NegotiationTable(NP);
    for (int week = 0; week < 30; week++) {
      RoundResult result =
          calls.meet(
              meeting(
                  week,
                  TalkForm.CALL,
                  talks.agenda,
                  talks.delegations,
                  talks.pain,
                  talks.deadlineWeek,
                  talks.opener()));
      assertNotEquals(Outcome.DEAL, result.outcome(), "week " + week);
      assertNull(result.agreement());
      assertTrue(result.offers().stream().noneMatch(OfferRecord::accepted));
      talks.weekPasses();
    }
  }

  @Test
  void theSameMeetingAsARoundClosesTheDealACallCannot() {
    // Soft, hurting delegations and a deadline now: a round settles at once, a call does not.
    Agenda a = NegotiationFixtures.withTranches();
    Map<Country, Delegation> soft = pair(single(Country.US, 0.1), single(Country.CN, 0.1));
    Map<Country, Double> hurt = pain(3, 3);
    RoundResult round =
        new NegotiationTable(NP).meet(meeting(0, TalkForm.ROUND, a, soft, hurt, 0, Country.US));
    RoundResult call =
        new NegotiationTable(NP).meet(meeting(0, TalkForm.CALL, a, soft, hurt, 0, Country.US));
    assertEquals(Outcome.DEAL, round.outcome());
    assertNotEquals(Outcome.DEAL, call.outcome());
    // the call's offers would have been acceptable: it is the form, not the terms, that stops it
    assertTrue(call.offers().stream().anyMatch(o -> o.worthToReceiver() >= o.receiverAim()));
  }

  // ---------------------------------------------------------------- reneging

  /**
   * Two calls a week apart under a deadline (so aims sit near reservations); {@code hard} hardens.
   */
  private static RoundResult[] hardenBetweenMeetings(
      Country hard, double before, double after, double rivalStance) {
    Agenda a = NegotiationFixtures.withTranches();
    NegotiationTable table = new NegotiationTable(NP);
    Map<Country, Delegation> first = new EnumMap<>(Country.class);
    first.put(hard, single(hard, before));
    first.put(hard.rival(), single(hard.rival(), rivalStance));
    Map<Country, Delegation> second = new EnumMap<>(first);
    second.put(hard, single(hard, after));
    RoundResult r1 = table.meet(meeting(0, TalkForm.CALL, a, first, NO_PAIN, 1, Country.US));
    RoundResult r2 = table.meet(meeting(1, TalkForm.CALL, a, second, NO_PAIN, 1, Country.US));
    return new RoundResult[] {r1, r2};
  }

  @Test
  void whenTheUsHardensItsOffersChinaAccusesItOfReneging() {
    RoundResult[] r = hardenBetweenMeetings(Country.US, 0.1, 0.7, 0.1);
    assertNotEquals(Outcome.BREAKDOWN, r[0].outcome());
    assertEquals(Outcome.BREAKDOWN, r[1].outcome());
    assertEquals(Breakdown.RENEGING, r[1].breakdown());
    assertEquals(Country.CN, r[1].accuser());
  }

  @Test
  void whenChinaHardensItsOffersTheUsAccusesItOfReneging() {
    RoundResult[] r = hardenBetweenMeetings(Country.CN, 0.1, 0.7, 0.1);
    assertNotEquals(Outcome.BREAKDOWN, r[0].outcome());
    assertEquals(Outcome.BREAKDOWN, r[1].outcome());
    assertEquals(Breakdown.RENEGING, r[1].breakdown());
    assertEquals(Country.US, r[1].accuser());
  }

  @Test
  void whenNobodyHardensThereIsNoReneging() {
    RoundResult[] r = hardenBetweenMeetings(Country.US, 0.1, 0.1, 0.1);
    assertNotEquals(Outcome.BREAKDOWN, r[1].outcome());
  }

  @Test
  void aGrievanceThatShiftsInfluenceToHawksAlsoReadsAsReneging() {
    // The same delegation object: a dove leads, a hawk sits beside it. A large grievance against
    // China moves influence to the hawk, so the US stance, and its offers, harden.
    Agenda a = NegotiationFixtures.withTranches();
    Negotiator dove =
        NegotiationFixtures.negotiator(
            Country.US, "dove", 0.05, 1.0, Strategy.TIT_FOR_TAT, false, true);
    Negotiator hawk =
        NegotiationFixtures.negotiator(
            Country.US, "hawk", 0.74, 1.0, Strategy.TIT_FOR_TAT, false, false);
    Delegation us = new Delegation(Country.US, List.of(dove, hawk), 0.3, SP);
    Map<Country, Delegation> d = pair(us, single(Country.CN, 0.1));
    NegotiationTable table = new NegotiationTable(NP);
    double softStance = us.stance();
    RoundResult r1 = table.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, 1, Country.US));
    for (Negotiator n : us.members()) {
      n.observeMove(5.0, false, SP);
    }
    assertTrue(us.stance() > softStance + 0.2, "the grievance should harden the delegation");
    RoundResult r2 = table.meet(meeting(1, TalkForm.CALL, a, d, NO_PAIN, 1, Country.US));
    assertNotEquals(Outcome.BREAKDOWN, r1.outcome());
    assertEquals(Outcome.BREAKDOWN, r2.outcome());
    assertEquals(Breakdown.RENEGING, r2.breakdown());
    assertEquals(Country.CN, r2.accuser());
  }

  @Test
  void aNewTrancheOnTheAgendaIsNotMistakenForARetraction() {
    Agenda before = NegotiationFixtures.withTranches();
    List<AgendaItem> more = new ArrayList<>(NegotiationFixtures.demandsAndTwoTranches());
    more.add(AgendaItem.tranche(Country.US, "second list", 200, 10));
    Agenda after = NegotiationFixtures.agenda(more);
    Map<Country, Delegation> d = pair(single(Country.US, 0.3), single(Country.CN, 0.1));
    NegotiationTable table = new NegotiationTable(NP);
    table.meet(meeting(0, TalkForm.CALL, before, d, NO_PAIN, -1, Country.US));
    RoundResult r = table.meet(meeting(2, TalkForm.CALL, after, d, NO_PAIN, -1, Country.US));
    assertNotEquals(Breakdown.RENEGING, r.breakdown(), "accuser " + r.accuser());
  }

  @Test
  void aDelegationHardEnoughWalksOut() {
    Agenda a = NegotiationFixtures.withTranches();
    RoundResult r =
        new NegotiationTable(NP)
            .meet(
                meeting(
                    0,
                    TalkForm.ROUND,
                    a,
                    pair(single(Country.US, 0.3), single(Country.CN, NP.walkAwayStance())),
                    NO_PAIN,
                    -1,
                    Country.US));
    assertEquals(Outcome.BREAKDOWN, r.outcome());
    assertEquals(Breakdown.WALK_OUT, r.breakdown());
    assertEquals(Country.CN, r.accuser());
  }

  // ---------------------------------------------------------------- progress and stall

  @Property(tries = 100, seed = "20180403")
  void progressIsReportedOnlyWhenTheRivalsOfferImprovedForSomeone(@ForAll long seed) {
    Talks talks = new Talks(seed, 0.8);
    NegotiationTable table = new NegotiationTable(NP);
    Map<Country, Terms> received = new EnumMap<>(Country.class); // the table's memory, rebuilt
    Outcome previous = null;
    boolean sawProgress = false;
    boolean sawReneging = false;
    for (int week = 0; week < 30; week += 1 + talks.r.nextInt(2)) {
      RoundResult result =
          table.meet(
              meeting(
                  week,
                  talks.form(),
                  talks.agenda,
                  talks.delegations,
                  talks.pain,
                  talks.deadlineWeek,
                  talks.opener()));
      if (result.outcome() == Outcome.DEAL) {
        break;
      }
      Map<Country, Terms> lastBy = new EnumMap<>(Country.class);
      for (OfferRecord o : result.offers()) {
        lastBy.put(o.proposer(), o.terms());
      }
      Map<Country, Double> moved = new HashMap<>();
      for (Country c : Country.values()) {
        Terms now = lastBy.get(c.rival());
        Terms before = received.get(c);
        if (now != null && before != null) {
          moved.put(c, now.utility(c) - before.onSharedItems(now).utility(c));
        }
      }
      boolean improved = moved.values().stream().anyMatch(m -> m > NP.progressThreshold());
      boolean worsened = moved.values().stream().anyMatch(m -> m < -NP.renegeThreshold());
      String where = "week " + week + ", moved " + moved + ", previous " + previous;
      switch (result.outcome()) {
        case PROGRESS -> {
          assertTrue(improved, "progress without a better offer: " + where);
          sawProgress = true;
        }
        case STALL -> assertFalse(improved, "stall despite a better offer: " + where);
        case BREAKDOWN -> {
          if (result.breakdown() == Breakdown.RENEGING) {
            sawReneging = true;
            assertTrue(
                moved.get(result.accuser()) < -NP.renegeThreshold(),
                "accused without a worse offer: " + where);
            assertNotEquals(Outcome.BREAKDOWN, previous, "reneging right after a breakdown");
          }
        }
        default -> throw new AssertionError(result.outcome());
      }
      if (worsened && previous != Outcome.BREAKDOWN) {
        assertEquals(
            Breakdown.RENEGING, result.breakdown(), "a worse offer went unnoticed: " + where);
      }
      if (received.isEmpty()) {
        assertNotEquals(Outcome.PROGRESS, result.outcome(), "progress at a first meeting");
      }
      for (Map.Entry<Country, Terms> e : lastBy.entrySet()) {
        received.put(e.getKey().rival(), e.getValue());
      }
      previous = result.outcome();
      talks.weekPasses();
      if (talks.r.nextDouble() < 0.15) {
        // a shock between meetings: one side's negotiators take a grievance
        for (Negotiator n : talks.delegations.get(talks.opener()).members()) {
          n.observeMove(1 + 3 * talks.r.nextDouble(), false, SP);
        }
      }
    }
    Statistics.label("progress").collect(sawProgress);
    Statistics.label("progress").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("reneging").collect(sawReneging);
    Statistics.label("reneging").coverage(c -> c.check(true).percentage(p -> p > 3));
  }

  @Test
  void softeningOffersAreProgressAndTheFirstMeetingIsNot() {
    Agenda a = NegotiationFixtures.withTranches();
    Map<Country, Delegation> d = pair(single(Country.US, 0.3), single(Country.CN, 0.2));
    NegotiationTable table = new NegotiationTable(NP);
    RoundResult first = table.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    assertEquals(Outcome.STALL, first.outcome());
    RoundResult second = table.meet(meeting(4, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    assertEquals(Outcome.PROGRESS, second.outcome(), "four weeks of pressure soften both sides");
    // The same meeting again: a side opens where it stood at the end of the last meeting, so the
    // second may improve on the first; the third repeats the second, and nothing moved.
    NegotiationTable again = new NegotiationTable(NP);
    again.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    again.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    RoundResult same = again.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    assertEquals(Outcome.STALL, same.outcome());
  }

  // ---------------------------------------------------------------- deadlines at the table

  @Test
  void aFarDeadlineChangesNoOfferAndANearOneOnlyLowersAims() {
    Agenda a = NegotiationFixtures.withTranches();
    Map<Country, Delegation> d = pair(single(Country.US, 0.4), single(Country.CN, 0.2));
    int far = 10 + (int) NP.deadlineWindowWeeks() + 5;
    NegotiationTable none = new NegotiationTable(NP);
    NegotiationTable farTable = new NegotiationTable(NP);
    NegotiationTable nearTable = new NegotiationTable(NP);
    for (NegotiationTable t : List.of(none, farTable, nearTable)) {
      t.meet(meeting(0, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    }
    RoundResult noDeadline = none.meet(meeting(10, TalkForm.CALL, a, d, NO_PAIN, -1, Country.US));
    RoundResult farDeadline =
        farTable.meet(meeting(10, TalkForm.CALL, a, d, NO_PAIN, far, Country.US));
    RoundResult nearDeadline =
        nearTable.meet(meeting(10, TalkForm.CALL, a, d, NO_PAIN, 11, Country.US));
    for (int i = 0; i < noDeadline.offers().size(); i++) {
      OfferRecord base = noDeadline.offers().get(i);
      assertEquals(base.terms(), farDeadline.offers().get(i).terms());
      assertEquals(base.receiverAim(), farDeadline.offers().get(i).receiverAim(), 0.0);
      assertTrue(nearDeadline.offers().get(i).receiverAim() <= base.receiverAim() + 1e-12);
      assertTrue(nearDeadline.offers().get(i).worthToProposer() <= base.worthToProposer() + 1e-12);
    }
    assertTrue(
        nearDeadline.offers().get(0).receiverAim() < noDeadline.offers().get(0).receiverAim(),
        "a deadline a week away should press");
  }

  // ---------------------------------------------------------------- implementation review

  @Property(tries = 200, seed = "20180403")
  void aReviewNamesABreakerOnlyBelowTheBreakMargin(@ForAll long seed) {
    Talks talks = new Talks(seed, 0.9);
    Map<String, Double> x = new HashMap<>();
    for (AgendaItem i : talks.agenda.items()) {
      x.put(i.key(), talks.r.nextDouble());
    }
    Terms deal = Terms.of(talks.agenda, x, 0);
    NegotiationTable table = new NegotiationTable(NP);
    DealReview review = table.review(deal, talks.delegations, talks.pain);
    double least = Double.POSITIVE_INFINITY;
    Country weakest = null;
    for (Country c : Country.values()) {
      double expected =
          deal.utility(c)
              - table.reservation(
                  talks.delegations.get(c), talks.pain.get(c), talks.agenda.statusQuo().utility(c));
      assertEquals(expected, review.support().get(c), 1e-12, c + " support");
      if (expected < least) {
        least = expected;
        weakest = c;
      }
    }
    if (least < -NP.breakMargin()) {
      assertEquals(weakest, review.breaker(), "the side with least support breaks");
    } else {
      assertNull(review.breaker(), "support " + review.support() + " is within the margin");
    }
    if (review.breaker() != null) {
      assertTrue(review.support().get(review.breaker()) < -NP.breakMargin());
    }
    Statistics.label("broken").collect(review.breaker() != null);
    Statistics.label("broken")
        .coverage(
            c -> {
              c.check(true).percentage(p -> p > 10);
              c.check(false).percentage(p -> p > 10);
            });
  }

  @Test
  void aReviewBreaksJustPastTheMarginAndNotBefore() {
    // One demand: the US gets x^rho, China (1 - x)^rho. Pain brings China's reservation below the
    // cap.
    Agenda a = NegotiationFixtures.agenda(List.of(AgendaItem.demand(Issue.AGRICULTURE)));
    Map<Country, Delegation> d = pair(single(Country.US, 0.5), single(Country.CN, 0.5));
    Map<Country, Double> hurt = pain(0, 3);
    NegotiationTable table = new NegotiationTable(NP);
    double rCn = table.reservation(d.get(Country.CN), 3, a.statusQuo().utility(Country.CN));
    assertTrue(rCn > 0.3 && rCn < NP.maxReservation(), "China's reservation " + rCn);
    double rho = NegotiationFixtures.WEIGHTS.curvature();
    String key = AgendaItem.demand(Issue.AGRICULTURE).key();
    for (double shortfall : new double[] {0, 0.8, 1.2, 2}) {
      double u = rCn - shortfall * NP.breakMargin();
      Terms deal = Terms.of(a, Map.of(key, 1 - Math.pow(u, 1 / rho)), 0);
      assertEquals(u, deal.utility(Country.CN), 1e-9);
      DealReview review = table.review(deal, d, hurt);
      assertEquals(-shortfall * NP.breakMargin(), review.support().get(Country.CN), 1e-9);
      assertTrue(review.support().get(Country.US) > 0, "the US is content");
      assertEquals(
          shortfall > 1 ? Country.CN : null,
          review.breaker(),
          "China short of its reservation by " + shortfall + " margins");
    }
  }

  // ---------------------------------------------------------------- determinism

  @Property(tries = 20, seed = "20180403")
  void theSameTalksGiveTheSameResults(@ForAll long seed) {
    List<RoundResult> a = replay(seed);
    List<RoundResult> b = replay(seed);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      RoundResult x = a.get(i);
      RoundResult y = b.get(i);
      assertEquals(x.outcome(), y.outcome());
      assertEquals(x.accuser(), y.accuser());
      assertEquals(x.breakdown(), y.breakdown());
      assertEquals(x.offers().size(), y.offers().size());
      for (int j = 0; j < x.offers().size(); j++) {
        OfferRecord o = x.offers().get(j);
        OfferRecord p = y.offers().get(j);
        assertEquals(o.proposer(), p.proposer());
        assertEquals(o.speaker(), p.speaker());
        assertArrayEquals(
            NegotiationFixtures.terms(o.terms()), NegotiationFixtures.terms(p.terms()));
        assertEquals(o.worthToProposer(), p.worthToProposer(), 0.0);
        assertEquals(o.worthToReceiver(), p.worthToReceiver(), 0.0);
        assertEquals(o.receiverAim(), p.receiverAim(), 0.0);
        assertEquals(o.accepted(), p.accepted());
      }
    }
  }

  /** One episode from scratch: fresh weights, agenda, negotiators and table. */
  private static List<RoundResult> replay(long seed) {
    Talks talks = new Talks(seed, 0.8);
    NegotiationTable table = new NegotiationTable(NP);
    List<RoundResult> out = new ArrayList<>();
    for (int week = 0; week < 20; week += 2) {
      RoundResult r =
          table.meet(
              meeting(
                  week,
                  talks.form(),
                  talks.agenda,
                  talks.delegations,
                  talks.pain,
                  talks.deadlineWeek,
                  talks.opener()));
      out.add(r);
      if (r.outcome() == Outcome.DEAL) {
        break;
      }
      talks.weekPasses();
    }
    return out;
  }
}
