package org.tradewar.model.negotiation;

import java.util.List;
import org.tradewar.vocabulary.Country;

/**
 * The items on the table at one meeting, with each side's weights, and each side's utility over
 * terms. Utilities are separable and concave (Lai, Sycara and Li 2008): on every item a side gets
 * {@code g^rho}, where {@code g} is its favourable share (the term for the receiver, one minus the
 * term for the giver) and {@code 0 < rho < 1}, so the first concession on an item is worth more
 * than the last and efficient agreements split items rather than trade them whole:
 *
 * <pre>
 *   U_s(x) = sum_i w_si g_si(x_i)^rho / sum_i w_si
 * </pre>
 */
public final class Agenda {
  /** Newton converges in a handful of steps; the cap bounds the bisection fallback (80 / 2^60). */
  private static final int SOLVER_STEPS = 60;

  private final List<AgendaItem> items;
  private final double[] us;
  private final double[] cn;
  private final double rho;
  private final double rateStepPct;

  Agenda(List<AgendaItem> items, double[] us, double[] cn, double rho, double rateStepPct) {
    this.items = List.copyOf(items);
    this.us = us.clone();
    this.cn = cn.clone();
    this.rho = rho;
    this.rateStepPct = rateStepPct;
  }

  /** Tariff terms are agreed in steps of this many percentage points of rate. */
  public double rateStepPct() {
    return rateStepPct;
  }

  public List<AgendaItem> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public double weight(Country side, int item) {
    return weights(side)[item];
  }

  private double[] weights(Country side) {
    return side == Country.US ? us : cn;
  }

