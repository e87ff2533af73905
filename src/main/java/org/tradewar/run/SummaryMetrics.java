package org.tradewar.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tradewar.model.NegotiationCounts;
import org.tradewar.model.RunRecord;
import org.tradewar.model.TradeWarModel;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.Outcome;
import org.tradewar.vocabulary.Variable;

/**
 * The headline numbers of a run (docs/outputs.md lists them): weeks of the first truce and deal,
 * peak and final average tariffs, cumulative imports against the no-war baseline, trade diverted to
 * other suppliers and to home producers, revenue, consumer cost, deadweight loss (exact and
 * Harberger), terms of trade, farm support paid and peak pain. {@code _us} is the US as importer,
 * {@code _cn} China.
 */
public final class SummaryMetrics {
  private SummaryMetrics() {}

  /** Metric keys in their published order. */
  public static final java.util.List<String> KEYS =
      java.util.List.of(
          "deal_week",
          "last_deal_week",
          "truce_week",
          "first_tariff_week",
          "talk_rounds",
          "peak_avg_tariff_pct_us",
          "peak_avg_tariff_pct_cn",
          "final_avg_tariff_pct_us",
          "final_avg_tariff_pct_cn",
          "imports_change_pct_us",
          "imports_change_pct_cn",
          "imports_change_usd_bn_us",
          "imports_change_usd_bn_cn",
          "diverted_imports_usd_bn_us",
          "diverted_imports_usd_bn_cn",
          "domestic_shift_usd_bn_us",
          "domestic_shift_usd_bn_cn",
          "tariff_revenue_usd_bn_us",
          "tariff_revenue_usd_bn_cn",
          "consumer_cost_usd_bn_us",
          "consumer_cost_usd_bn_cn",
          "deadweight_loss_usd_bn_us",
          "deadweight_loss_usd_bn_cn",
          "deadweight_loss_harberger_usd_bn_us",
          "deadweight_loss_harberger_usd_bn_cn",
          "terms_of_trade_gain_usd_bn_us",
          "terms_of_trade_gain_usd_bn_cn",
          "relief_usd_bn_us",
          "relief_usd_bn_cn",
          "peak_pain_index_us",
          "peak_pain_index_cn",
          "deals",
          "deals_keeping_tariffs",
          "deals_broken",
          "breakdowns",
          "reneging_episodes",
          "peak_coverage_25pct_usd_bn_us",
          "peak_coverage_usd_bn_us",
          "threats_on_remaining_imports",
          "non_tariff_measures",
          "purchases_promised_usd_bn",
          "purchases_made_usd_bn",
          "purchases_shortfall_usd_bn");

  public static Map<String, Double> of(TradeWarModel m) {
    RunRecord r = m.record();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("deal_week", m.firstDealWeek() < 0 ? Double.NaN : m.firstDealWeek());
    // The deal in force at the end, if any (an earlier deal may have been broken).
    out.put(
        "last_deal_week", m.outcome().equals(Outcome.DEAL.key()) ? m.lastDealWeek() : Double.NaN);
    out.put("truce_week", m.firstTruceWeek() < 0 ? Double.NaN : m.firstTruceWeek());
    out.put("first_tariff_week", firstTariffWeek(m));
    out.put("talk_rounds", (double) m.meetings());
    for (Country c : Country.values()) {
      out.put("peak_avg_tariff_pct_" + suffix(c), max(r.total(Variable.AVG_TARIFF, c)));
    }
    for (Country c : Country.values()) {
      double[] t = r.total(Variable.AVG_TARIFF, c);
      out.put("final_avg_tariff_pct_" + suffix(c), t[t.length - 1]);
    }
    for (Country c : Country.values()) {
      double imports = sum(r.total(Variable.IMPORTS, c));
      double base = sum(r.total(Variable.BASELINE_IMPORTS, c));
      out.put("imports_change_pct_" + suffix(c), 100 * (imports - base) / base);
    }
    for (Country c : Country.values()) {
      out.put(
          "imports_change_usd_bn_" + suffix(c),
          sum(r.total(Variable.IMPORTS, c)) - sum(r.total(Variable.BASELINE_IMPORTS, c)));
    }
    cumulative(out, r, Variable.DIVERTED_IMPORTS, "diverted_imports_usd_bn_");
    cumulative(out, r, Variable.DOMESTIC_SHIFT, "domestic_shift_usd_bn_");
    cumulative(out, r, Variable.TARIFF_REVENUE, "tariff_revenue_usd_bn_");
    cumulative(out, r, Variable.CONSUMER_COST, "consumer_cost_usd_bn_");
    cumulative(out, r, Variable.DEADWEIGHT_LOSS, "deadweight_loss_usd_bn_");
    cumulative(out, r, Variable.DEADWEIGHT_LOSS_HARBERGER, "deadweight_loss_harberger_usd_bn_");
    cumulative(out, r, Variable.TERMS_OF_TRADE_GAIN, "terms_of_trade_gain_usd_bn_");
    for (Country c : Country.values()) {
      out.put("relief_usd_bn_" + suffix(c), sum(r.relief(c)));
    }
    for (Country c : Country.values()) {
      out.put("peak_pain_index_" + suffix(c), max(r.pain(c)));
    }
    NegotiationCounts n = m.negotiationCounts();
    out.put("deals", (double) n.deals());
    out.put("deals_keeping_tariffs", (double) n.dealsKeepingTariffs());
    out.put("deals_broken", (double) n.dealsBroken());
    out.put("breakdowns", (double) n.breakdowns());
    out.put("reneging_episodes", (double) n.reneging());
    out.put("peak_coverage_25pct_usd_bn_us", m.peakCoverageUsdBn(Country.US, 25));
    out.put("peak_coverage_usd_bn_us", m.peakCoverageUsdBn(Country.US, 0));
    out.put("threats_on_remaining_imports", (double) m.threatsOnRemainingImports());
    out.put(
        "non_tariff_measures",
        (double)
            m.timeline().events().stream()
                .filter(e -> e.kind() == EventKind.NON_TARIFF || e.kind() == EventKind.SANCTION)
                .count());
    out.put("purchases_promised_usd_bn", n.purchasesPromisedUsdBn());
    out.put("purchases_made_usd_bn", n.purchasesMadeUsdBn());
    out.put("purchases_shortfall_usd_bn", n.purchasesShortfallUsdBn());
    return out;
  }

  private static double firstTariffWeek(TradeWarModel m) {
    return m.timeline().events().stream()
        .filter(
            e ->
                switch (e.kind()) {
                  case TARIFF, RETALIATION -> true;
                  default -> false;
                })
        .mapToDouble(e -> e.week())
        .findFirst()
        .orElse(Double.NaN);
  }

  private static void cumulative(Map<String, Double> out, RunRecord r, Variable v, String prefix) {
    for (Country c : Country.values()) {
      out.put(prefix + suffix(c), sum(r.total(v, c)));
    }
  }

  static String suffix(Country c) {
    return c.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
