package org.tradewar.model.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tradewar.vocabulary.Country;

/** Terms: rates on the step grid, no phantom tariffs, comparison across agendas, transcripts. */
class TermsTest {

  private static boolean onStep(double ratePct, double step) {
    double steps = ratePct / step;
    return Math.abs(steps - Math.rint(steps)) < 1e-9;
  }

  /** Tariff items at random coverages and rates (on the step grid or not), plus two demands. */
  private static List<AgendaItem> tariffAgenda(Random r, double step, boolean onGrid) {
    List<AgendaItem> items = new ArrayList<>();
    items.add(AgendaItem.demand(Issue.INTELLECTUAL_PROPERTY));
    items.add(AgendaItem.demand(Issue.TECHNOLOGY_TRANSFER));
    String[] us = {"first list", "second list"};
    for (String label : us) {
      items.add(
          AgendaItem.tranche(Country.US, label, 10 + 250 * r.nextDouble(), rate(r, step, onGrid)));
    }
    items.add(
        AgendaItem.tranche(
            Country.CN, "retaliation list", 10 + 100 * r.nextDouble(), rate(r, step, onGrid)));
    items.add(
        AgendaItem.threat(
            Country.US, "third list", 200 + 100 * r.nextDouble(), rate(r, step, onGrid)));
    return items;
  }

  private static double rate(Random r, double step, boolean onGrid) {
    int steps = (int) Math.floor(50 / step);
    return onGrid ? step * (1 + r.nextInt(steps)) : 0.1 + 49.9 * r.nextDouble();
  }

  private static final double[] STEPS = {0.5, 1.0, 2.5, 5.0};

  /** An agenda of {@link #tariffAgenda} under default weights and a random rate step. */
  private static Agenda randomTariffAgenda(Random r, boolean onGrid) {
    double step = STEPS[r.nextInt(STEPS.length)];
    return NegotiationFixtures.weights(step, NegotiationFixtures.WEIGHTS.curvature())
        .agenda(tariffAgenda(r, step, onGrid), NegotiationFixtures.IMPORTS);
  }

