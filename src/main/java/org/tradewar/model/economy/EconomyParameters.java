package org.tradewar.model.economy;

import org.tradewar.vocabulary.Country;

/**
 * The economy's parameters for one importer, read once from the run's parameters. The elasticities
 * between the rival and other foreign sources are per sector, short run and long run ({@code
 * economy.sector.<importer>.<sector>.elasticity[_long_run]}, which default to the common {@code
 * economy.elasticity[_long_run]}); the elasticity between imports and domestic goods is {@code
 * homeRatio} times the source elasticity of the same sector and horizon.
 */
@SuppressWarnings(
    "ArrayRecordComponent") // a carrier read in the firms' loops; never compared or hashed
public record EconomyParameters(
    double[] sourceShortRun,
    double[] sourceLongRun,
    double homeRatio,
    double passThrough,
    double shortRunRate,
    double longRunRate,
    double prewarTariff,
    double switchingCostMedian,
    double switchingCostDispersion,
    double sizeDispersion,
    double planningHorizonYears,
    double frontLoadingIntensity,
    double paybackRate,
    boolean evaluateEveryWeek) {

  /** The common elasticities' names; a sector's own value is {@code economy.sector.C.id.<name>}. */
  public static final String SOURCE_SHORT = "elasticity";

  public static final String SOURCE_LONG = "elasticity_long_run";

  /** The catalog name of a sector's own elasticity. */
  public static String sectorKey(Country importer, String sectorId, String name) {
    return "economy.sector." + importer.name() + "." + sectorId + "." + name;
  }

  /** Same elasticities in every sector: for tests and benchmarks. */
  public static EconomyParameters uniform(
      int sectors,
      double shortRun,
      double longRun,
      double homeRatio,
      double passThrough,
      double shortRunWeeks,
      double longRunWeeks,
      double prewarTariff,
      double switchingCostMedian,
      double planningHorizonYears) {
    double[] s = new double[sectors];
    double[] l = new double[sectors];
    java.util.Arrays.fill(s, shortRun);
    java.util.Arrays.fill(l, longRun);
    return new EconomyParameters(
        s,
        l,
        homeRatio,
        passThrough,
        adjustmentRate(shortRunWeeks),
        adjustmentRate(longRunWeeks),
        prewarTariff,
        switchingCostMedian,
        1.0,
        1.0,
        planningHorizonYears,
        1.0,
        1 / 8.0,
        false);
  }

  /**
   * The elasticities of sector {@code s}: sigma and kappa, short run ({@code longRun} false) or
   * long run.
   */
  public NestedCes demand(Sector s, boolean longRun) {
    double sigma = (longRun ? sourceLongRun : sourceShortRun)[s.index()];
    return new NestedCes(s.rivalShare(), s.importShare(), sigma, homeRatio * sigma);
  }

  /**
   * Weekly partial-adjustment rate lambda such that 90% of a gap closes in {@code weeks}: (1 -
   * lambda)^weeks = 0.1.
   */
  public static double adjustmentRate(double weeks) {
    return 1.0 - Math.pow(0.1, 1.0 / weeks);
  }
}
