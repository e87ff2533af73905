package org.tradewar.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * The one 95% interval of a mean: Commons Math's numbers, bit for bit, and stable far from zero.
 */
class MeanIntervalTest {
  @Test
  void theSameBitsAsSummaryStatistics() {
    Random rnd = new Random(11);
    for (int n : new int[] {1, 2, 3, 10, 1000}) {
      MeanInterval cells = new MeanInterval(3);
      SummaryStatistics[] s = {
        new SummaryStatistics(), new SummaryStatistics(), new SummaryStatistics()
      };
      for (int i = 0; i < n; i++) {
        double[] x = {rnd.nextGaussian(), Math.exp(5 * rnd.nextGaussian()), 1e9 + rnd.nextDouble()};
        for (int c = 0; c < 3; c++) {
          cells.add(c, x[c]);
          s[c].addValue(x[c]);
        }
      }
      for (int c = 0; c < 3; c++) {
        assertEquals(s[c].getN(), cells.n(c));
        assertEquals(s[c].getMean(), cells.mean(c), 0, "n = " + n);
        assertEquals(n < 2 ? Double.NaN : s[c].getStandardDeviation(), cells.sd(c), 0, "n = " + n);
        double t =
            n < 2 ? Double.NaN : new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        assertEquals(
            t * s[c].getStandardDeviation() / Math.sqrt(n), cells.halfWidth(c), 0, "n = " + n);
      }
    }
  }

  @Test
  void valuesFarFromZeroKeepTheirSpread() {
    // 10^9 plus 0, 1, 2, 3, 4: the sum of squares minus n m^2 cancels to rounding noise
    MeanInterval one = new MeanInterval(1);
    for (int i = 0; i < 5; i++) {
      one.add(0, 1e9 + i);
    }
    assertEquals(Math.sqrt(2.5), one.sd(0), 1e-12);
    assertEquals(2.7764451051977987 * Math.sqrt(2.5 / 5), one.halfWidth(0), 1e-8);
    Band b = Band.of(new double[][] {{1e9}, {1e9 + 1}, {1e9 + 2}, {1e9 + 3}, {1e9 + 4}});
    assertEquals(one.halfWidth(0), b.upper(0) - b.mean(0), 1e-6);
  }

  @Test
  void emptyAndSingleCellsAndGrowth() {
    MeanInterval m = new MeanInterval(1);
    assertTrue(Double.isNaN(m.mean(0)) && Double.isNaN(m.sd(0)) && Double.isNaN(m.halfWidth(0)));
    m.add(0, 4);
    assertEquals(4, m.mean(0), 0);
    assertTrue(Double.isNaN(m.halfWidth(0)), "no interval from one value");
    m.grow(3);
    assertEquals(3, m.cells());
    assertEquals(1, m.n(0));
    assertEquals(0, m.n(2));
    m.clear();
    assertEquals(0, m.n(0));
  }
}
