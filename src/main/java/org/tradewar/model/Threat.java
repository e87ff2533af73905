package org.tradewar.model;

import org.tradewar.model.economy.Tranche;
import org.tradewar.vocabulary.Country;

/**
 * A threatened tariff with a deadline: either a new tranche (coverage at a rate, of which {@code
 * implementUsdBn} is carried out at the deadline) or a rate rise on an existing tranche. {@code
 * answers} marks a counter-threat made in reply to the rival's threat.
 */
final class Threat {
  final Country actor;
  final String label;
  final double coverageUsdBn;
  final double implementUsdBn;
  final double ratePct;
  final Tranche raises; // null for a new tranche
  final boolean answers;
  int deadlineWeek;

  Threat(
      Country actor,
      String label,
      double coverageUsdBn,
      double implementUsdBn,
      double ratePct,
      Tranche raises,
      int deadlineWeek,
      boolean answers) {
    this.actor = actor;
    this.label = label;
    this.coverageUsdBn = coverageUsdBn;
    this.implementUsdBn = implementUsdBn;
    this.ratePct = ratePct;
    this.raises = raises;
    this.deadlineWeek = deadlineWeek;
    this.answers = answers;
  }
}
