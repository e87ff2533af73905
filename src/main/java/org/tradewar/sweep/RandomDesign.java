package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Independent uniform draws: point i takes the i-th draw of every axis from one MASON
 * {@code MersenneTwisterFast} seeded from the master seed, so raising {@code samples} keeps the
 * earlier points as they were.
 */
public final class RandomDesign implements Design {
  @Override
  public List<Point> points(SweepSpec spec) {
    MersenneTwisterFast rng = new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "random"));
    int k = spec.axes().size();
    double[][] u = new double[spec.samples()][k];
    for (double[] row : u) {
      for (int d = 0; d < k; d++) {
        row[d] = rng.nextDouble();
      }
    }
    return Design.number(Design.scale(spec.axes(), u));
  }
}
