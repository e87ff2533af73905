package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each axis is cut into {@code samples}
 * equal strata and every stratum is used exactly once, in an independent random order per axis, with
 * a uniform position inside the stratum. Draws come from MASON's {@code MersenneTwisterFast} seeded
 * from the master seed. Unlike a random design, changing {@code samples} changes every point.
 */
public final class LatinHypercube implements Design {
  @Override
  public List<Point> points(SweepSpec spec) {
    MersenneTwisterFast rng = new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "lhs"));
    int n = spec.samples();
    int k = spec.axes().size();
    double[][] u = new double[n][k];
    int[] perm = new int[n];
    for (int d = 0; d < k; d++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = rng.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      for (int i = 0; i < n; i++) {
        u[i][d] = (perm[i] + rng.nextDouble()) / n;
      }
    }
    return Design.number(Design.scale(spec.axes(), u));
  }
}
