package org.tradewar.model;

/**
 * A step of a government's escalation ladder: a new tranche (threatened coverage and rate, the part
 * carried out), a rate rise on a labelled tranche, or a non-tariff measure.
 */
record Rung(
    Kind kind,
    String label,
    double coverageUsdBn,
    double implementUsdBn,
    double ratePct,
    String measure) {
  enum Kind {
    NEW_TRANCHE,
    RAISE,
    NON_TARIFF
  }

  static Rung tranche(String label, double coverage, double implement, double rate) {
    return new Rung(Kind.NEW_TRANCHE, label, coverage, implement, rate, null);
  }

  static Rung raise(String label, double rate) {
    return new Rung(Kind.RAISE, label, Double.NaN, Double.NaN, rate, null);
  }

  static Rung nonTariff(String measure) {
    return new Rung(Kind.NON_TARIFF, null, Double.NaN, Double.NaN, Double.NaN, measure);
  }
}
