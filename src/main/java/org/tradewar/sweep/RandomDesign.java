package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Independent uniform draws: point i takes the i-th draw of every axis from one MASON {@code
 * MersenneTwisterFast} seeded from the master seed, so raising {@code samples} keeps the earlier
 * points as they were. Point i is the draws i k to i k + k - 1 of that stream: reading forward
 * costs k draws a point, starting at point i costs i k draws (some 10^8 a second).
 */
public final class RandomDesign implements Design {
  @Override
  public Points points(SweepSpec spec) {
    return Points.sampled(() -> new Stream(spec));
  }

  private static final class Stream implements Design.Source {
    private final SweepSpec spec;
    private final int k;
    private MersenneTwisterFast rng;
    private int next; // the point the generator stands before

    Stream(SweepSpec spec) {
      this.spec = spec;
      this.k = spec.axes().size();
      rewind();
    }

    private void rewind() {
      rng = new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "random"));
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
      for (long skip = (long) (index - next) * k; skip > 0; skip--) {
        rng.nextDouble();
      }
      double[] u = new double[k];
      for (int d = 0; d < k; d++) {
        u[d] = rng.nextDouble();
      }
      next = index + 1;
      return Design.scale(spec.axes(), u);
    }
  }
}
