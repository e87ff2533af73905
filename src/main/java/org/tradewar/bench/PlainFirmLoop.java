package org.tradewar.bench;

import ec.util.MersenneTwisterFast;

/**
 * The firms' weekly arithmetic of {@code ImportMarket.stepFirms} in a plain Java loop over arrays,
 * with no model, schedule or accounts around it: the yardstick the benchmark holds the model
 * against.
 */
final class PlainFirmLoop {
  private final double[] value;
  private final double[] cost;
  private final int[] cell;
  private final boolean[] resourced;
  private final double[] cellRate;
  private final double[] cellResourced;

  PlainFirmLoop(int firms, int cells, long seed) {
    MersenneTwisterFast r = new MersenneTwisterFast(seed);
    value = new double[firms];
    cost = new double[firms];
    cell = new int[firms];
    resourced = new boolean[firms];
    cellRate = new double[cells];
    cellResourced = new double[cells];
    for (int c = 0; c < cells; c++) {
      cellRate[c] = c % 3 == 0 ? 0 : 0.1 + 0.15 * (c % 2);
    }
    for (int f = 0; f < firms; f++) {
      value[f] = Math.exp(r.nextGaussian());
      cost[f] = 0.1 * Math.exp(r.nextGaussian());
      cell[f] = (int) ((long) f * cells / firms);
    }
  }

  /** One week for every firm; returns a checksum so the JIT cannot drop the work. */
  double week(double horizonYears, double passThrough) {
    for (int f = 0; f < value.length; f++) {
      if (!resourced[f]) {
        int c = cell[f];
        if (cellRate[c] * passThrough * horizonYears > cost[f]) {
          resourced[f] = true;
          cellResourced[c] += value[f];
        }
      }
    }
    return cellResourced[0];
  }
}
