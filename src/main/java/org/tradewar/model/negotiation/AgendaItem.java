package org.tradewar.model.negotiation;

import org.tradewar.vocabulary.Country;

/**
 * One thing the two sides can trade at the table. A term on an item is the share the {@code giver}
 * concedes to the other side, in [0, 1]: for a {@link Kind#DEMAND}, how far China meets the US
 * demand; for a {@link Kind#TRANCHE} in force, the share of its rate the imposer removes; for a
 * {@link Kind#THREAT}, how far the threatener backs off (the share of the threatened rate it drops;
 * a deal withdraws the threat when nothing is left and holds the rest in reserve).
 *
 * @param key unique within an agenda and stable from meeting to meeting ("demand:enforcement",
 *     "tranche:US:first list", "threat:US:third list"), so that offers can be compared across
 *     meetings
 * @param ratePct a tranche's rate; for a threat, the rate it would add
 * @param baseRatePct for a threatened rise, the tranche's rate now (0 for a threatened new tranche)
 * @param publicCommitment the item is a tariff or threat the giver announced: backing down on it
 *     has an audience cost (Fearon 1994)
 */
public record AgendaItem(
    String key,
    Kind kind,
    Country giver,
    Issue issue,
    String label,
    double coverageUsdBn,
    double ratePct,
    double baseRatePct,
    boolean publicCommitment) {

  /** What the item is. */
  public enum Kind {
    DEMAND,
    TRANCHE,
    THREAT
  }

  public static AgendaItem demand(Issue issue) {
    return new AgendaItem(
        "demand:" + issue.key(),
        Kind.DEMAND,
        Country.CN,
        issue,
        issue.label(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        false);
  }

  public static AgendaItem tranche(
      Country imposer, String label, double coverageUsdBn, double ratePct) {
    return new AgendaItem(
        "tranche:" + imposer + ":" + label,
        Kind.TRANCHE,
        imposer,
        null,
        label,
        coverageUsdBn,
        ratePct,
        Double.NaN,
        true);
  }

  /** A threatened new tranche at {@code ratePct}. */
  public static AgendaItem threat(
      Country threatener, String label, double coverageUsdBn, double ratePct) {
    return threat(threatener, label, coverageUsdBn, ratePct, 0);
  }

  /**
   * A threat to add {@code addedRatePct} to a tranche now at {@code baseRatePct} (0: a new
   * tranche).
   */
  public static AgendaItem threat(
      Country threatener,
      String label,
      double coverageUsdBn,
      double addedRatePct,
      double baseRatePct) {
    return new AgendaItem(
        "threat:" + threatener + ":" + label,
        Kind.THREAT,
        threatener,
        null,
        label,
        coverageUsdBn,
        addedRatePct,
        baseRatePct,
        true);
  }

  public Country receiver() {
    return giver.rival();
  }

  /** The duties the item carries or threatens, USD bn per year (coverage times rate). */
  public double dutyUsdBn() {
    return kind == Kind.DEMAND ? 0 : coverageUsdBn * ratePct / 100.0;
  }

  public boolean tariff() {
    return kind != Kind.DEMAND;
  }
}
