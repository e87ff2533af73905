package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * First- and total-order Sobol indices from the points of a {@link SobolDesign}, with bootstrap 95%
 * confidence intervals.
 *
 * <p>With f(A), f(B), f(AB^i) the model outputs (a point's mean over its replicates) on the N rows:
 * the variance V is that of all f(A) and f(B) together; the first-order index uses Saltelli et al.
 * (2010), {@code S_i = mean(f(B) (f(AB^i) - f(A))) / V}; the total-order index Jansen (1999),
 * {@code ST_i = mean((f(A) - f(AB^i))^2) / (2 V)}. Rows where any of the k + 2 outputs is missing
 * (failed runs, undefined metric) are left out, and the count used is reported. Intervals are the
 * 2.5 and 97.5 percentiles over bootstrap resamples of the rows, drawn from a MASON {@code
 * MersenneTwisterFast} seeded from the master seed and the metric name.
 */
public final class SobolAnalysis {
  private SobolAnalysis() {}

  /**
   * Indices of one axis.
   *
   * @param first S_i
   * @param firstLow lower end of its 95% bootstrap interval
   * @param firstHigh upper end
   * @param total ST_i
   * @param totalLow lower end of its interval
   * @param totalHigh upper end
   * @param rows rows of the design used
   */
  public record Indices(
      double first,
      double firstLow,
      double firstHigh,
      double total,
      double totalLow,
      double totalHigh,
      int rows) {}

  /**
   * The indices of every axis for one metric.
   *
   * @param k axes
   * @param pointMeans the output per point, in design order (length N (k + 2))
   * @param bootstrap resamples
   * @param seed seed of the bootstrap generator
   */
  public static Indices[] analyse(int k, double[] pointMeans, int bootstrap, long seed) {
    int width = k + 2;
    int n = pointMeans.length / width;
    int used = 0;
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[k][n];
    for (int j = 0; j < n; j++) {
      boolean complete = true;
      for (int r = 0; r < width; r++) {
        complete &= Double.isFinite(pointMeans[j * width + r]);
      }
      if (!complete) {
        continue;
      }
      fa[used] = pointMeans[j * width + SobolDesign.ROLE_A];
      fb[used] = pointMeans[j * width + SobolDesign.ROLE_B];
      for (int i = 0; i < k; i++) {
        fab[i][used] = pointMeans[j * width + 2 + i];
      }
      used++;
    }
    Indices[] out = new Indices[k];
    if (used < 2) {
      for (int i = 0; i < k; i++) {
        out[i] =
            new Indices(
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, used);
      }
      return out;
    }
    int[] all = new int[used];
    for (int j = 0; j < used; j++) {
      all[j] = j;
    }
    double[][] point = estimate(fa, fb, fab, all);
    double[][][] boot = new double[2][k][bootstrap];
    MersenneTwisterFast rng = new MersenneTwisterFast(seed);
    int[] sample = new int[used];
    for (int b = 0; b < bootstrap; b++) {
      for (int j = 0; j < used; j++) {
        sample[j] = rng.nextInt(used);
      }
      double[][] e = estimate(fa, fb, fab, sample);
      for (int i = 0; i < k; i++) {
        boot[0][i][b] = e[0][i];
        boot[1][i][b] = e[1][i];
      }
    }
    for (int i = 0; i < k; i++) {
      out[i] =
          new Indices(
              point[0][i],
              percentile(boot[0][i], 0.025),
              percentile(boot[0][i], 0.975),
              point[1][i],
              percentile(boot[1][i], 0.025),
              percentile(boot[1][i], 0.975),
              used);
    }
    return out;
  }

  /** [0][i] first order, [1][i] total order, over the rows listed in {@code rows}. */
  static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] rows) {
    int n = rows.length;
    int k = fab.length;
    double sum = 0;
    for (int r : rows) {
      sum += fa[r] + fb[r];
    }
    double mean = sum / (2.0 * n);
    double ss = 0;
    for (int r : rows) {
      ss += (fa[r] - mean) * (fa[r] - mean) + (fb[r] - mean) * (fb[r] - mean);
    }
    double v = ss / (2.0 * n - 1);
    double[][] e = new double[2][k];
    for (int i = 0; i < k; i++) {
      double s1 = 0;
      double st = 0;
      for (int r : rows) {
        double d = fab[i][r] - fa[r];
        s1 += fb[r] * d;
        st += d * d;
      }
      e[0][i] = v > 0 ? s1 / n / v : Double.NaN;
      e[1][i] = v > 0 ? st / (2.0 * n) / v : Double.NaN;
    }
    return e;
  }

  /** Linear-interpolated percentile, ignoring NaN; NaN when nothing is left. */
  static double percentile(double[] values, double p) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    double pos = p * (v.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (pos - lo) * (v[hi] - v[lo]);
  }
}
