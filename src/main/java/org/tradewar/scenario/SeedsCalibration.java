package org.tradewar.scenario;

import java.nio.file.Path;
import org.tradewar.io.BadInputException;

/** Calibrates a folder of articles and returns the calibration JSON. */
final class SeedsCalibration {
  private SeedsCalibration() {}

  static String calibrateToJson(Path seeds) {
    throw new BadInputException("calibrating from the folder " + seeds + " is not available in this build");
  }
}
