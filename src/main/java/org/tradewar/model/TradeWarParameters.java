package org.tradewar.model;

import java.util.List;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.EconomyParameters;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/** The government, expectation and pain parameters, read once when the model is built. */
final class TradeWarParameters {
  final double threatThreshold;
  final double implementThreshold;
  final double retaliateThreshold;
  final double truceThreshold;
  final double reluctantMargin;
  final int truceDeadlineWeeks;
  final double summitTruceMargin;
  final int coolOffWeeks;
  final double resumeStance;
  final double audienceCostStance;
  final int requestWeeks;
  final int requestGapWeeks;
  final double retaliationRatio;
  final int threatLeadWeeks;
  final int escalationGapWeeks;
  final int truceWeeks;
  final int startWeek;
  final double cadenceWeeks;
  final double surplusCutDemand;
  final int purchaseMinWeeks;
  final double purchaseCapacity;
  final double purchaseRealisationMean;
  final double purchaseRealisationSd;
  final double purchaseCostShare;
  final double shortfallGrievance;
  final double frontLoadWeeks;
  final double frontLoadIntensity;

  final double priorWeeks;
  final double truceFactor;
  final double progressFactor;
  final double breakdownFactor;
  final double escalationFactor;
  final double dealWeeks;
  final double maxWeeks;

  final double painSmoothing;
  final double painExports;
  final double painPrices;
  final double painFarm;
  final double nonTariffIncrement;
  final double nonTariffDecay;
  final java.util.Map<Country, Double> gdp = new java.util.EnumMap<>(Country.class);
  final java.util.Map<Country, Double> trendPct = new java.util.EnumMap<>(Country.class);
  final java.util.Map<Country, Double> reliefShare = new java.util.EnumMap<>(Country.class);
  final double reliefFiscalWeight;
  final boolean agentsEnabled;

  // Moves: how much each act counts as escalation (+) or concession (-) to the side that reads it.
  final double moveThreat;
  final double moveTariff;
  final double moveNonTariff;
  final double moveTruce;
  final double moveDeal;
  final double moveDeadlinePassed;
  final double moveBreakdown;
  final double moveReneging;

  TradeWarParameters(ParameterSet p) {
    threatThreshold = p.get("government.threat_threshold");
    implementThreshold = p.get("government.implement_threshold");
    retaliateThreshold = p.get("government.retaliate_threshold");
    truceThreshold = p.get("government.truce_threshold");
    reluctantMargin = p.get("government.reluctant_retaliation_margin");
    truceDeadlineWeeks = p.getInt("government.truce_deadline_weeks");
    summitTruceMargin = p.get("government.summit_truce_margin");
    coolOffWeeks = p.getInt("talks.cool_off_weeks");
    resumeStance = p.get("talks.resume_stance");
    audienceCostStance = p.get("government.audience_cost_stance");
    requestWeeks = p.getInt("talks.request_weeks");
    requestGapWeeks = p.getInt("talks.request_gap_weeks");
    retaliationRatio = p.get("cn.retaliation_ratio");
    threatLeadWeeks = p.getInt("government.threat_lead_weeks");
    escalationGapWeeks = p.getInt("government.escalation_gap_weeks");
    truceWeeks = p.getInt("government.truce_weeks");
    startWeek = p.getInt("government.start_week");
    cadenceWeeks = p.get("talks.cadence_weeks");
    surplusCutDemand = p.get("us.surplus_cut_demand_usd_bn");
    purchaseMinWeeks = p.getInt("purchases.min_weeks");
    purchaseCapacity = p.get("purchases.capacity_multiple");
    purchaseRealisationMean = p.get("purchases.realisation_mean");
    purchaseRealisationSd = p.get("purchases.realisation_sd");
    purchaseCostShare = p.get("purchases.cost_share");
    shortfallGrievance = p.get("purchases.shortfall_grievance");
    frontLoadWeeks = p.get("economy.front_loading.weeks");
    frontLoadIntensity = p.get("economy.front_loading.intensity");
    priorWeeks = p.get("expectations.prior_weeks");
    truceFactor = p.get("expectations.truce_factor");
    progressFactor = p.get("expectations.progress_factor");
    breakdownFactor = p.get("expectations.breakdown_factor");
    escalationFactor = p.get("expectations.escalation_factor");
    dealWeeks = p.get("expectations.deal_weeks");
    maxWeeks = p.get("expectations.max_weeks");
    painSmoothing = p.get("pain.smoothing_weeks");
    painExports = p.get("pain.weight_exports");
    painPrices = p.get("pain.weight_prices");
    painFarm = p.get("pain.weight_farm");
    nonTariffIncrement = p.get("pain.non_tariff_increment");
    // Weekly decay factor from the half-life.
    nonTariffDecay = Math.pow(0.5, 1.0 / p.get("pain.non_tariff_decay_weeks"));
    for (Country c : Country.values()) {
      gdp.put(c, p.get("economy.gdp_usd_bn." + c));
      trendPct.put(c, p.get("economy.trend_pct." + c));
      reliefShare.put(c, p.get("relief.share." + c));
    }
    reliefFiscalWeight = p.get("relief.fiscal_pain_weight");
    agentsEnabled = p.get("agents.enabled") >= 0.5;
    moveThreat = p.get("moves.threat");
    moveTariff = p.get("moves.tariff");
    moveNonTariff = p.get("moves.non_tariff");
    moveTruce = p.get("moves.truce");
    moveDeal = p.get("moves.deal");
    moveDeadlinePassed = p.get("moves.deadline_passed");
    moveBreakdown = p.get("moves.breakdown");
    moveReneging = p.get("moves.reneging");
  }

  /** The economy's parameters for one importer. */
  static EconomyParameters economy(ParameterSet p, Country importer, List<Sector> sectors) {
    return new EconomyParameters(
        perSector(p, importer, sectors, EconomyParameters.SOURCE_SHORT),
        perSector(p, importer, sectors, EconomyParameters.SOURCE_LONG),
        p.get("economy.home_elasticity_ratio"),
        p.get("economy.pass_through"),
        EconomyParameters.adjustmentRate(p.get("economy.short_run_weeks")),
        EconomyParameters.adjustmentRate(p.get("economy.long_run_weeks")),
        p.get("economy.prewar_tariff_pct." + importer.name()) / 100.0,
        p.get("firms.switching_cost.median_pct") / 100.0,
        p.get("firms.switching_cost.dispersion"),
        p.get("firms.size_dispersion"),
        p.get("firms.planning_horizon_weeks") / BaselineTrade.WEEKS_PER_YEAR,
        p.get("economy.front_loading.intensity"),
        // Imports pulled forward are paid back over about as many weeks as they were pulled.
        1.0 / Math.max(1.0, p.get("economy.front_loading.weeks")),
        p.get("firms.evaluate_every_week") >= 0.5);
  }

  private static double[] perSector(
      ParameterSet p, Country importer, List<Sector> sectors, String name) {
    double common = p.get("economy." + name);
    double[] out = new double[sectors.size()];
    for (Sector s : sectors) {
      String key = EconomyParameters.sectorKey(importer, s.id(), name);
      out[s.index()] = p.catalog().find(key).isPresent() ? p.get(key) : common;
    }
    return out;
  }
}
