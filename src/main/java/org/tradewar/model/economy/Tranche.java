package org.tradewar.model.economy;

import org.tradewar.model.Country;

/**
 * A tariff tranche: a dollar value of the rival's goods (spread over sectors) taxed at a rate from a
 * week on. Tranches stack: goods can be covered by several. The rate can be raised or rolled back; the
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

  Tranche(int bit, Country imposer, String label, double requestedUsdBn, double coveredUsdBn,
      double ratePct, int startWeek) {
    this.bit = bit;
    this.imposer = imposer;
    this.label = label;
    this.requestedUsdBn = requestedUsdBn;
    this.coveredUsdBn = coveredUsdBn;
    this.ratePct = ratePct;
    this.startWeek = startWeek;
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

  public double ratePct() {
    return ratePct;
  }

  void setRatePct(double ratePct) {
    this.ratePct = ratePct;
  }

  public int startWeek() {
    return startWeek;
  }
}
