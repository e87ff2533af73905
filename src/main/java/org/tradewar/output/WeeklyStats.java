package org.tradewar.output;

import java.util.Arrays;
import org.tradewar.io.Check;
import org.tradewar.io.Limits;

/**
 * One weekly series summarised over replications as they stream past, in memory that does not grow
 * with the number of replications: per week the count and sum (the mean) and, for a series drawn as
 * a band, Welford's running moments (the interval of the mean, {@link MeanInterval}) and the
 * smallest and largest values, as many as the 5% and 95% quantiles of the most replications the
 * limits allow ({@link Limits#MAX_REPLICATIONS}) need. The quantiles are therefore exact, the same
 * numbers as sorting every value, for any run the tool accepts; past that count (only possible by
 * calling this class directly) a quantile falls back to the innermost value kept at its end, rank
 * {@link #tailSize()} - 1 from that end instead of about 5% of n: a bounded sketch whose error is
 * documented rather than hidden. The arithmetic is that of {@link Band}, in replication order, so
 * the numbers are the same bits as {@link Band#percentiles} and {@link Band#of} on the whole table.
 */
public final class WeeklyStats {
  /** The band's quantiles: the central 90% of runs. */
  public static final double LOW = 0.05;

  public static final double HIGH = 0.95;

  /**
   * Values kept at each end: the type-7 quantile at 5% of n values needs the two order statistics
   * around rank 0.05 (n - 1), so 0.05 (n - 1) + 2 of them; one more guards rounding.
   */
  private static final int TAIL =
      (int) Math.ceil(Math.max(LOW, 1 - HIGH) * (Limits.MAX_REPLICATIONS - 1)) + 3;

  /**
   * The factors other than 1 a validation multiplies weekly values by to meet a record's unit: the
   * sum of the scaled values is kept as well, so a band in that unit is the same bits as one
   * computed from the scaled table.
   */
  private static final double[] SCALES =
      java.util.Arrays.stream(ObservedRecord.Unit.values())
          .mapToDouble(ObservedRecord.Unit::fromWeekly)
          .filter(f -> f != 1)
          .distinct()
          .toArray();

  private final boolean band;
  private int replications;
  private int[] count = new int[0];
  private double[] sum = new double[0];
  private final MeanInterval spread = new MeanInterval(0);
  private double[][] scaledSum = new double[SCALES.length][0];
  private boolean[] missing = new boolean[0];
  private SmallestValues[] low = new SmallestValues[0];
  private SmallestValues[] high = new SmallestValues[0];

  private WeeklyStats(boolean band) {
    this.band = band;
  }

  /** A series drawn as a band: mean, interval and quantiles. */
  static WeeklyStats band() {
    return new WeeklyStats(true);
  }

  /** A series only averaged (a sector's rows): sums alone, a few bytes a week. */
  static WeeklyStats meanOnly() {
    return new WeeklyStats(false);
  }

  /** The values kept at each end of each week's distribution. */
  static int tailSize() {
    return TAIL;
  }

  /**
   * Adds one replication: {@code values[w]} for the weeks {@code w < weeks} (NaN where it has
   * none). Weeks the series knew but this replication does not reach count as missing.
   */
  void add(double[] values, int weeks) {
    grow(weeks);
    for (int w = 0; w < count.length; w++) {
      double x = w < weeks ? values[w] : Double.NaN;
      if (Double.isNaN(x)) {
        missing[w] = true;
        continue;
      }
      count[w]++;
      sum[w] += x;
      if (band) {
        spread.add(w, x);
        for (int i = 0; i < SCALES.length; i++) {
          scaledSum[i][w] += x * SCALES[i];
        }
        if (low[w] == null) {
          low[w] = new SmallestValues(TAIL);
          high[w] = new SmallestValues(TAIL);
        }
        low[w].offer(x);
        high[w].offer(-x);
      }
    }
    replications++;
  }

  /** A replication that has no value at all (a series first seen after some replications). */
  void addMissing() {
    Arrays.fill(missing, true);
    replications++;
  }

