package org.tradewar.model.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradewar.model.negotiation.NegotiationFixtures.IMPORTS;
import static org.tradewar.model.negotiation.NegotiationFixtures.WEIGHTS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.tradewar.vocabulary.Country;

/**
 * Utilities over terms: bounded, anchored at the status quo, concave, and blind to zero weights.
 */
class AgendaUtilityTest {

  /** Random issue weights (some exactly zero), random tariff weights and curvature, from a seed. */
  static IssueWeights randomWeights(Random r, double rho) {
    Map<Country, double[]> demand = new EnumMap<>(Country.class);
    Map<Country, Double> relief = new EnumMap<>(Country.class);
    Map<Country, Double> leverage = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      double[] w = new double[Issue.values().length];
      for (int i = 0; i < w.length; i++) {
        w[i] = r.nextDouble() < 0.15 ? 0 : r.nextDouble();
      }
      demand.put(c, w);
      relief.put(c, 5 * r.nextDouble());
      leverage.put(c, 5 * r.nextDouble());
    }
    double[] steps = {0.5, 1.0, 2.5, 5.0};
    return new IssueWeights(
        demand, relief, leverage, 0.2 * r.nextDouble(), rho, steps[r.nextInt(steps.length)]);
  }

  /**
   * A random non-empty agenda: some demands, maybe tranches and a threat, at rates in steps of five
   * points (on the grid of every rate step {@link #randomWeights} draws).
   */
  static List<AgendaItem> randomItems(Random r) {
    List<AgendaItem> items = new ArrayList<>();
    for (Issue i : Issue.values()) {
      if (r.nextBoolean()) {
        items.add(AgendaItem.demand(i));
      }
    }
    if (r.nextBoolean()) {
      items.add(
          AgendaItem.tranche(
              Country.US, "first list", 10 + 300 * r.nextDouble(), 5.0 * (1 + r.nextInt(10))));
    }
    if (r.nextBoolean()) {
      items.add(
          AgendaItem.tranche(
              Country.CN, "retaliation", 10 + 100 * r.nextDouble(), 5.0 * (1 + r.nextInt(10))));
    }
    if (r.nextBoolean()) {
      items.add(AgendaItem.threat(Country.US, "third list", 200, 25));
    }
    if (items.isEmpty()) {
      items.add(AgendaItem.demand(Issue.ENFORCEMENT));
    }
    return items;
  }

  @Property(tries = 200, seed = "20180403")
  void utilityIsAlwaysInTheUnitInterval(
      @ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 0.95) double rho) {
    Random r = new Random(seed);
    Agenda a = randomWeights(r, rho).agenda(randomItems(r), IMPORTS);
    for (int trial = 0; trial < 20; trial++) {
      double[] x = new double[a.size()];
      for (int k = 0; k < x.length; k++) {
        x[k] = -0.5 + 2 * r.nextDouble(); // also outside [0, 1]: must be read as clamped
      }
      for (Country c : Country.values()) {
        double u = a.utility(c, x);
        assertTrue(u >= 0 && u <= 1, c + " utility " + u + " outside [0, 1]");
      }
    }
  }

  @Test
  void statusQuoGivesTheReceiverNothingAndTheGiverEverythingOnEachItem() {
    for (AgendaItem item : NegotiationFixtures.demandsAndTwoTranches()) {
      Agenda one = NegotiationFixtures.agenda(List.of(item));
      Terms sq = one.statusQuo();
      assertEquals(0.0, sq.utility(item.receiver()), 1e-12, item.key() + " receiver");
      assertEquals(1.0, sq.utility(item.giver()), 1e-12, item.key() + " giver");
      // and the other end of the item: full concession
      Terms full = Terms.of(one, Map.of(item.key(), 1.0), 0);
      assertEquals(1.0, full.utility(item.receiver()), 1e-12, item.key() + " receiver, full");
      assertEquals(0.0, full.utility(item.giver()), 1e-12, item.key() + " giver, full");
    }
  }

  @Test
  void statusQuoUtilityOfAWholeAgendaIsTheWeightShareOfWhatTheSideGives() {
    Agenda a = NegotiationFixtures.withTranches();
    for (Country c : Country.values()) {
      double gives = 0;
      double total = 0;
      for (int k = 0; k < a.size(); k++) {
        total += a.weight(c, k);
        if (a.items().get(k).giver() == c) {
          gives += a.weight(c, k);
        }
      }
      assertEquals(gives / total, a.statusQuo().utility(c), 1e-12, c.toString());
      assertEquals(1.0, a.ideal(c).utility(c), 1e-12, c + " ideal");
      assertEquals(0.0, a.ideal(c.rival()).utility(c), 1e-12, c + " rival's ideal");
    }
    // US gives only its tranche, China gives every demand and its tranche
    double us = a.statusQuo().utility(Country.US);
    double cn = a.statusQuo().utility(Country.CN);
    assertTrue(us > 0 && us < 0.2, "US status quo " + us);
    assertTrue(cn > 0.8 && cn < 1, "CN status quo " + cn);
  }

  @Property(tries = 200, seed = "20180403")
  void halfAnItemIsWorthMoreThanHalfTheWholeItem(
      @ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 0.95) double rho) {
    Random r = new Random(seed);
    Agenda a = randomWeights(r, rho).agenda(randomItems(r), IMPORTS);
    double[] base = new double[a.size()];
    for (int k = 0; k < base.length; k++) {
      base[k] = r.nextDouble();
    }
    for (int k = 0; k < a.size(); k++) {
      AgendaItem item = a.items().get(k);
      for (Country side : Country.values()) {
        if (a.weight(side, k) <= 0) {
          continue;
        }
        // from the side's worst term on the item to its best
        double worst = item.giver() == side ? 1 : 0;
        double best = 1 - worst;
        double uWorst = a.utility(side, with(base, k, worst));
        double uHalf = a.utility(side, with(base, k, 0.5));
        double uBest = a.utility(side, with(base, k, best));
        assertTrue(uBest > uWorst, side + " on " + item.key());
        assertTrue(
            uHalf - uWorst > 0.5 * (uBest - uWorst),
            side
                + " on "
                + item.key()
                + ", rho "
                + rho
                + ": half "
                + (uHalf - uWorst)
                + " vs whole "
                + (uBest - uWorst));
      }
    }
  }

  @Test
  void halfAnItemOnItsOwnIsWorthExactlyHalfToTheRhoAtDefaults() {
    Agenda one = NegotiationFixtures.agenda(List.of(AgendaItem.demand(Issue.AGRICULTURE)));
    double rho = WEIGHTS.curvature();
    assertEquals(Math.pow(0.5, rho), one.utility(Country.US, new double[] {0.5}), 1e-12);
    assertEquals(Math.pow(0.5, rho), one.utility(Country.CN, new double[] {0.5}), 1e-12);
    assertTrue(Math.pow(0.5, rho) > 0.5);
  }

  @Property(tries = 200, seed = "20180403")
  void anItemASideDoesNotCareAboutNeverChangesItsUtility(
      @ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 0.95) double rho) {
    Random r = new Random(seed);
    IssueWeights base = randomWeights(r, rho);
    Issue ignored = Issue.values()[r.nextInt(Issue.values().length)];
    Country side = r.nextBoolean() ? Country.US : Country.CN;
    Map<Country, double[]> demand = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      double[] w = base.demandWeights(c);
      if (c == side) {
        w[ignored.ordinal()] = 0;
      }
      demand.put(c, w);
    }
    IssueWeights weights =
        new IssueWeights(
            demand,
            Map.of(Country.US, 2.0, Country.CN, 2.0),
            Map.of(Country.US, 0.5, Country.CN, 0.5),
            0.05,
            rho,
            2.5);
    List<AgendaItem> without = new ArrayList<>(randomItems(r));
    without.removeIf(i -> i.issue() == ignored);
    List<AgendaItem> with = new ArrayList<>(without);
    with.add(r.nextInt(with.size() + 1), AgendaItem.demand(ignored));
    Agenda small = weights.agenda(without, IMPORTS);
    Agenda big = weights.agenda(with, IMPORTS);
    int z = big.indexOf(AgendaItem.demand(ignored).key());
    assertEquals(0.0, big.weight(side, z));

    Map<String, Double> byKey = new java.util.HashMap<>();
    for (AgendaItem i : without) {
      byKey.put(i.key(), r.nextDouble());
    }
    double u = Terms.of(small, byKey, 0).utility(side);
    for (double t : new double[] {0, 0.3, 0.5, 1}) {
      byKey.put(AgendaItem.demand(ignored).key(), t);
      assertEquals(
          u,
          Terms.of(big, byKey, 0).utility(side),
          1e-12,
          side + " utility moved with the term on " + ignored + " = " + t);
    }
  }

  private static double[] with(double[] x, int k, double v) {
    double[] y = x.clone();
    y[k] = v;
    return y;
  }
}
