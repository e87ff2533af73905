package org.tradewar.calibration;

/**
 * One article read for a calibration.
 *
 * @param file the file name inside the seeds folder
 * @param date the article's date: ISO day or month, or null when it could not be determined
 * @param dateBasis where the date came from: the {@code date} line, or the inference (cues and sentences)
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record Source(String file, String date, String dateBasis, String sha256) {
  public Source {
    Check.notBlank(file, "file");
    Check.notBlank(sha256, "sha256");
  }
}
