package org.tradewar.model;

/** What happened at the table over a run, counted as it happens (for the summary and sweeps). */
public final class NegotiationCounts {
  int meetings;
  int reviews;
  int deals;
  int dealsKeepingTariffs;
  int dealsBroken;
  int breakdowns;
  int reneging;
  double purchasesPromisedUsdBn;
  double purchasesShortfallUsdBn;
  double purchasesOrderedUsdBn;

  public int meetings() {
    return meetings;
  }

  public int reviews() {
    return reviews;
  }

  public int deals() {
    return deals;
  }

  public int dealsKeepingTariffs() {
    return dealsKeepingTariffs;
  }

  public int dealsBroken() {
    return dealsBroken;
  }

  /** Talks that broke down: at the table (reneging, walk-outs) or by a scenario event. */
  public int breakdowns() {
    return breakdowns;
  }

  /** Extra purchases promised under all deals, USD bn. */
  public double purchasesPromisedUsdBn() {
    return purchasesPromisedUsdBn;
  }

  /** Promised purchases due but not ordered (the realised share fell short), USD bn. */
  public double purchasesShortfallUsdBn() {
    return purchasesShortfallUsdBn;
  }

  /**
   * Promised purchases China actually ordered, USD bn (less than promised: shortfalls, capacity,
   * breaks).
   */
  public double purchasesMadeUsdBn() {
    return purchasesOrderedUsdBn;
  }

  /** Reneging episodes: accusations at the table, and deals broken in anger. */
  public int reneging() {
    return reneging;
  }
}
