package org.tradewar.sweep;

import java.util.Map;
import org.tradewar.io.Check;

/**
 * What a sweep keeps of a run while it computes the row: the outcome, the summary metrics (keys of
 * {@code summary.json}, see docs/outputs.md; a missing or NaN value means undefined, such as {@code
 * deal_week} without a deal) and access to the weekly series for window aggregates.
 *
 * @param outcome the run's outcome, e.g. {@code deal}
 * @param metrics summary metrics by key
 * @param series weekly series, or {@link Series#NONE}
 */
public record RunResult(String outcome, Map<String, Double> metrics, Series series) {
  public RunResult {
    Check.notNull(outcome, "outcome");
    metrics = Map.copyOf(metrics);
    Check.notNull(series, "series");
  }

  /** A result without series. */
  public RunResult(String outcome, Map<String, Double> metrics) {
    this(outcome, metrics, Series.NONE);
  }

  /** Weekly series of a run, read by the window aggregates of a sweep's metrics. */
  @FunctionalInterface
  public interface Series {
    /** No series at all. */
    Series NONE = (variable, country, partner) -> null;

    /**
     * The weekly values of a variable (sector ALL), week 0 first; null when the run has no such
     * series.
     *
     * @param country the country, or the importer of a flow
     * @param partner the exporter of a flow, or "" for a country-level variable
     */
    double[] weekly(String variable, String country, String partner);
  }
}
