package org.tradewar.output;

import java.util.Arrays;
import org.tradewar.io.Check;

/**
 * A weekly series summarised over replications: the mean, and the 95% confidence band of that mean
 * (Student t with n-1 degrees of freedom, {@link MeanInterval}). With one replication the band
 * collapses onto the mean. Weeks where no replication has a value are NaN.
 */
public final class Band {
  private final double[] mean;
  private final double[] lower;
  private final double[] upper;
  private final int replications;

  private Band(double[] mean, double[] lower, double[] upper, int replications) {
    this.mean = mean;
    this.lower = lower;
    this.upper = upper;
    this.replications = replications;
  }

  /**
   * The mean, and the band holding the central share of runs: the {@code lo} to {@code hi}
   * quantiles over replications, week by week (the spread of outcomes, not the uncertainty of the
   * mean).
   */
  public static Band percentiles(double[][] runs, double lo, double hi) {
    int weeks = weeks(runs);
    double[] mean = new double[weeks];
    double[] lower = new double[weeks];
    double[] upper = new double[weeks];
    double[] values = new double[runs.length];
    for (int w = 0; w < weeks; w++) {
      int n = 0;
      double sum = 0;
      for (double[] r : runs) {
        if (w < r.length && !Double.isNaN(r[w])) {
          values[n++] = r[w];
          sum += r[w];
        }
      }
      if (n == 0) {
        mean[w] = lower[w] = upper[w] = Double.NaN;
        continue;
      }
      double[] v = Arrays.copyOf(values, n);
      Arrays.sort(v);
      mean[w] = sum / n;
      lower[w] = quantile(v, lo);
      upper[w] = quantile(v, hi);
    }
    return new Band(mean, lower, upper, runs.length);
  }

  /** The longest run's number of weeks; at least one run is needed. */
  private static int weeks(double[][] runs) {
    Check.notNull(runs, "runs");
    Check.that(runs.length > 0, "at least one replication is needed");
    int weeks = 0;
    for (double[] r : runs) {
      weeks = Math.max(weeks, r.length);
    }
    return weeks;
  }

  /** Linear interpolation between order statistics (type 7, as R and numpy by default). */
  private static double quantile(double[] sorted, double q) {
    return quantile(sorted.length, q, rank -> sorted[rank]);
  }

  /**
   * The same, from {@code n} values of which {@code orderStatistic} gives the one of a rank (0 the
   * smallest).
   */
  static double quantile(int n, double q, java.util.function.IntToDoubleFunction orderStatistic) {
    double h = (n - 1) * q;
    int i = (int) Math.floor(h);
    double at = orderStatistic.applyAsDouble(i);
    return i + 1 < n ? at + (h - i) * (orderStatistic.applyAsDouble(i + 1) - at) : at;
  }

  /** Summarises {@code runs[replication][week]}; rows may differ in length. */
  public static Band of(double[][] runs) {
    int weeks = weeks(runs);
    double[] mean = new double[weeks];
    double[] lower = new double[weeks];
    double[] upper = new double[weeks];
    MeanInterval spread = new MeanInterval(weeks);
    for (int w = 0; w < weeks; w++) {
      double sum = 0;
      int n = 0;
      for (double[] r : runs) {
        if (w < r.length && !Double.isNaN(r[w])) {
          sum += r[w];
          spread.add(w, r[w]);
          n++;
        }
      }
      if (n == 0) {
        mean[w] = lower[w] = upper[w] = Double.NaN;
        continue;
      }
      double m = sum / n;
      double half = halfWidth(spread, w);
      mean[w] = m;
      lower[w] = m - half;
      upper[w] = m + half;
    }
    return new Band(mean, lower, upper, runs.length);
  }

  /**
   * Half the 95% interval of the mean of week {@code w}'s values; 0 for a single value (the band
   * collapses onto the mean). The mean drawn stays the sum over n, the bits the files and charts
   * give.
   */
  static double halfWidth(MeanInterval spread, int w) {
    return spread.n(w) < 2 ? 0 : spread.halfWidth(w);
  }

  /** A band from its parts (the streaming summaries build it week by week). */
  static Band of(double[] mean, double[] lower, double[] upper, int replications) {
    return new Band(mean, lower, upper, replications);
  }

  /**
   * Multiplies mean and bounds by {@code factor} (a rescaling such as a weekly value to an annual
   * rate).
   */
  public Band scaled(double factor) {
    double[] m = mean.clone();
    double[] lo = lower.clone();
    double[] hi = upper.clone();
    for (int i = 0; i < m.length; i++) {
      m[i] *= factor;
      lo[i] *= factor;
      hi[i] *= factor;
    }
    return new Band(m, lo, hi, replications);
  }

  public int weeks() {
    return mean.length;
  }

  public int replications() {
    return replications;
  }

  public double mean(int week) {
    return mean[week];
  }

  public double lower(int week) {
    return lower[week];
  }

  public double upper(int week) {
    return upper[week];
  }

  /** A copy of the means. */
  public double[] means() {
    return mean.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Band b
        && replications == b.replications
        && Arrays.equals(mean, b.mean)
        && Arrays.equals(lower, b.lower)
        && Arrays.equals(upper, b.upper);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mean) * 31 + replications;
  }
}
