package org.tradewar.model.economy;

/**
 * One sector of one direction of trade, with its 2017 baseline (USD bn per year) from
 * {@code data/baseline-2017.json}. {@code farm} marks soybeans and agriculture (their loss weighs on
 * the exporter's pain); {@code strategic} marks rare earths, whose weight is leverage, not value.
 */
public record Sector(int index, String id, String name, double annualBaselineUsdBn, boolean farm,
    boolean strategic) {

  /** USD bn per week: annual / 52.18 (weeks in a year), as the data notes advise. */
  public double weeklyBaselineUsdBn() {
    return annualBaselineUsdBn / BaselineTrade.WEEKS_PER_YEAR;
  }
}
