package org.tradewar.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tradewar.io.Limits;

/** The streaming summary of a weekly series against the whole table it replaces. */
class WeeklyStatsTest {
  private static WeeklyStats of(double[][] runs) {
    WeeklyStats s = WeeklyStats.band();
    for (double[] r : runs) {
      s.add(r, r.length);
    }
    return s;
  }

  @Test
  void fiveValuesGiveTheTextbookQuantilesAndInterval() {
    double[][] runs = {{3}, {1}, {5}, {2}, {4}};
    Band p = of(runs).percentiles(1);
    assertEquals(3, p.mean(0), 0);
    assertEquals(1.2, p.lower(0), 1e-12, "type 7: 1 + 0.2 (2 - 1)");
    assertEquals(4.8, p.upper(0), 1e-12, "type 7: 4 + 0.8 (5 - 4)");
    Band m = of(runs).meanInterval(1);
    double half = 2.7764451051977987 * Math.sqrt(2.5 / 5); // t(0.975, 4) times the standard error
    assertEquals(
        3 - half, m.lower(0), 1e-8); // Commons Math inverts the t distribution to about 1e-9
    assertEquals(3 + half, m.upper(0), 1e-8);
    assertEquals(5, m.replications());
  }

  @Test
  void theSameBitsAsSortingEveryValueForAnyCountTheLimitsAllow() {
    Random rnd = new Random(7);
    for (int n : new int[] {1, 2, 3, 19, 20, 21, 100, 101, 399, 1000}) {
      double[][] runs = new double[n][6];
      for (double[] r : runs) {
        r[0] = rnd.nextGaussian();
        r[1] = Math.floor(rnd.nextDouble() * 4) * 5; // few distinct values, as tariffs are
        r[2] = Math.exp(3 * rnd.nextGaussian());
        r[3] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextDouble();
        r[4] = 0;
        r[5] = -rnd.nextDouble() * 1e9;
      }
      WeeklyStats s = of(runs);
      assertEquals(
          Band.percentiles(runs, WeeklyStats.LOW, WeeklyStats.HIGH), s.percentiles(6), "n = " + n);
      assertEquals(Band.of(runs), s.meanInterval(6), "n = " + n);
      for (ObservedRecord.Unit unit : ObservedRecord.Unit.values()) {
        double f = unit.fromWeekly();
        double[][] scaled =
            Arrays.stream(runs)
                .map(r -> Arrays.stream(r).map(x -> x * f).toArray())
                .toArray(double[][]::new);
        assertEquals(
            Band.percentiles(scaled, WeeklyStats.LOW, WeeklyStats.HIGH),
            s.percentiles(6, f),
            "in " + unit + ", n = " + n);
      }
    }
  }

  @Test
  void theMeanOfAllRunsIsNaNWhereAnyRunHasNone() {
    WeeklyStats s = WeeklyStats.meanOnly();
    s.add(new double[] {1, 2, Double.NaN}, 3);
    s.add(new double[] {3, 4}, 2);
    assertArrayEquals(new double[] {2, 3, Double.NaN}, s.mean(3));
  }

  @Test
  void memoryPerWeekDoesNotGrowWithReplications() {
    WeeklyStats s = WeeklyStats.band();
    Random rnd = new Random(1);
    double[] week = new double[3];
    for (int r = 0; r < 20 * Limits.MAX_REPLICATIONS; r++) {
      Arrays.setAll(week, w -> rnd.nextGaussian());
      s.add(week, week.length);
      for (int w = 0; w < week.length; w++) {
        assertTrue(s.retained(w) <= 2 * WeeklyStats.tailSize(), "replication " + r);
      }
    }
    assertEquals(2 * WeeklyStats.tailSize(), s.retained(0));
  }

  @Test
  void pastTheLimitAQuantileIsTheInnermostValueKeptAtItsEnd() {
    int n = 5 * Limits.MAX_REPLICATIONS;
    double[][] runs = new double[n][1];
    Random rnd = new Random(3);
    for (double[] r : runs) {
      r[0] = rnd.nextGaussian();
    }
    double[] sorted = Arrays.stream(runs).mapToDouble(r -> r[0]).sorted().toArray();
    Band b = of(runs).percentiles(1);
    int k = WeeklyStats.tailSize();
    assertEquals(sorted[k - 1], b.lower(0), 0, "rank k-1 from the bottom, not about 5% of n");
    assertEquals(sorted[n - k], b.upper(0), 0);
    Band exact = Band.percentiles(runs, WeeklyStats.LOW, WeeklyStats.HIGH);
    assertTrue(
        b.lower(0) <= exact.lower(0) && b.upper(0) >= exact.upper(0),
        "the band errs wide, never narrow");
    assertEquals(exact.mean(0), b.mean(0), 0, "the mean stays exact");
  }

  /** The band's quantiles by the textbook: sort each week's values, interpolate at (n - 1) q. */
  private static double type7(double[] values, double q) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  /** Against a computation written here from the definition, not the code it replaced. */
  @Test
  void theQuantilesAreThoseOfSortingEveryValue() {
    Random rnd = new Random(11);
    for (int n : new int[] {1, 2, 7, 40, 333, Limits.MAX_REPLICATIONS}) {
      int weeks = 4;
      double[][] runs = new double[n][weeks];
      for (double[] r : runs) {
        r[0] = rnd.nextGaussian() * 10;
        r[1] = rnd.nextInt(3); // ties
        r[2] = rnd.nextDouble() < 0.2 ? Double.NaN : Math.exp(rnd.nextGaussian());
        r[3] = -rnd.nextDouble();
      }
      Band b = of(runs).percentiles(weeks);
      for (int w = 0; w < weeks; w++) {
        final int week = w;
        double[] col = Arrays.stream(runs).mapToDouble(r -> r[week]).toArray();
        if (Arrays.stream(col).allMatch(Double::isNaN)) {
          assertTrue(Double.isNaN(b.mean(w)));
          continue;
        }
        double mean = Arrays.stream(col).filter(x -> !Double.isNaN(x)).average().orElseThrow();
        String at = "n = " + n + ", week " + w;
        assertEquals(mean, b.mean(w), 1e-12 * Math.max(1, Math.abs(mean)), at);
        assertEquals(
            type7(col, WeeklyStats.LOW), b.lower(w), 1e-12 * Math.max(1, Math.abs(b.lower(w))), at);
        assertEquals(
            type7(col, WeeklyStats.HIGH),
            b.upper(w),
            1e-12 * Math.max(1, Math.abs(b.upper(w))),
            at);
      }
      assertEquals(n, b.replications());
    }
  }
}
