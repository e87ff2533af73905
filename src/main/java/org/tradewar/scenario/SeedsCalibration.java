package org.tradewar.scenario;

import java.nio.file.Path;
import org.tradewar.calibration.Calibrator;

/**
 * Calibrates a folder of articles and returns the calibration JSON, which the scenario then reads.
 */
final class SeedsCalibration {
  private SeedsCalibration() {}

  static String calibrateToJson(Path seeds) {
    return Calibrator.calibrate(seeds).toJson();
  }
}
