package org.tradewar.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tradewar.calibration.Pattern;
import org.tradewar.scenario.Scenario;

/**
 * A fit, as its file describes it (docs/fit.md): the base scenario, the behavioural parameters to
 * estimate with their bounds, the patterns they are fitted to (the base scenario's calibration's),
 * and the budget: replications per candidate, evaluations, the optimiser's seed.
 *
 * @param weights each pattern's weight in the distance (1 unless the file says otherwise; 0 leaves
 *     it out)
 * @param accept how far above the best distance a candidate may be and still count as fitting the
 *     patterns (the accepted set, the estimate's uncertainty)
 */
public record FitSpec(
    Path file,
    String name,
    String title,
    Scenario base,
    List<Bound> parameters,
    List<Pattern> patterns,
    Map<String, Double> weights,
    int replications,
    int budget,
    int population,
    double sigma,
    long seed,
    int profilePoints,
    double accept) {

  /** A parameter to estimate, between bounds, started from the base scenario's value. */
  public record Bound(String path, double min, double max, double start) {
    /** The value at {@code u} in [0, 1] of the range. */
    double at(double u) {
      return min + u * (max - min);
    }

    /** Where {@code v} lies in the range, in [0, 1]. */
    double unit(double v) {
      return max > min ? (v - min) / (max - min) : 0;
    }
  }

  public FitSpec {
    parameters = List.copyOf(parameters);
    patterns = List.copyOf(patterns);
    weights = Map.copyOf(weights);
  }

  /** The weight of pattern {@code id} in the distance. */
  double weight(String id) {
    return weights.getOrDefault(id, 1.0);
  }
}
