package org.tradewar.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.output.TimeSeries;

/**
 * A variable of {@code timeseries.csv} as a comparison draws it: title, unit, and whether it is
 * shown as an annual rate, a cumulative sum, a percentage of a share, or steps.
 */
public record CompareVariable(String name, String title, String unit, double scale, boolean cumulative,
    boolean step, boolean level) {

  /** The variables a comparison knows, in the order it draws them by default. */
  public static final Map<String, CompareVariable> KNOWN = known();

  private static Map<String, CompareVariable> known() {
    double year = TimeSeries.WEEKS_PER_YEAR;
    Map<String, CompareVariable> m = new LinkedHashMap<>();
    for (CompareVariable v : List.of(
        new CompareVariable("imports_usd_bn", "Imports from the rival", "USD bn per year (annual rate)", year,
            false, false, false),
        new CompareVariable("avg_tariff_pct", "Average tariff on the rival's goods", "Trade-weighted tariff (%)",
            1, false, true, false),
        new CompareVariable("rival_sourcing_share", "The rival's share of imports",
            "Share of the importer's imports of these goods (%)", 100, false, false, false),
        new CompareVariable("diverted_imports_usd_bn", "Imports diverted to other foreign suppliers",
            "USD bn per year (annual rate)", year, false, false, false),
        new CompareVariable("tariff_revenue_usd_bn", "Tariff revenue, cumulative", "USD bn", 1, true, false, false),
        new CompareVariable("consumer_cost_usd_bn", "Cost to importers and consumers, cumulative", "USD bn", 1, true,
            false, false),
        new CompareVariable("deadweight_loss_usd_bn", "Deadweight loss, cumulative", "USD bn", 1, true, false,
            false),
        new CompareVariable("pain_index", "Economic pain index", "% of GDP, annual rate (0 = none)", 1, false, false, true),
        new CompareVariable("baseline_imports_usd_bn", "No-war baseline imports", "USD bn per year (annual rate)",
            year, false, false, false))) {
      m.put(v.name(), v);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The variables drawn when none are asked for. */
  public static final List<String> DEFAULTS = List.of("imports_usd_bn", "avg_tariff_pct", "rival_sourcing_share",
      "diverted_imports_usd_bn", "tariff_revenue_usd_bn", "consumer_cost_usd_bn", "deadweight_loss_usd_bn",
      "pain_index");

  /** A known variable, or a plain rendering of an unknown one (weekly values as they are). */
  public static CompareVariable of(String name, boolean level) {
    CompareVariable v = KNOWN.get(name);
    return v != null ? v : new CompareVariable(name, name.replace('_', ' '), "value per week", 1, false, false,
        level);
  }
}
