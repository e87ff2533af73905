package org.tradewar.model;

/** The weekly flow variables recorded per importer and sector; names are the CSV's. */
public enum Variable {
  IMPORTS("imports_usd_bn"),
  BASELINE_IMPORTS("baseline_imports_usd_bn"),
  DIVERTED_IMPORTS("diverted_imports_usd_bn"),
  AVG_TARIFF("avg_tariff_pct"),
  TARIFF_REVENUE("tariff_revenue_usd_bn"),
  CONSUMER_COST("consumer_cost_usd_bn"),
  DEADWEIGHT_LOSS("deadweight_loss_usd_bn"),
  RIVAL_SOURCING_SHARE("rival_sourcing_share");

  private final String column;

  Variable(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
