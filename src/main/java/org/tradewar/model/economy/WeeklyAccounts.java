package org.tradewar.model.economy;

import java.util.Arrays;

/**
 * One week's accounts of one import market, by sector and in total (index {@code sectors}). All
 * money in USD bn per week, growing with the no-war baseline. Reused week after week (filled in
 * place) so the weekly loop allocates nothing.
 *
 * <p>{@code consumerCost} is the exact compensating variation of the demand system; {@code
 * deadweightLoss} the exact efficiency loss (the cost at no-war prices of what importers buy now,
 * above what they bought before the war) and {@code harberger} its triangle approximation; {@code
 * termsOfTrade} the part of the tariff revenue the rival's exporters pay by cutting their prices
 * (zero with complete pass-through). Net national cost: deadweight loss minus terms of trade.
 * {@code othersImports} and {@code othersBaseline} are the imports from the rest of the world
 * (other foreign suppliers), now and without the war.
 */
public final class WeeklyAccounts {
  public final int sectors;
  public final double[] imports;
  public final double[] baseline;
  public final double[] diverted;
  public final double[] domestic;
  public final double[] revenue;
  public final double[] consumerCost;
  public final double[] deadweightLoss;
  public final double[] harberger;
  public final double[] termsOfTrade;
  public final double[] avgTariffPct;
  public final double[] rivalShare;
  public final double[] resourcedShare;
  public final double[] othersImports;
  public final double[] othersBaseline;
  private final double[][] all;

  WeeklyAccounts(int sectors) {
    this.sectors = sectors;
    int n = sectors + 1;
    imports = new double[n];
    baseline = new double[n];
    diverted = new double[n];
    domestic = new double[n];
    revenue = new double[n];
    consumerCost = new double[n];
    deadweightLoss = new double[n];
    harberger = new double[n];
    termsOfTrade = new double[n];
    avgTariffPct = new double[n];
    rivalShare = new double[n];
    resourcedShare = new double[n];
    othersImports = new double[n];
    othersBaseline = new double[n];
    all =
        new double[][] {
          imports,
          baseline,
          diverted,
          domestic,
          revenue,
          consumerCost,
          deadweightLoss,
          harberger,
          termsOfTrade,
          avgTariffPct,
          rivalShare,
          resourcedShare,
          othersImports,
          othersBaseline
        };
  }

  /** Index of the all-sector total in every array. */
  public int total() {
    return sectors;
  }

  void clear() {
    for (double[] a : all) {
      Arrays.fill(a, 0);
    }
  }

  /** Adds a finished sector to the total (shares and tariffs weighted by the baseline). */
  void addToTotal(int s) {
    int t = sectors;
    imports[t] += imports[s];
    baseline[t] += baseline[s];
    diverted[t] += diverted[s];
    domestic[t] += domestic[s];
    revenue[t] += revenue[s];
    consumerCost[t] += consumerCost[s];
    deadweightLoss[t] += deadweightLoss[s];
    harberger[t] += harberger[s];
    termsOfTrade[t] += termsOfTrade[s];
    avgTariffPct[t] += avgTariffPct[s] * baseline[s];
    resourcedShare[t] += resourcedShare[s] * baseline[s];
    othersImports[t] += othersImports[s];
    othersBaseline[t] += othersBaseline[s];
  }

  /** Finishes the total once every sector is in. */
  void finishTotal() {
    int t = sectors;
    avgTariffPct[t] = baseline[t] > 0 ? avgTariffPct[t] / baseline[t] : 0;
    resourcedShare[t] = baseline[t] > 0 ? resourcedShare[t] / baseline[t] : 0;
    rivalShare[t] =
        imports[t] + othersImports[t] > 0 ? imports[t] / (imports[t] + othersImports[t]) : 0;
  }
}
