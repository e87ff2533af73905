package org.tradewar.model.economy;

import org.tradewar.model.Country;
import org.tradewar.model.params.ParameterSet;

/** The economy's parameters for one importer, read once from the run's {@link ParameterSet}. */
public record EconomyParameters(
    double elasticity,
    double passThrough,
    double adjustmentRate,
    double prewarTariff,
    double thirdCountryPremium,
    double switchingCostMedian,
    double switchingCostDispersion,
    double sizeDispersion,
    double switchBackMultiplier,
    double planningHorizonYears,
    double frontLoadingIntensity,
    double paybackRate,
    boolean evaluateEveryWeek) {

  public static EconomyParameters of(ParameterSet p, Country importer) {
    return new EconomyParameters(
        p.get("economy.elasticity"),
        p.get("economy.pass_through"),
        adjustmentRate(p.get("economy.adjustment_weeks")),
        p.get("economy.prewar_tariff_pct." + importer.name()) / 100.0,
        p.get("economy.third_country_premium_pct") / 100.0,
        p.get("firms.switching_cost.median_pct") / 100.0,
        p.get("firms.switching_cost.dispersion"),
        p.get("firms.size_dispersion"),
        p.get("firms.switch_back_cost_multiplier"),
        p.get("firms.planning_horizon_weeks") / BaselineTrade.WEEKS_PER_YEAR,
        p.get("economy.front_loading.intensity"),
        // Imports pulled forward are paid back over about as many weeks as they were pulled.
        1.0 / Math.max(1.0, p.get("economy.front_loading.weeks")),
        p.get("firms.evaluate_every_week") >= 0.5);
  }

  /**
   * Weekly partial-adjustment rate lambda such that 90% of a gap closes in {@code weeks}:
   * (1 - lambda)^weeks = 0.1.
   */
  static double adjustmentRate(double weeks) {
    return 1.0 - Math.pow(0.1, 1.0 / weeks);
  }
}
