package org.tradewar.fit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * Runs a candidate: the base scenario with the candidate's values, over the fit's replications,
 * each on the same seed for every candidate (common random numbers: two candidates differ by their
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
    return Evaluation.of(
        values, spec, PatternRuns.statistics(scenarioFor(values), seeds, spec.patterns(), pool));
  }
}
