package org.tradewar.fit;

import java.util.List;
import org.tradewar.calibration.Pattern;

/**
 * One candidate's result: its parameter values, the distance to the patterns, and for each pattern
 * the share of replications that meet it and the mean and standard deviation of its statistic.
 */
@SuppressWarnings("ArrayRecordComponent") // a log row; never compared or hashed
public record Evaluation(
    double[] values, double loss, double[] metShare, double[] mean, double[] sd) {

  /**
   * Distance of a set of runs to the patterns: the weighted share of misses, plus a quarter of the
   * mean shortfall in tolerances (the smooth part that tells the optimiser which way to go).
   */
  static Evaluation of(double[] values, FitSpec spec, double[][] statistics) {
    return of(values, spec.patterns(), spec::weight, statistics);
  }

  static Evaluation of(
      double[] values,
      List<Pattern> patterns,
      java.util.function.ToDoubleFunction<String> weight,
      double[][] statistics) {
    int np = patterns.size();
    double[] met = new double[np];
    double[] mean = new double[np];
    double[] sd = new double[np];
    double loss = 0;
    double weights = 0;
    for (int p = 0; p < np; p++) {
      Pattern pattern = patterns.get(p);
      double[] v = statistics[p];
      double shortfall = 0;
      for (double x : v) {
        met[p] += pattern.met(x) ? 1 : 0;
        mean[p] += x;
        shortfall += pattern.shortfall(x);
      }
      met[p] /= v.length;
      mean[p] /= v.length;
      shortfall /= v.length;
      for (double x : v) {
        sd[p] += (x - mean[p]) * (x - mean[p]);
      }
      sd[p] = v.length > 1 ? Math.sqrt(sd[p] / (v.length - 1)) : 0;
      double w = weight.applyAsDouble(pattern.id());
      loss += w * ((1 - met[p]) + 0.25 * shortfall);
      weights += w;
    }
    return new Evaluation(values.clone(), weights > 0 ? loss / weights : 0, met, mean, sd);
  }
}
