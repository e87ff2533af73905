package org.tradewar.calibration;

import org.tradewar.io.Check;

/**
 * Where a fact was read: the article file, the sentence as it stands in the file, and its character
 * span, so that {@code text.substring(start, end)} equals {@code sentence}.
 */
public record Provenance(String file, String sentence, int start, int end) {
  public Provenance {
    Check.notBlank(file, "file");
    Check.notNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
