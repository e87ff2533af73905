package org.tradewar.sweep;

import java.util.Set;

/**
 * The model a sweep varies: the base scenario bound to the simulation. The loader asks it to check
 * every axis value, so a typo in a parameter path is reported at the line of the sweep file.
 */
public interface BaseModel {
  /** How the sweep file named it, e.g. {@code ../escalation.yaml}. */
  String label();

  /** A sha256 of the base scenario's content, for the manifest and the resume check. */
  String sha256();

  /**
   * A sha256 of everything the runs read besides the sweep file: the scenario and the inputs it
   * refers to (calibration, parameter files, behaviour draws). Shards must agree on it to be
   * merged.
   */
  default String inputsSha256() {
    return sha256();
  }

  /**
   * Checks that {@code path} is a parameter and {@code value} is allowed for it.
   *
   * @throws org.tradewar.io.BadInputException naming the problem (and the nearest path for a typo)
   */
  void checkOverride(String path, String value);

  /** Summary metric keys the runs report; empty when unknown (no check). */
  Set<String> metricKeys();

  /** Weekly series variables the runs report; empty when unknown (no check). */
  Set<String> seriesVariables();

  /**
   * Checks that a weekly series metric can be read from every run (country and partner names).
   *
   * @throws org.tradewar.io.BadInputException naming the problem
   */
  default void checkSeries(String variable, String country, String partner) {}

  /** Weeks a run lasts, or 0 when unknown (no check of series windows). */
  default int weeks() {
    return 0;
  }

  /** The outcomes a run can have; empty when unknown (no check). */
  Set<String> outcomes();

  /** The function that runs the model once. */
  RunFunction runFunction();
}
