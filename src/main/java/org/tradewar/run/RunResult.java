package org.tradewar.run;

import java.util.Map;
import org.tradewar.model.TradeWarModel;

/**
 * One replication's result: its seed, the outcome class, the summary metrics (NaN where undefined,
 * such as the week of a deal that never came) and the finished model, whose record and timeline the
 * output layer writes.
 */
public record RunResult(int run, long seed, String outcome, Map<String, Double> metrics,
    TradeWarModel model) {

  /** A metric's value, NaN when absent. */
  public double metric(String key) {
    return metrics.getOrDefault(key, Double.NaN);
  }
}
