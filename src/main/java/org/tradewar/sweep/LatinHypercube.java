package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each axis is cut into {@code samples}
 * equal strata and every stratum is used exactly once, in an independent random order per axis,
 * with a uniform position inside the stratum. Draws come from MASON's {@code MersenneTwisterFast}
 * seeded from the master seed. Unlike a random design, changing {@code samples} changes every
 * point.
 *
 * <p>The stream holds, per axis, a shuffle of the strata and then the positions inside them. By
 * index, the shuffles are kept (4 bytes a point and axis: a stratum can only be placed once all are
 * drawn) and each axis's positions are replayed from a copy of the generator where they begin.
 */
public final class LatinHypercube implements Design {
  @Override
  public Points points(SweepSpec spec) {
    Strata strata = new Strata(spec);
    return Points.sampled(() -> new Stream(spec, strata));
  }

  /** The shuffled strata of every axis and the generator where each axis's positions start. */
  private static final class Strata {
    final int[][] perm;
    final MersenneTwisterFast[] positions;

    Strata(SweepSpec spec) {
      MersenneTwisterFast rng =
          new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "lhs"));
      int n = spec.samples();
      int k = spec.axes().size();
      perm = new int[k][n];
      positions = new MersenneTwisterFast[k];
      for (int d = 0; d < k; d++) {
        int[] p = perm[d];
        for (int i = 0; i < n; i++) {
          p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates
          int j = rng.nextInt(i + 1);
          int t = p[i];
          p[i] = p[j];
          p[j] = t;
        }
        positions[d] = (MersenneTwisterFast) rng.clone();
        for (int i = 0; i < n; i++) {
          rng.nextDouble();
        }
      }
    }
  }

  private static final class Stream implements Design.Source {
    private final SweepSpec spec;
    private final Strata strata;
    private final MersenneTwisterFast[] rng;
    private int next;

    Stream(SweepSpec spec, Strata strata) {
      this.spec = spec;
      this.strata = strata;
      this.rng = new MersenneTwisterFast[strata.positions.length];
      rewind();
    }

    private void rewind() {
      for (int d = 0; d < rng.length; d++) {
        rng[d] = (MersenneTwisterFast) strata.positions[d].clone();
      }
      next = 0;
    }

    @Override
    public int size() {
      return spec.samples();
    }

    @Override
    public List<String> values(int index) {
      if (index < next) {
        rewind();
      }
      int n = spec.samples();
      double[] u = new double[rng.length];
      for (int d = 0; d < rng.length; d++) {
        for (int s = next; s < index; s++) {
          rng[d].nextDouble();
        }
        u[d] = (strata.perm[d][index] + rng[d].nextDouble()) / n;
      }
      next = index + 1;
      return Design.scale(spec.axes(), u);
    }
  }
}
