package org.tradewar.sweep;

import java.util.Map;

/**
 * One run of the model: a pure function of the parameter overrides and the seed. Implementations
 * must be safe to call from several threads at once (each call builds its own model).
 */
@FunctionalInterface
public interface RunFunction {
  /**
   * Runs once.
   *
   * @param overrides dotted parameter path to value, as written in the sweep file
   * @param seed the run's seed
   * @return the outcome and metrics; any exception marks this run failed, the sweep goes on
   */
  RunResult run(Map<String, String> overrides, long seed) throws Exception;
}