  private void grow(int weeks) {
    if (weeks <= count.length) {
      return;
    }
    int old = count.length;
    count = Arrays.copyOf(count, weeks);
    sum = Arrays.copyOf(sum, weeks);
    missing = Arrays.copyOf(missing, weeks);
    if (replications > 0) {
      Arrays.fill(missing, old, weeks, true); // the earlier replications did not reach these weeks
    }
    if (band) {
      spread.grow(weeks);
      for (int i = 0; i < SCALES.length; i++) {
        scaledSum[i] = Arrays.copyOf(scaledSum[i], weeks);
      }
      low = Arrays.copyOf(low, weeks);
      high = Arrays.copyOf(high, weeks);
    }
  }

  /**
   * The values week {@code w} keeps at its two ends (tests: it never passes twice {@link
   * #tailSize()}).
   */
  int retained(int w) {
    return low[w] == null ? 0 : low[w].size() + high[w].size();
  }

  public int replications() {
    return replications;
  }

  /** The weeks this series covers. */
  public int weeks() {
    return count.length;
  }

  /** True when this series keeps what a band needs (a total, not a sector's rows). */
  public boolean hasBand() {
    return band;
  }

  /**
   * The mean over all replications, week by week; NaN where any replication has no value (a
   * quarter's accounts then stay empty rather than average fewer runs).
   */
  public double[] mean(int weeks) {
    double[] out = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      out[w] = w >= count.length || missing[w] ? Double.NaN : sum[w] / replications;
    }
    return out;
  }

  /**
   * The mean of the runs that have a value, and their {@code LOW}-{@code HIGH} quantiles ({@link
   * Band#percentiles}).
   */
  public Band percentiles(int weeks) {
    return percentiles(weeks, 1);
  }

  /**
   * The same, of the values times {@code factor}: 1, or a factor of a record's unit ({@link
   * ObservedRecord.Unit#fromWeekly}).
   */
  public Band percentiles(int weeks, double factor) {
    requireBand();
    int scale = -1;
    for (int i = 0; i < SCALES.length; i++) {
      scale = SCALES[i] == factor ? i : scale;
    }
    Check.that(factor == 1 || scale >= 0, "no sums kept for the factor " + factor);
    double[] sums = scale < 0 ? sum : scaledSum[scale];
    double[] mean = new double[weeks];
    double[] lower = new double[weeks];
    double[] upper = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      int n = w < count.length ? count[w] : 0;
      if (n == 0) {
        mean[w] = lower[w] = upper[w] = Double.NaN;
        continue;
      }
      double[] small = low[w].sorted();
      double[] large = high[w].sorted(); // negated: large[0] is minus the largest value
      mean[w] = sums[w] / n;
      lower[w] = Band.quantile(n, LOW, rank -> orderStatistic(small, large, n, rank) * factor);
      upper[w] = Band.quantile(n, HIGH, rank -> orderStatistic(small, large, n, rank) * factor);
    }
    return Band.of(mean, lower, upper, replications);
  }

  /** The mean of the runs that have a value and its 95% confidence interval ({@link Band#of}). */
  public Band meanInterval(int weeks) {
    requireBand();
    double[] mean = new double[weeks];
    double[] lower = new double[weeks];
    double[] upper = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      int n = w < count.length ? count[w] : 0;
      if (n == 0) {
        mean[w] = lower[w] = upper[w] = Double.NaN;
        continue;
      }
      double m = sum[w] / n;
      double half = Band.halfWidth(spread, w);
      mean[w] = m;
      lower[w] = m - half;
      upper[w] = m + half;
    }
    return Band.of(mean, lower, upper, replications);
  }

  /**
   * The value of {@code rank} (0 the smallest) among {@code n}, from the ends kept; the nearest
   * kept past them.
   */
  private static double orderStatistic(double[] small, double[] large, int n, int rank) {
    if (rank < small.length) {
      return small[rank];
    }
    int fromTop = n - 1 - rank;
    if (fromTop < large.length) {
      return -large[fromTop];
    }
    // Only with more replications than the limits allow: the nearer end's innermost value.
    return rank < n / 2 ? small[small.length - 1] : -large[large.length - 1];
  }

  private void requireBand() {
    if (!band) {
      throw new IllegalStateException(
          "this series keeps its mean only (a sector's rows), not a band");
    }
  }
}
