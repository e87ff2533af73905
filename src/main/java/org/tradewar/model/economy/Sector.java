package org.tradewar.model.economy;

/**
 * One sector of one direction of trade, with its 2017 baseline (USD bn per year) from {@code
 * data/baseline-2017.json} and the two shares its demand system needs from {@code data/sectors.csv}
 * (sources in {@code data/sector-shares.md}): the rival's share of the importer's imports of these
 * goods, and the imports' share of the importer's spending on them. {@code farm} marks soybeans and
 * agriculture (their loss weighs on the exporter's pain); {@code strategic} marks rare earths,
 * whose weight is leverage, not value.
 */
public record Sector(
    int index,
    String id,
    String name,
    double annualBaselineUsdBn,
    boolean farm,
    boolean strategic,
    double rivalShare,
    double importShare) {

  /** USD bn per week: annual / 52.18 (weeks in a year), as the data notes advise. */
  public double weeklyBaselineUsdBn() {
    return annualBaselineUsdBn / BaselineTrade.WEEKS_PER_YEAR;
  }
}