  @Property(tries = 200, seed = "20180403")
  void offersKeepTariffRatesInRateSteps(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 0.99) double target,
      @ForAll boolean us) {
    Random r = new Random(seed);
    Agenda a = randomTariffAgenda(r, true);
    Country side = us ? Country.US : Country.CN;
    Terms offer = a.tradeOff(side, target);
    for (int k = 0; k < a.size(); k++) {
      if (a.items().get(k).tariff()) {
        double remaining = offer.remainingRatePct(k);
        assertTrue(
            onStep(remaining, a.rateStepPct()),
            a.items().get(k).key()
                + " at "
                + a.items().get(k).ratePct()
                + "% keeps "
                + remaining
                + "%");
      } else {
        assertTrue(Double.isNaN(offer.remainingRatePct(k)));
      }
    }
  }

  @Property(tries = 200, seed = "20180403")
  void aRateOffTheGridIsEitherKeptWholeOrCutToARateStep(
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 0.99) double target,
      @ForAll boolean us) {
    Random r = new Random(seed);
    Agenda a = randomTariffAgenda(r, false);
    Terms offer = a.tradeOff(us ? Country.US : Country.CN, target);
    for (int k = 0; k < a.size(); k++) {
      AgendaItem i = a.items().get(k);
      if (i.tariff()) {
        double remaining = offer.remainingRatePct(k);
        assertTrue(
            onStep(remaining, a.rateStepPct()) || Math.abs(remaining - i.ratePct()) < 1e-9,
            i.key() + " at " + i.ratePct() + "% keeps " + remaining + "%");
      }
    }
  }

  @Property(tries = 200, seed = "20180403")
  void roundingFavoursTheProposerAndMovesEachRateByLessThanAStep(
      @ForAll long seed, @ForAll boolean us) {
    Random r = new Random(seed);
    Agenda a = randomTariffAgenda(r, r.nextBoolean());
    Map<String, Double> byKey = new HashMap<>();
    for (AgendaItem i : a.items()) {
      byKey.put(i.key(), r.nextDouble());
    }
    Terms raw = Terms.of(a, byKey, 0);
    Country side = us ? Country.US : Country.CN;
    Terms rounded = raw.roundedFor(side);
    assertTrue(rounded.utility(side) >= raw.utility(side) - 1e-12);
    for (int k = 0; k < a.size(); k++) {
      AgendaItem i = a.items().get(k);
      if (i.tariff()) {
        double moved = rounded.remainingRatePct(k) - raw.remainingRatePct(k);
        assertTrue(Math.abs(moved) < a.rateStepPct() + 1e-9, i.key() + " moved " + moved);
        // own tariffs keep a little more, the rival's a little less
        assertTrue(i.giver() == side ? moved >= -1e-9 : moved <= 1e-9, i.key() + " moved " + moved);
      } else {
        assertEquals(raw.term(k), rounded.term(k), 0.0, "demands are not rounded");
      }
    }
  }

  @Property(tries = 100, seed = "20180403")
  void anAgendaWithoutTranchesNeverProducesTariffTerms(
      @ForAll @DoubleRange(min = 0, max = 1) double target, @ForAll boolean us) {
    Agenda a = NegotiationFixtures.demandsOnly();
    Country side = us ? Country.US : Country.CN;
    for (Terms t : List.of(a.tradeOff(side, target), a.statusQuo(), a.ideal(side))) {
      assertFalse(t.keepsTariffs(), t.describe());
      for (int k = 0; k < a.size(); k++) {
        assertTrue(Double.isNaN(t.remainingRatePct(k)));
      }
      List<String> phrases = t.phrases();
      assertEquals(1, phrases.size(), "only the demands phrase: " + phrases);
      assertTrue(
          phrases.get(0).startsWith("China meets the US demands on ")
              || phrases.get(0).equals("China meets none of the US demands"),
          phrases.get(0));
      assertFalse(t.describe().contains("list"), t.describe());
    }
  }

  @Test
  void termsForTariffsNotOnTheAgendaAreDropped() {
    Agenda a = NegotiationFixtures.demandsOnly();
    String stray = AgendaItem.tranche(Country.US, "first list", 50, 25).key();
    Terms t = Terms.of(a, Map.of(stray, 0.0, AgendaItem.demand(Issue.AGRICULTURE).key(), 0.4), 0.2);
    assertEquals(a.size(), Issue.values().length);
    assertFalse(t.keepsTariffs());
    assertEquals(0.4, t.demand(Issue.AGRICULTURE), 0.0);
    assertEquals(0.2, t.demand(Issue.SERVICES), 0.0);
    assertFalse(t.describe().contains("first list"), t.describe());
    // and a demand not on the agenda reads as not met
    Agenda small = NegotiationFixtures.agenda(List.of(AgendaItem.demand(Issue.SERVICES)));
    assertEquals(0.0, Terms.of(small, Map.of(), 1.0).demand(Issue.AGRICULTURE), 0.0);
  }

  @Test
  void keepsTariffsIsAboutTranchesInForceOnly() {
    Agenda a = NegotiationFixtures.withTranches();
    assertTrue(a.statusQuo().keepsTariffs());
    assertTrue(a.ideal(Country.CN).keepsTariffs(), "China keeps its own tranche");
    assertFalse(Terms.of(a, Map.of(), 1.0).keepsTariffs(), "everything lifted");
    Agenda threatOnly =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.demand(Issue.SERVICES),
                AgendaItem.threat(Country.US, "third list", 200, 25)));
    assertFalse(threatOnly.statusQuo().keepsTariffs(), "a threat is not a tariff in force");
  }

  @Test
  void sharedItemsKeepTheirEarlierTermsAndNewItemsTakeTheCurrentOnes() {
    Agenda before =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.demand(Issue.ENFORCEMENT),
                AgendaItem.demand(Issue.AGRICULTURE),
                AgendaItem.tranche(Country.US, "first list", 50, 25)));
    Agenda after =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.tranche(Country.CN, "retaliation", 50, 25),
                AgendaItem.demand(Issue.AGRICULTURE),
                AgendaItem.tranche(Country.US, "first list", 50, 25),
                AgendaItem.demand(Issue.SERVICES),
                AgendaItem.tranche(Country.US, "second list", 200, 10)));
    Terms earlier =
        Terms.of(
            before,
            Map.of(
                AgendaItem.demand(Issue.ENFORCEMENT).key(),
                0.9,
                AgendaItem.demand(Issue.AGRICULTURE).key(),
                0.3,
                "tranche:US:first list",
                0.5),
            0);
    Terms now =
        Terms.of(
            after,
            Map.of(
                "tranche:CN:retaliation",
                0.7,
                AgendaItem.demand(Issue.AGRICULTURE).key(),
                0.8,
                "tranche:US:first list",
                0.1,
                AgendaItem.demand(Issue.SERVICES).key(),
                0.6,
                "tranche:US:second list",
                0.2),
            0);
    Terms compared = earlier.onSharedItems(now);
    assertSame(after, compared.agenda());
    assertEquals(0.7, compared.term(0), 1e-12, "new: China's tranche");
    assertEquals(0.3, compared.term(1), 1e-12, "shared: agriculture");
    assertEquals(0.5, compared.term(2), 1e-12, "shared: first list");
    assertEquals(0.6, compared.term(3), 1e-12, "new: services");
    assertEquals(0.2, compared.term(4), 1e-12, "new: second list");
    // so a utility difference comes from the shared items only
    for (Country c : Country.values()) {
      Terms onlyShared =
          Terms.of(
              after,
              Map.of(
                  "tranche:CN:retaliation",
                  0.7,
                  AgendaItem.demand(Issue.AGRICULTURE).key(),
                  0.3,
                  "tranche:US:first list",
                  0.5,
                  AgendaItem.demand(Issue.SERVICES).key(),
                  0.6,
                  "tranche:US:second list",
                  0.2),
              0);
      assertEquals(onlyShared.utility(c), compared.utility(c), 1e-12);
    }
  }

  @Property(tries = 100, seed = "20180403")
  void onSharedItemsOnTheSameAgendaIsTheEarlierTerms(@ForAll long seed) {
    Random r = new Random(seed);
    Agenda a = NegotiationFixtures.withTranches();
    Map<String, Double> x = new HashMap<>();
    Map<String, Double> y = new HashMap<>();
    for (AgendaItem i : a.items()) {
      x.put(i.key(), r.nextDouble());
      y.put(i.key(), r.nextDouble());
    }
    Terms earlier = Terms.of(a, x, 0);
    Terms compared = earlier.onSharedItems(Terms.of(a, y, 0));
    assertSame(a, compared.agenda());
    for (int k = 0; k < a.size(); k++) {
      assertEquals(earlier.term(k), compared.term(k), 1e-12, a.items().get(k).key());
    }
    for (Country c : Country.values()) {
      assertEquals(earlier.utility(c), compared.utility(c), 1e-12);
    }
  }

  @Test
  void aTariffWhoseRateChangedIsComparedByTheRateLeftInForce() {
    String key = "tranche:US:first list";
    Agenda at10 =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.demand(Issue.SERVICES),
                AgendaItem.tranche(Country.US, "first list", 200, 10)));
    Agenda at25 =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.demand(Issue.SERVICES),
                AgendaItem.tranche(Country.US, "first list", 200, 25)));
    Terms now25 = Terms.of(at25, Map.of(), 0.3);
    // raised 10% -> 25%: an earlier offer to keep 10% reads as cutting 25% to 10%, not as keeping
    // 25%
    Terms kept10 = Terms.of(at10, Map.of(key, 0.0), 0.5).onSharedItems(now25);
    assertEquals(10.0, kept10.remainingRatePct(1), 1e-9);
    Terms halved10 = Terms.of(at10, Map.of(key, 0.5), 0.5).onSharedItems(now25);
    assertEquals(5.0, halved10.remainingRatePct(1), 1e-9);
    assertEquals(0.5, halved10.term(0), 0.0, "the demand keeps its earlier term");
    // cut 25% -> 10%: an earlier offer to leave 20% cannot leave more than is in force now
    Terms now10 = Terms.of(at10, Map.of(), 0.3);
    Terms left20 = Terms.of(at25, Map.of(key, 0.2), 0.5).onSharedItems(now10);
    assertEquals(10.0, left20.remainingRatePct(1), 1e-9);
  }

  @Property(tries = 200, seed = "20180403")
  void describeNamesEveryTrancheAndThreat(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int mode) {
    Random r = new Random(seed);
    Agenda a = randomTariffAgenda(r, true);
    Terms t =
        switch (mode) {
          case 0 -> a.statusQuo();
          case 1 -> Terms.of(a, Map.of(), 1.0);
          case 2 -> a.tradeOff(r.nextBoolean() ? Country.US : Country.CN, r.nextDouble());
          default -> {
            Map<String, Double> x = new HashMap<>();
            for (AgendaItem i : a.items()) {
              x.put(i.key(), r.nextDouble());
            }
            yield Terms.of(a, x, 0);
          }
        };
    String text = t.describe();
    for (int k = 0; k < a.size(); k++) {
      AgendaItem i = a.items().get(k);
      // Demands China meets at 0% are left out of the sentence; every tariff is named.
      boolean named = i.tariff() || Math.round(100 * t.term(k)) > 0;
      assertEquals(named, text.contains(i.label()), "'" + i.label() + "' in: " + text);
    }
  }

  @Test
  void describeReadsAsRatesAGovernmentCanApply() {
    Agenda a =
        NegotiationFixtures.agenda(
            List.of(
                AgendaItem.tranche(Country.US, "first list", 50, 25),
                AgendaItem.tranche(Country.US, "second list", 200, 10),
                AgendaItem.tranche(Country.CN, "retaliation list", 50, 25)));
    Terms t =
        Terms.of(
            a,
            Map.of(
                "tranche:US:first list",
                0.5,
                "tranche:US:second list",
                1.0,
                "tranche:CN:retaliation list",
                0.0),
            0);
    String text = t.describe();
    assertTrue(text.contains("United States cuts the first list from 25% to 12.5%"), text);
    assertTrue(text.contains("United States lifts the second list (10%)"), text);
    assertTrue(text.contains("China keeps the retaliation list at 25%"), text);
  }
}
