package org.tradewar.run;

import java.util.Map;
import org.tradewar.model.TradeWarModel;
import org.tradewar.vocabulary.Outcome;

/**
 * One replication's result: its seed, the outcome class, the summary metrics (NaN where undefined,
 * such as the week of a deal that never came) and the finished model, whose record and timeline the
 * output layer writes (null once written: a run keeps the summary metrics of every replication, not
 * their models).
 */
public record RunResult(
    int run, long seed, String outcome, Map<String, Double> metrics, TradeWarModel model) {

  /** Each metric's mean over runs, NaN values left out (NaN when no run has one). */
  public static Map<String, Double> means(java.util.List<RunResult> runs) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String key : SummaryMetrics.KEYS) {
      double sum = 0;
      int n = 0;
      for (RunResult r : runs) {
        double v = r.metric(key);
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      out.put(key, n == 0 ? Double.NaN : sum / n);
    }
    return out;
  }

  /**
   * The most frequent outcome; ties go to the first in the order deal, truce, no_agreement, no_war.
   */
  public static String majorityOutcome(java.util.List<RunResult> runs) {
    String best = runs.get(0).outcome();
    long bestCount = -1;
    for (String o : Outcome.keys()) {
      long n = runs.stream().filter(r -> r.outcome().equals(o)).count();
      if (n > bestCount) {
        best = o;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * The same result without its model, which a long run lets go once the replication is written.
   */
  public RunResult withoutModel() {
    return model == null ? this : new RunResult(run, seed, outcome, metrics, null);
  }

  /** A metric's value, NaN when absent. */
  public double metric(String key) {
    return metrics.getOrDefault(key, Double.NaN);
  }
}
