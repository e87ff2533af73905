package org.tradewar.model;

import org.tradewar.vocabulary.Country;

/**
 * Non-tariff measures the articles name: export controls and entity listings (the US on ZTE, Huawei
 * and supercomputer firms), China's list of unreliable entities, limits on rare-earth exports, and
 * halted farm purchases. Each adds pain to its target; some also move trade.
 */
public enum NonTariffMeasure {
  EXPORT_CONTROLS(
      Country.US,
      "adds Chinese technology firms to its export-control entity list",
      "export controls",
      null,
      1.0),
  UNRELIABLE_ENTITIES(
      Country.CN,
      "issues a list of unreliable entities targeting US companies",
      "unreliable entities",
      null,
      1.0),
  RARE_EARTHS(
      Country.CN,
      "limits exports of rare earths to the United States",
      "rare earths",
      "rare_earths",
      0.5),
  PURCHASE_HALT(
      Country.CN, "halts purchases of US soybeans", "soybean purchases halted", "soybeans", 0.3);

  private final Country typicalActor;
  private final String description;
  private final String shortName;
  private final String sector;
  private final double demandFactor;

  NonTariffMeasure(
      Country typicalActor,
      String description,
      String shortName,
      String sector,
      double demandFactor) {
    this.typicalActor = typicalActor;
    this.description = description;
    this.shortName = shortName;
    this.sector = sector;
    this.demandFactor = demandFactor;
  }

  public Country typicalActor() {
    return typicalActor;
  }

  public String description() {
    return description;
  }

  /** A few words for a chart's label: "rare earths". */
  public String shortName() {
    return shortName;
  }

  /** The sector whose trade the measure cuts (imports of the party that suffers), or null. */
  public String sector() {
    return sector;
  }

  /**
   * Factor on that sector's trade while the measure stands. Assumption: halving rare-earth
   * shipments, a 70% cut in soybean purchases; their pain comes through the pain index.
   */
  public double demandFactor() {
    return demandFactor;
  }

  public static NonTariffMeasure parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
