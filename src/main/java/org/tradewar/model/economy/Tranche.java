package org.tradewar.model.economy;

import java.util.Arrays;
import org.tradewar.vocabulary.Country;

/**
 * A tariff tranche: a dollar value of the rival's goods (spread over sectors) taxed at a rate from
 * a week on. Tranches stack: goods can be covered by several. The rate can be raised or rolled
 * back, for the whole tranche or for some of its sectors (a cut that drops goods from a list); the
 * covered value is fixed when the tranche is imposed (capped by what is left to cover).
 */
public final class Tranche {
  private final int bit;
  private final Country imposer;
  private final String label;
  private final double requestedUsdBn;
  private final double coveredUsdBn;
  private final int startWeek;
  private double ratePct;
  private final double[] sectorRatePct; // NaN: the sector pays the tranche's rate

  Tranche(
      int bit,
      Country imposer,
      String label,
      double requestedUsdBn,
      double coveredUsdBn,
      double ratePct,
      int startWeek,
      int sectors) {
    this.bit = bit;
    this.imposer = imposer;
    this.label = label;
    this.requestedUsdBn = requestedUsdBn;
    this.coveredUsdBn = coveredUsdBn;
    this.ratePct = ratePct;
    this.startWeek = startWeek;
    this.sectorRatePct = new double[sectors];
    Arrays.fill(sectorRatePct, Double.NaN);
  }

  int bit() {
    return bit;
  }

  public Country imposer() {
    return imposer;
  }

  public String label() {
    return label;
  }

  /** The coverage asked for, USD bn per year (2017 values). */
  public double requestedUsdBn() {
    return requestedUsdBn;
  }

  /** The coverage obtained, USD bn per year: less than asked when the rival's exports ran out. */
  public double coveredUsdBn() {
    return coveredUsdBn;
  }

  /**
   * The tranche's rate: what every sector it covers pays, unless a cut set the sector's own rate.
   */
  public double ratePct() {
    return ratePct;
  }

  /** The rate the goods of sector {@code index} under this tranche pay. */
  public double ratePct(int sector) {
    double own = sectorRatePct[sector];
    return Double.isNaN(own) ? ratePct : own;
  }

  /** Whether a cut gave some sector its own rate. */
  public boolean hasSectorRates() {
    for (double r : sectorRatePct) {
      if (!Double.isNaN(r)) {
        return true;
      }
    }
    return false;
  }

  /** A new rate for the whole tranche: sectors' own rates are dropped. */
  void setRatePct(double ratePct) {
    this.ratePct = ratePct;
    Arrays.fill(sectorRatePct, Double.NaN);
  }

  void setSectorRatePct(int sector, double ratePct) {
    sectorRatePct[sector] = ratePct;
  }

  public int startWeek() {
    return startWeek;
  }
}
