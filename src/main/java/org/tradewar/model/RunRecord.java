package org.tradewar.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.economy.WeeklyAccounts;

/**
 * What a run records, declared in one place: every {@link Variable} per importer and sector (and the
 * total, at index {@code sectors}), and each country's pain index, for every week. Primitive arrays,
 * filled by the recorder agent; the output layer turns them into files.
 */
public final class RunRecord {
  private final int weeks;
  private final Map<Country, List<Sector>> sectors;
  private final Map<Country, double[][][]> flows = new EnumMap<>(Country.class); // [variable][sector][week]
  private final Map<Country, double[]> pain = new EnumMap<>(Country.class);

  public RunRecord(int weeks, Map<Country, List<Sector>> sectors) {
    this.weeks = weeks;
    this.sectors = sectors;
    for (Country c : Country.values()) {
      flows.put(c, new double[Variable.values().length][sectors.get(c).size() + 1][weeks]);
      pain.put(c, new double[weeks]);
    }
  }

  void record(int week, Country importer, WeeklyAccounts a, double painIndex) {
    double[][][] f = flows.get(importer);
    for (int s = 0; s <= a.sectors; s++) {
      f[Variable.IMPORTS.ordinal()][s][week] = a.imports[s];
      f[Variable.BASELINE_IMPORTS.ordinal()][s][week] = a.baseline[s];
      f[Variable.DIVERTED_IMPORTS.ordinal()][s][week] = a.diverted[s];
      f[Variable.AVG_TARIFF.ordinal()][s][week] = a.avgTariffPct[s];
      f[Variable.TARIFF_REVENUE.ordinal()][s][week] = a.revenue[s];
      f[Variable.CONSUMER_COST.ordinal()][s][week] = a.consumerCost[s];
      f[Variable.DEADWEIGHT_LOSS.ordinal()][s][week] = a.deadweightLoss[s];
      f[Variable.RIVAL_SOURCING_SHARE.ordinal()][s][week] = a.rivalShare[s];
    }
    pain.get(importer)[week] = painIndex;
  }

  /** The weekly series of a variable for an importer; {@code sector} = sectors(importer).size() is the total. */
  public double[] series(Variable v, Country importer, int sector) {
    return flows.get(importer)[v.ordinal()][sector];
  }

  public double[] total(Variable v, Country importer) {
    return series(v, importer, sectors.get(importer).size());
  }

  public double[] pain(Country c) {
    return pain.get(c);
  }

  public List<Sector> sectors(Country importer) {
    return sectors.get(importer);
  }

  public int weeks() {
    return weeks;
  }
}
