package org.tradewar.model.economy;

/**
 * One week's accounts of one import market, by sector and in total (index {@code sectors}). All money
 * in USD bn per week. Reused week after week (filled in place) so the weekly loop allocates nothing.
 */
public final class WeeklyAccounts {
  public final int sectors;
  public final double[] imports;
  public final double[] baseline;
  public final double[] diverted;
  public final double[] revenue;
  public final double[] consumerCost;
  public final double[] deadweightLoss;
  public final double[] avgTariffPct;
  public final double[] rivalShare;

  WeeklyAccounts(int sectors) {
    this.sectors = sectors;
    int n = sectors + 1;
    imports = new double[n];
    baseline = new double[n];
    diverted = new double[n];
    revenue = new double[n];
    consumerCost = new double[n];
    deadweightLoss = new double[n];
    avgTariffPct = new double[n];
    rivalShare = new double[n];
  }

  /** Index of the all-sector total in every array. */
  public int total() {
    return sectors;
  }
}
