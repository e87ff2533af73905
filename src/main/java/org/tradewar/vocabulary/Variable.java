package org.tradewar.vocabulary;

/**
 * The weekly flow variables recorded per importer and sector; names are the CSV's. Money is USD bn
 * per week; {@code rival_sourcing_share} is the rival's share of the importer's imports of these
 * goods, {@code resourced_firms_share} the share (by no-war value) of importers that found other
 * suppliers. The last two are imports from the rest of the world, written with partner {@code ROW}.
 */
public enum Variable {
  IMPORTS("imports_usd_bn"),
  BASELINE_IMPORTS("baseline_imports_usd_bn"),
  DIVERTED_IMPORTS("diverted_imports_usd_bn"),
  DOMESTIC_SHIFT("domestic_shift_usd_bn"),
  AVG_TARIFF("avg_tariff_pct"),
  TARIFF_REVENUE("tariff_revenue_usd_bn"),
  CONSUMER_COST("consumer_cost_usd_bn"),
  DEADWEIGHT_LOSS("deadweight_loss_usd_bn"),
  DEADWEIGHT_LOSS_HARBERGER("deadweight_loss_harberger_usd_bn"),
  TERMS_OF_TRADE_GAIN("terms_of_trade_gain_usd_bn"),
  RIVAL_SOURCING_SHARE("rival_sourcing_share"),
  RESOURCED_FIRMS_SHARE("resourced_firms_share"),
  /**
   * Imports from the rest of the world (other foreign suppliers), partner {@value #REST_OF_WORLD}.
   */
  IMPORTS_FROM_REST_OF_WORLD("imports_usd_bn", true),
  BASELINE_IMPORTS_FROM_REST_OF_WORLD("baseline_imports_usd_bn", true);

  /** The partner code of the other foreign suppliers in the tables. */
  public static final String REST_OF_WORLD = "ROW";

  private final String column;
  private final boolean restOfWorld;

  Variable(String column) {
    this(column, false);
  }

  Variable(String column, boolean restOfWorld) {
    this.column = column;
    this.restOfWorld = restOfWorld;
  }

  public String column() {
    return column;
  }

  /** True when the partner is the rest of the world, not the rival. */
  public boolean restOfWorld() {
    return restOfWorld;
  }

  /**
   * The variable of {@code column} with the rival as partner ({@code restOfWorld} false) or the
   * rest of the world.
   */
  public static Variable of(String column, boolean restOfWorld) {
    for (Variable v : values()) {
      if (v.column.equals(column) && v.restOfWorld == restOfWorld) {
        return v;
      }
    }
    return null;
  }
}
