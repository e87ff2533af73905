package org.tradewar.output;

import org.tradewar.io.Check;
import org.tradewar.vocabulary.Country;

/**
 * Names one weekly series of {@code timeseries.csv}: a variable for a country (the importer, for a
 * flow), a partner (the exporter; empty for country-level variables) and a sector ({@code ALL} for
 * the total).
 */
public record SeriesKey(String variable, String country, String partner, String sector) {
  /** The sector id of totals over all sectors. */
  public static final String ALL = "ALL";

  public SeriesKey {
    Check.notNull(variable, "variable");
    Check.notNull(country, "country");
    partner = partner == null ? "" : partner;
    sector = sector == null || sector.isEmpty() ? ALL : sector;
  }

  /**
   * The total over all sectors of {@code variable} for imports of {@code importer} from its rival.
   */
  public static SeriesKey flow(String variable, Country importer) {
    return new SeriesKey(variable, importer.name(), importer.rival().name(), ALL);
  }

  /** A country-level variable, such as the pain index. */
  public static SeriesKey level(String variable, Country country) {
    return new SeriesKey(variable, country.name(), "", ALL);
  }

  /** The same key for another sector. */
  public SeriesKey withSector(String otherSector) {
    return new SeriesKey(variable, country, partner, otherSector);
  }

  /** The same key for another variable. */
  public SeriesKey withVariable(String otherVariable) {
    return new SeriesKey(otherVariable, country, partner, sector);
  }
}
