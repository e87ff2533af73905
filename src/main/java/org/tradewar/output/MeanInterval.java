package org.tradewar.output;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.tradewar.io.Check;

/**
 * The mean of the values added to each of many cells, one value at a time, and the 95% confidence
 * interval of that mean (Student t with n - 1 degrees of freedom): the one computation of that
 * interval for run bands, sweep summaries and sweep charts. The update is Welford's, numerically
 * stable where a sum of squares minus n times the squared mean cancels to noise (values near 10^9
 * apart by units), and in exactly the arithmetic of Commons Math's {@code SummaryStatistics}, so
 * its numbers are the same bits; flat arrays keep three numbers per cell where a {@code
 * SummaryStatistics} costs a dozen objects.
 */
public final class MeanInterval {
  /** Quantiles already inverted, by degrees of freedom; the same for every thread. */
  private static final Map<Long, Double> T975 = new ConcurrentHashMap<>();

  private long[] n;
  private double[] mean;
  private double[] m2;

  /** {@code cells} empty cells. */
  public MeanInterval(int cells) {
    Check.that(cells >= 0, "cells must not be negative: " + cells);
    n = new long[cells];
    mean = new double[cells];
    m2 = new double[cells];
  }

  /** Adds {@code x} to {@code cell}. */
  public void add(int cell, double x) {
    // Commons Math's FirstMoment and SecondMoment, step for step
    long k = ++n[cell];
    double dev = x - mean[cell];
    double nDev = dev / k;
    mean[cell] += nDev;
    m2[cell] += (k - 1.0) * dev * nDev;
  }

  /** Grows to {@code cells} cells (the new ones empty); never shrinks. */
  public void grow(int cells) {
    if (cells > n.length) {
      n = Arrays.copyOf(n, cells);
      mean = Arrays.copyOf(mean, cells);
      m2 = Arrays.copyOf(m2, cells);
    }
  }

  /** Empties every cell. */
  public void clear() {
    Arrays.fill(n, 0);
    Arrays.fill(mean, 0);
    Arrays.fill(m2, 0);
  }

  public int cells() {
    return n.length;
  }

  /** Values added to {@code cell}. */
  public long n(int cell) {
    return n[cell];
  }

  /** Their mean; NaN without values. */
  public double mean(int cell) {
    return n[cell] == 0 ? Double.NaN : mean[cell];
  }

  /** Their sample standard deviation (n - 1 in the denominator); NaN below two values. */
  public double sd(int cell) {
    return n[cell] < 2 ? Double.NaN : Math.sqrt(m2[cell] / (n[cell] - 1.0));
  }

  /** The standard error of their mean, sd / sqrt(n); NaN below two values. */
  public double standardError(int cell) {
    return sd(cell) / Math.sqrt((double) n[cell]);
  }

  /** Half the width of the 95% confidence interval of their mean; NaN below two values. */
  public double halfWidth(int cell) {
    return halfWidth(n[cell], sd(cell));
  }

  /**
   * Half the 95% interval of a mean of {@code n} values of standard deviation {@code sd}; NaN below
   * two.
   */
  public static double halfWidth(long n, double sd) {
    return n < 2 ? Double.NaN : t975(n - 1) * sd / Math.sqrt((double) n);
  }

  /**
   * The 0.975 quantile of Student's t. The distribution is given no random generator (null): it is
   * only inverted, never sampled, so it must not build a generator of its own.
   */
  public static double t975(long degreesOfFreedom) {
    Check.that(degreesOfFreedom >= 1, "degrees of freedom must be at least 1: " + degreesOfFreedom);
    return T975.computeIfAbsent(
        degreesOfFreedom, d -> new TDistribution(null, d).inverseCumulativeProbability(0.975));
  }
}
