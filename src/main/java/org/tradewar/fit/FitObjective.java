package org.tradewar.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.TradeWarModel;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * Runs a candidate: the base scenario with the candidate's values, over the fit's replications, each
 * on the same seed for every candidate (common random numbers: two candidates differ by their
 * parameters, not by their luck), on a thread pool. The result does not depend on the number of
 * threads.
 */
final class FitObjective {
  private final FitSpec spec;
  private final ExecutorService pool;
  private final long[] seeds;

  FitObjective(FitSpec spec, ExecutorService pool) {
    this.spec = spec;
    this.pool = pool;
    this.seeds = new long[spec.replications()];
    for (int r = 0; r < seeds.length; r++) {
      seeds[r] = Simulations.replicationSeed(spec.seed(), r + 2); // the same for every candidate
    }
  }

  /** The scenario with a candidate's values (integers rounded where the catalog wants them). */
  Scenario scenarioFor(double[] values) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      overrides.put(spec.parameters().get(i).path(), ParameterText.num(values[i]));
    }
    return spec.base().withOverrides(overrides);
  }

  Evaluation evaluate(double[] values) {
    Scenario s = scenarioFor(values);
    List<Future<double[]>> runs = new ArrayList<>();
    for (long seed : seeds) {
      runs.add(pool.submit(() -> statistics(s, seed)));
    }
    int np = spec.patterns().size();
    double[][] stats = new double[np][seeds.length];
    try {
      for (int r = 0; r < runs.size(); r++) {
        double[] v = runs.get(r).get();
        for (int p = 0; p < np; p++) {
          stats[p][r] = v[p];
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fit interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a run of the fit failed: " + e.getCause(), e.getCause());
    }
    return Evaluation.of(values, spec, stats);
  }

  private double[] statistics(Scenario s, long seed) {
    TradeWarModel m = Simulations.simulate(s, seed).model();
    List<Pattern> patterns = spec.patterns();
    double[] out = new double[patterns.size()];
    for (int p = 0; p < out.length; p++) {
      out[p] = PatternStatistics.value(patterns.get(p), m);
    }
    return out;
  }
}
