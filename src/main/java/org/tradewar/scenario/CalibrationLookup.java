package org.tradewar.scenario;

import java.util.List;
import java.util.Optional;
import org.tradewar.calibration.Pattern;

/**
 * What a scenario needs from the calibration: a parameter's value (a number, or text such as a date
 * or a role) and its provenance, and a hash of the sources for the run manifest.
 */
public interface CalibrationLookup {
  /**
   * The value of a calibration parameter: a Double or a String; empty when the articles lack it.
   */
  Optional<Object> value(String name);

  /** The patterns of the war's path the articles report (the targets of {@code tradewar fit}). */
  List<Pattern> patterns();

  /** Every calibration parameter name (for suggestions and the roster). */
  List<String> names();

  /** Provenance of a parameter for people: its facts' files and sentences, or its derivation. */
  Provenance provenance(String name);

  /** One fact by id, with its file and sentence. */
  Optional<FactRef> fact(String id);

  /** The source the calibration was read from (a seeds folder or a calibration JSON file). */
  String source();

  /** sha256 of the calibration's sources. */
  String sha256();

  /**
   * A parameter's provenance: the article facts (file and sentence), the arithmetic, or a citation.
   */
  record Provenance(List<FactRef> facts, String derivation, String citation) {}

  /** One fact behind a parameter. */
  /**
   * A fact's sentence and where it is: the article's file, and its title for people (the file if
   * none).
   */
  record FactRef(String id, String file, String sentence, String articleTitle) {}
}
