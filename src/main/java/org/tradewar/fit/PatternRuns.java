package org.tradewar.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.TradeWarModel;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * Runs a scenario on given seeds, on a pool, and measures every pattern on every run: {@code
 * [pattern][run]}, in the seeds' order whatever the number of threads.
 */
final class PatternRuns {
  private PatternRuns() {}

  static double[][] statistics(
      Scenario s, long[] seeds, List<Pattern> patterns, ExecutorService pool) {
    List<Future<double[]>> runs = new ArrayList<>();
    for (long seed : seeds) {
      runs.add(
          pool.submit(
              () -> {
                TradeWarModel m = Simulations.simulate(s.forReplication(seed), seed).model();
                double[] v = new double[patterns.size()];
                for (int p = 0; p < v.length; p++) {
                  v[p] = PatternStatistics.value(patterns.get(p), m);
                }
                return v;
              }));
    }
    double[][] stats = new double[patterns.size()][seeds.length];
    try {
      for (int r = 0; r < runs.size(); r++) {
        double[] v = runs.get(r).get();
        for (int p = 0; p < v.length; p++) {
          stats[p][r] = v[p];
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
    }
    return stats;
  }
}
