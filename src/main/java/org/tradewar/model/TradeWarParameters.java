package org.tradewar.model;

import org.tradewar.model.params.ParameterSet;

/** The government, expectation and pain parameters, read once when the model is built. */
final class TradeWarParameters {
  final double threatThreshold;
  final double implementThreshold;
  final double retaliateThreshold;
  final double truceThreshold;
  final double breakThreshold;
  final double breakRate;
  final double retaliationRatio;
  final int threatLeadWeeks;
  final int escalationGapWeeks;
  final int truceWeeks;
  final int startWeek;
  final double cadenceWeeks;
  final double surplusCutDemand;
  final double purchaseRealisation;
  final int purchaseMinWeeks;
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

  TradeWarParameters(ParameterSet p) {
    threatThreshold = p.get("government.threat_threshold");
    implementThreshold = p.get("government.implement_threshold");
    retaliateThreshold = p.get("government.retaliate_threshold");
    truceThreshold = p.get("government.truce_threshold");
    breakThreshold = p.get("government.break_threshold");
    breakRate = p.get("government.break_rate");
    retaliationRatio = p.get("cn.retaliation_ratio");
    threatLeadWeeks = p.getInt("government.threat_lead_weeks");
    escalationGapWeeks = p.getInt("government.escalation_gap_weeks");
    truceWeeks = p.getInt("government.truce_weeks");
    startWeek = p.getInt("government.start_week");
    cadenceWeeks = p.get("talks.cadence_weeks");
    surplusCutDemand = p.get("us.surplus_cut_demand_usd_bn");
    purchaseRealisation = p.get("economy.purchase_realisation");
    purchaseMinWeeks = p.getInt("economy.purchase_min_weeks");
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
  }
}
