/**
 * Scenario files: loading and validation with file, line and key ({@link
 * org.tradewar.scenario.ScenarioLoader}), calibration references, the roster of negotiators, and
 * the immutable {@link org.tradewar.scenario.Scenario} a run is built from.
 */
package org.tradewar.scenario;
