package org.tradewar.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.economy.WeeklyAccounts;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * What a run records, declared in one place: every {@link Variable} per importer and sector (and
 * the total, at index {@code sectors}), and each country's pain index and farm support paid, for
 * every week. Primitive arrays, filled by the recorder agent; the output layer turns them into
 * files.
 */
@SuppressWarnings("EnumOrdinal") // variables index dense arrays, written every week
public final class RunRecord {
  private final int weeks;
  private final Map<Country, List<Sector>> sectors;
  private final Map<Country, double[][][]> flows =
      new EnumMap<>(Country.class); // [variable][sector][week]
  private final Map<Country, double[]> pain = new EnumMap<>(Country.class);
  private final Map<Country, double[]> relief = new EnumMap<>(Country.class);

  public RunRecord(int weeks, Map<Country, List<Sector>> sectors) {
    this.weeks = weeks;
    this.sectors = sectors;
    for (Country c : Country.values()) {
      flows.put(c, new double[Variable.values().length][sectors.get(c).size() + 1][weeks]);
      pain.put(c, new double[weeks]);
      relief.put(c, new double[weeks]);
    }
  }

  void record(int week, Country importer, WeeklyAccounts a, double painIndex, double reliefUsdBn) {
    double[][][] f = flows.get(importer);
    for (Variable v : Variable.values()) {
      double[] values = values(a, v);
      double[][] series = f[v.ordinal()];
      for (int s = 0; s <= a.sectors; s++) {
        series[s][week] = values[s];
      }
    }
    pain.get(importer)[week] = painIndex;
    relief.get(importer)[week] = reliefUsdBn;
  }

  private static double[] values(WeeklyAccounts a, Variable v) {
    return switch (v) {
      case IMPORTS -> a.imports;
      case BASELINE_IMPORTS -> a.baseline;
      case DIVERTED_IMPORTS -> a.diverted;
      case DOMESTIC_SHIFT -> a.domestic;
      case AVG_TARIFF -> a.avgTariffPct;
      case TARIFF_REVENUE -> a.revenue;
      case CONSUMER_COST -> a.consumerCost;
      case DEADWEIGHT_LOSS -> a.deadweightLoss;
      case DEADWEIGHT_LOSS_HARBERGER -> a.harberger;
      case TERMS_OF_TRADE_GAIN -> a.termsOfTrade;
      case RIVAL_SOURCING_SHARE -> a.rivalShare;
      case RESOURCED_FIRMS_SHARE -> a.resourcedShare;
      case IMPORTS_FROM_REST_OF_WORLD -> a.othersImports;
      case BASELINE_IMPORTS_FROM_REST_OF_WORLD -> a.othersBaseline;
    };
  }

  /**
   * The weekly series of a variable for an importer; {@code sector} = sectors(importer).size() is
   * the total.
   */
  public double[] series(Variable v, Country importer, int sector) {
    return flows.get(importer)[v.ordinal()][sector];
  }

  public double[] total(Variable v, Country importer) {
    return series(v, importer, sectors.get(importer).size());
  }

  public double[] pain(Country c) {
    return pain.get(c);
  }

  /** Farm support a country paid each week, USD bn (zero unless relief is on). */
  public double[] relief(Country c) {
    return relief.get(c);
  }

  public List<Sector> sectors(Country importer) {
    return sectors.get(importer);
  }

  public int weeks() {
    return weeks;
  }
}