  /** Index of the item with this key, or -1. */
  public int indexOf(String key) {
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).key().equals(key)) {
        return k;
      }
    }
    return -1;
  }

  /** {@code side}'s utility of terms {@code x} (one per item), in [0, 1]. */
  public double utility(Country side, double[] x) {
    double[] w = weights(side);
    double sum = 0;
    double total = 0;
    for (int k = 0; k < items.size(); k++) {
      total += w[k];
      sum += w[k] * Math.pow(favourable(side, k, x[k]), rho);
    }
    return total > 0 ? sum / total : 0;
  }

  private double favourable(Country side, int k, double term) {
    double t = Math.max(0, Math.min(1, term));
    return items.get(k).giver() == side ? 1 - t : t;
  }

  /** The terms where {@code side} gets everything: no concession by it, full concession to it. */
  public Terms ideal(Country side) {
    double[] x = new double[items.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = items.get(k).giver() == side ? 0 : 1;
    }
    return new Terms(this, x);
  }

  /** The status quo: nobody concedes anything. */
  public Terms statusQuo() {
    return new Terms(this, new double[items.size()]);
  }

  /**
   * The trade-off offer (Faratin, Sierra and Jennings 2002): the terms that give the rival the most
   * utility while giving {@code side} at least {@code target}. With separable power utilities the
   * Lagrangian gives every item in closed form for a multiplier {@code mu}: where the side
   * receives, {@code x = r / (1 + r)} with {@code r = (mu w_own / w_rival)^(1 / (1 - rho))}; where
   * it gives, {@code x = 1 / (1 + r)}. Own utility rises with {@code mu}, found by safeguarded
   * Newton steps on its logarithm. Offers lie on the Pareto frontier, and the side's own utility is
   * never below its target.
   *
   * <p>Tariff rates are then put on whole steps: each to the nearest step, and where that takes the
   * side below its target, the items rounded against it are moved to the step in its favour, those
   * that cost the rival least per unit of the side's gain first, until the target is met (rounding
   * every rate in the side's favour always meets it, as the exact terms do).
   */
  public Terms tradeOff(Country side, double target) {
    if (target >= 1) {
      return ideal(side);
    }
    if (target <= 0) {
      return ideal(side.rival()); // asking for nothing: everything to the rival
    }
    // Aim a hair above the target, so that rounding error in the terms cannot leave it just below.
    double aim = Math.min(1, target + 1e-12);
    Terms exact = new Terms(this, termsAt(side, multiplierFor(side, aim)));
    double[] nearest = exact.roundedToNearest().values();
    double[] favoured = exact.roundedFor(side).values();
    double[] w = weights(side);
    double[] v = weights(side.rival());
    double own = utility(side, nearest);
    while (own < aim) {
      int best = -1;
      double bestRatio = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < nearest.length; k++) {
        if (nearest[k] == favoured[k]) {
          continue;
        }
        double gain = w[k] * (gainOf(side, k, favoured[k]) - gainOf(side, k, nearest[k]));
        double loss =
            v[k] * (gainOf(side.rival(), k, nearest[k]) - gainOf(side.rival(), k, favoured[k]));
        double ratio = gain / Math.max(loss, 1e-300);
        if (gain > 0 && ratio > bestRatio) {
          best = k;
          bestRatio = ratio;
        }
      }
      if (best < 0) {
        return new Terms(this, favoured);
      }
      nearest[best] = favoured[best];
      own = utility(side, nearest);
    }
    return new Terms(this, nearest);
  }

  private double gainOf(Country side, int k, double term) {
    return Math.pow(favourable(side, k, term), rho);
  }

  /**
   * The log multiplier at which {@code side}'s own utility reaches {@code target}: Newton steps on
   * the smooth, increasing own utility, kept inside a bracket that always has the target met at its
   * upper end (a step that leaves the bracket is replaced by bisection). Returns the upper end.
   */
  private double multiplierFor(Country side, double target) {
    double[] own = weights(side);
    double[] other = weights(side.rival());
    double total = 0;
    for (double w : own) {
      total += w;
    }
    if (total <= 0) {
      return 0; // the side cares about nothing on the agenda: any terms meet any target it can
      // reach
    }
    double lo = -40;
    double hi = 40;
    double m = 0;
    for (int step = 0; step < SOLVER_STEPS && hi - lo > 1e-10; step++) {
      double u = 0;
      double slope = 0;
      for (int k = 0; k < own.length; k++) {
        if (own[k] <= 0) {
          continue;
        }
        double keep = keep(own[k], other[k], m);
        double g = Math.pow(keep, rho);
        u += own[k] * g;
        slope += own[k] * rho * g * (1 - keep) / (1 - rho);
      }
      u /= total;
      slope /= total;
      if (u >= target) {
        hi = m;
      } else {
        lo = m;
      }
      double next = slope > 0 ? m + (target - u) / slope : Double.NaN;
      m = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    // The terms are built from the shares again (x = 1 - keep), which can lose the smallest shares
    // to rounding: if the terms themselves fall short, bisect again, on the terms, above hi.
    if (utility(side, termsAt(side, hi)) < target) {
      lo = hi;
      hi = 40;
      for (int step = 0; step < SOLVER_STEPS; step++) {
        double mid = 0.5 * (lo + hi);
        if (utility(side, termsAt(side, mid)) >= target) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
    }
    return hi;
  }

  /** The side's favourable share of an item at log multiplier {@code logMu} (see tradeOff). */
  private double keep(double own, double other, double logMu) {
    if (other <= 0) {
      return 1;
    }
    if (own <= 0) {
      return 0;
    }
    // keep = r / (1 + r) written as a logistic, which neither overflows nor loses precision.
    double z = (logMu + Math.log(own / other)) / (1 - rho);
    return 1 / (1 + Math.exp(-z));
  }

  private double[] termsAt(Country side, double logMu) {
    double[] own = weights(side);
    double[] other = weights(side.rival());
    double[] x = new double[items.size()];
    for (int k = 0; k < x.length; k++) {
      double keep = keep(own[k], other[k], logMu);
      x[k] = items.get(k).giver() == side ? 1 - keep : keep;
    }
    return x;
  }
}
