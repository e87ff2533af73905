package org.tradewar.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Sector;

/**
 * China's promise, under a deal, to buy more from the US: spread over the sectors that can supply
 * it (soybeans, other farm goods, energy, aircraft) in proportion to their 2017 exports to China,
 * capped by what each can plausibly deliver ({@code purchases.capacity_multiple} of its baseline a
 * year), and honoured quarter by quarter in part: each quarter's realised share is drawn from a
 * beta distribution with the catalogued mean and spread, from the run's generator.
 */
final class PurchaseCommitment {
  static final List<String> SUPPLYING_SECTORS =
      List.of("soybeans", "agriculture", "energy", "aircraft");
  static final int QUARTER_WEEKS = 13;

  private final int startWeek;
  private final int endWeek;
  private final double promisedUsdBn; // as agreed at the table
  private final double deliverableUsdBn; // after the capacity cap
  private final double[] weeklyBySector; // promised weekly extra purchases, by market sector index
  private double quarterShare = 1;
  private double dueUsdBn; // promised so far (ordered at the full rate)
  private double orderedUsdBn; // ordered so far (at the realised share)
  private boolean stopped;

  PurchaseCommitment(
      ImportMarket chinaImports,
      int week,
      int endWeek,
      double promisedUsdBn,
      double capacityMultiple) {
    this.startWeek = week;
    this.endWeek = Math.max(week + 1, endWeek);
    this.promisedUsdBn = promisedUsdBn;
    List<Sector> sectors = chinaImports.sectors();
    weeklyBySector = new double[sectors.size()];
    double base = 0;
    for (String id : SUPPLYING_SECTORS) {
      base += sectors.get(chinaImports.sectorIndex(id)).annualBaselineUsdBn();
    }
    int weeks = this.endWeek - week;
    double deliverable = 0;
    for (String id : SUPPLYING_SECTORS) {
      Sector s = sectors.get(chinaImports.sectorIndex(id));
      double wanted = promisedUsdBn * s.annualBaselineUsdBn() / base / weeks;
      double cap = capacityMultiple * s.weeklyBaselineUsdBn();
      weeklyBySector[s.index()] = Math.min(wanted, cap);
      deliverable += weeklyBySector[s.index()] * weeks;
    }
    this.deliverableUsdBn = deliverable;
  }

  /** At the start of each quarter, draws the share of the quarter's purchases China will make. */
  boolean quarterStarts(int week) {
    return !stopped && week < endWeek && (week - startWeek) % QUARTER_WEEKS == 0;
  }

  /** At the end of each quarter the US reads the quarter's shortfall. */
  boolean quarterEnds(int week) {
    return !stopped
        && week <= endWeek
        && week > startWeek
        && (week - startWeek) % QUARTER_WEEKS == 0;
  }

  void drawShare(MersenneTwisterFast random, double mean, double sd) {
    quarterShare = betaDraw(random, mean, sd);
  }

  /**
   * This week's orders into China's import market; accumulates what was due and what was ordered.
   *
   * @return this week's shortfall, USD bn
   */
  double order(ImportMarket chinaImports, int week) {
    boolean buying = !stopped && week < endWeek;
    double shortfall = 0;
    for (int s = 0; s < weeklyBySector.length; s++) {
      double due = buying ? weeklyBySector[s] : 0;
      chinaImports.setExtraPurchases(s, due * quarterShare);
      dueUsdBn += due;
      orderedUsdBn += due * quarterShare;
      shortfall += due * (1 - quarterShare);
    }
    return shortfall;
  }

  void stop(ImportMarket chinaImports) {
    stopped = true;
    for (int s = 0; s < weeklyBySector.length; s++) {
      chinaImports.setExtraPurchases(s, 0);
    }
  }

  double quarterShare() {
    return quarterShare;
  }

  double promisedUsdBn() {
    return promisedUsdBn;
  }

  double deliverableUsdBn() {
    return deliverableUsdBn;
  }

  double dueUsdBn() {
    return dueUsdBn;
  }

  double orderedUsdBn() {
    return orderedUsdBn;
  }

  boolean stopped() {
    return stopped;
  }

  /**
   * A beta draw with the given mean and standard deviation (the spread is capped below the largest
   * a beta with that mean allows); degenerate means give themselves.
   */
  static double betaDraw(MersenneTwisterFast random, double mean, double sd) {
    if (mean <= 0 || mean >= 1 || sd <= 0) {
      return Math.max(0, Math.min(1, mean));
    }
    double var = Math.min(sd * sd, 0.9 * mean * (1 - mean));
    double k = mean * (1 - mean) / var - 1;
    BetaDistribution beta =
        new BetaDistribution(new RunGenerator(random), mean * k, (1 - mean) * k);
    return beta.sample();
  }

  /** Commons Math reads the run's one generator through this (it would otherwise make its own). */
  private static final class RunGenerator extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    RunGenerator(MersenneTwisterFast random) {
      this.random = random;
    }

    @Override
    public void setSeed(long seed) {
      throw new UnsupportedOperationException("the run's generator is seeded once, by the model");
    }

    @Override
    public double nextDouble() {
      return random.nextDouble();
    }
  }
}
