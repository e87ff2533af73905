package org.tradewar.model.negotiation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.Country;

/**
 * How much each side cares about each issue (weights sum to 1), which gives each side's utility of an
 * offer, and the trade-off offers that reach a target utility at the least cost to the other side.
 *
 * <p>US utility: sum over demands of w_i x_i plus w_T (1 - x_T). China's: sum of w_i (1 - x_i) plus
 * w_T x_T. An offer that concedes first on the issues the other side values most per unit of one's
 * own utility lies on the Pareto frontier (a greedy solution of a linear programme).
 */
public final class IssueWeights {
  private final Map<Country, double[]> weights = new EnumMap<>(Country.class);

  public IssueWeights(double[] us, double[] cn) {
    weights.put(Country.US, normalise(us));
    weights.put(Country.CN, normalise(cn));
  }

  /**
   * Default weights: the US values the surplus and technology most (the articles' "massive trade
   * surplus", "acquisition of American technology", seeds/003), China values tariff relief and its
   * technology policy most ("fundamental to its state-driven economic model", seeds/004). The
   * numbers are assumptions; scenarios can override them.
   */
  public static IssueWeights defaults() {
    //                  IP    TECH  NTB   AGRI  SERV  DEF   ENF   TARIFFS
    double[] us = {0.15, 0.25, 0.05, 0.05, 0.05, 0.20, 0.15, 0.10};
    double[] cn = {0.10, 0.30, 0.05, 0.05, 0.05, 0.05, 0.15, 0.25};
    return new IssueWeights(us, cn);
  }

  /** An offer with the given values, one per issue in ordinal order (for scripted deals). */
  public static Offer offerOf(double[] values) {
    return new Offer(values);
  }

  private static double[] normalise(double[] w) {
    if (w.length != Issue.values().length) {
      throw new IllegalArgumentException("need one weight per issue");
    }
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / sum;
    }
    return out;
  }

  /** A copy of one side's weights, by issue ordinal. */
  public double[] weights(Country side) {
    return weights.get(side).clone();
  }

  public double utility(Country side, Offer o) {
    double[] w = weights.get(side);
    double u = 0;
    for (Issue i : Issue.values()) {
      double x = o.get(i);
      boolean favours = (side == Country.US) == i.usDemand();
      u += w[i.ordinal()] * (favours ? x : 1 - x);
    }
    return u;
  }

  /** The offer {@code side} makes to reach {@code targetUtility} for itself, conceding efficiently. */
  public Offer offerFor(Country side, double targetUtility) {
    double[] own = weights.get(side);
    double[] other = weights.get(side.rival());
    double[] x = new double[Issue.values().length];
    for (Issue i : Issue.values()) {
      boolean favours = (side == Country.US) == i.usDemand();
      x[i.ordinal()] = favours ? 1 : 0; // the side's ideal point
    }
    double toConcede = Math.max(0, 1 - Math.max(0, Math.min(1, targetUtility)));
    List<Issue> order = new ArrayList<>(List.of(Issue.values()));
    order.sort(Comparator.comparingDouble((Issue i) -> -other[i.ordinal()] / own[i.ordinal()])
        .thenComparing(Issue::ordinal));
    for (Issue i : order) {
      if (toConcede <= 0) {
        break;
      }
      double w = own[i.ordinal()];
      double part = Math.min(1, toConcede / w);
      boolean favours = (side == Country.US) == i.usDemand();
      x[i.ordinal()] = favours ? 1 - part : part;
      toConcede -= part * w;
    }
    return new Offer(x);
  }
}
