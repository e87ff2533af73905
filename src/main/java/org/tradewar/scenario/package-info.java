/**
 * Scenario files, from YAML to the immutable {@link org.tradewar.scenario.Scenario} a run is built
 * from (docs/scenarios.md).
 *
 * <p>Start with {@link org.tradewar.scenario.ScenarioLoader}: it reads a file and validates all of
 * it at once, every error with file, line and key. Calibration references are resolved through
 * {@link org.tradewar.scenario.Calibrations} and {@link org.tradewar.scenario.CalibrationLookup};
 * events are {@link org.tradewar.scenario.EventSpec}s; the negotiators of a run come from {@link
 * org.tradewar.scenario.RosterBuilder}, with a scenario's changes in {@link
 * org.tradewar.scenario.NegotiatorOverride}.
 */
package org.tradewar.scenario;
