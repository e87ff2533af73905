package org.tradewar.model.economy;

/**
 * The closed forms of a two-level (Armington) CES demand for one sector: the importer buys a
 * composite of domestic goods and a foreign composite (elasticity {@code homeElasticity}, kappa),
 * and the foreign composite is made of the rival's goods and other foreign ("rest of world") goods
 * (elasticity {@code sourceElasticity}, sigma). Prices are relative to the no-war prices, so the
 * no-war point is 1 everywhere and quantities come out as ratios to their no-war levels.
 *
 * <p>Demand is compensated (Hicksian): the importer keeps the no-war level of the sector's
 * composite, so the change in its cost is the exact compensating variation. With the no-war
 * expenditure shares (the rival's share {@code s} of the sector's imports, the imports' share
 * {@code m} of the sector's spending), a relative rival price {@code r} gives
 *
 * <pre>
 *   P_F = (s r^(1-sigma) + 1 - s)^(1/(1-sigma))        price of the foreign composite
 *   P   = (m P_F^(1-kappa) + 1 - m)^(1/(1-kappa))      price of the sector's composite (= cost ratio)
 *   rival   = (r / P_F)^-sigma (P_F / P)^-kappa
 *   others  = P_F^sigma (P_F / P)^-kappa
 *   home    = P^kappa
 * </pre>
 *
 * (Shephard's lemma on the nested CES unit cost; an elasticity of 1 is the Cobb-Douglas limit.)
 */
public final class NestedCes {
  private static final double UNIT = 1e-9;

  private final double rivalShare;
  private final double importShare;
  private final double sourceElasticity;
  private final double homeElasticity;

  /**
   * @param rivalShare the rival's share of the sector's imports before the war, in (0, 1]
   * @param importShare the imports' share of the sector's spending before the war, in (0, 1]
   * @param sourceElasticity sigma, between the rival and other foreign suppliers
   * @param homeElasticity kappa, between imports and domestic goods
   */
  public NestedCes(
      double rivalShare, double importShare, double sourceElasticity, double homeElasticity) {
    if (!(rivalShare > 0 && rivalShare <= 1 && importShare > 0 && importShare <= 1)) {
      throw new IllegalArgumentException(
          "shares must be in (0, 1]: " + rivalShare + ", " + importShare);
    }
    if (!(sourceElasticity >= 0 && homeElasticity >= 0)) {
      throw new IllegalArgumentException("elasticities must not be negative");
    }
    this.rivalShare = rivalShare;
    this.importShare = importShare;
    this.sourceElasticity = sourceElasticity;
    this.homeElasticity = homeElasticity;
  }

  /**
   * Price of the foreign composite when the rival's goods cost {@code r} times their no-war price.
   */
  public double foreignPrice(double r) {
    return mean(rivalShare, r, 1.0, sourceElasticity);
  }

  /**
   * Price of the sector's composite: the ratio of the cost of the no-war utility to its no-war
   * cost.
   */
  public double price(double r) {
    return mean(importShare, foreignPrice(r), 1.0, homeElasticity);
  }

  /**
   * Compensated demand at relative rival price {@code r}, as ratios to the no-war quantities:
   * {@code out[0]} the rival's goods, {@code out[1]} other foreign goods, {@code out[2]} domestic
   * goods, {@code out[3]} the cost ratio P.
   */
  public void demand(double r, double[] out) {
    double pf = foreignPrice(r);
    double p = mean(importShare, pf, 1.0, homeElasticity);
    double foreign = Math.pow(pf / p, -homeElasticity);
    out[0] = Math.pow(r / pf, -sourceElasticity) * foreign;
    out[1] = Math.pow(pf, sourceElasticity) * foreign;
    out[2] = Math.pow(p, homeElasticity);
    out[3] = p;
  }

  public double rivalShare() {
    return rivalShare;
  }

  public double importShare() {
    return importShare;
  }

  /**
   * CES price aggregate of two goods with relative prices a (share w) and b: the power mean of
   * order 1 - e.
   */
  private static double mean(double w, double a, double b, double e) {
    if (Math.abs(1 - e) < UNIT) {
      return Math.pow(a, w) * Math.pow(b, 1 - w);
    }
    double q = 1 - e;
    return Math.pow(w * Math.pow(a, q) + (1 - w) * Math.pow(b, q), 1 / q);
  }
}
