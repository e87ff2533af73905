package org.tradewar.model;

/**
 * The weekly flow variables recorded per importer and sector; names are the CSV's. Money is USD bn per
 * week; {@code rival_sourcing_share} is the rival's share of the importer's imports of these goods,
 * {@code resourced_firms_share} the share (by no-war value) of importers that found other suppliers.
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
  RESOURCED_FIRMS_SHARE("resourced_firms_share");

  private final String column;

  Variable(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
