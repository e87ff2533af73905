package org.tradewar.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.output.TimeSeries;
import org.tradewar.vocabulary.Variable;

/**
 * A variable of {@code timeseries.csv} as a comparison draws it: title, unit, and whether it is
 * shown as an annual rate, a cumulative sum, a percentage of a share, or steps.
 */
public record CompareVariable(
    String name,
    String title,
    String unit,
    double scale,
    boolean cumulative,
    boolean step,
    boolean level) {

  /** The variables a comparison knows, in the order it draws them by default. */
  public static final Map<String, CompareVariable> KNOWN = known();

  private static Map<String, CompareVariable> known() {
    double year = TimeSeries.WEEKS_PER_YEAR;
    Map<String, CompareVariable> m = new LinkedHashMap<>();
    for (CompareVariable v :
        List.of(
            new CompareVariable(
                Variable.IMPORTS.column(),
                "Imports from the rival",
                "USD bn per year (annual rate)",
                year,
                false,
                false,
                false),
            new CompareVariable(
                Variable.AVG_TARIFF.column(),
                "Average tariff on the rival's goods",
                "Trade-weighted tariff (%)",
                1,
                false,
                true,
                false),
            new CompareVariable(
                Variable.RIVAL_SOURCING_SHARE.column(),
                "The rival's share of imports",
                "Share of the importer's imports of these goods (%)",
                100,
                false,
                false,
                false),
            new CompareVariable(
                Variable.DIVERTED_IMPORTS.column(),
                "Imports diverted to other foreign suppliers",
                "USD bn per year (annual rate)",
                year,
                false,
                false,
                false),
            new CompareVariable(
                Variable.TARIFF_REVENUE.column(),
                "Tariff revenue, cumulative",
                "USD bn",
                1,
                true,
                false,
                false),
            new CompareVariable(
                Variable.CONSUMER_COST.column(),
                "Cost to importers and consumers, cumulative",
                "USD bn",
                1,
                true,
                false,
                false),
            new CompareVariable(
                Variable.DEADWEIGHT_LOSS.column(),
                "Deadweight loss, cumulative",
                "USD bn",
                1,
                true,
                false,
                false),
            new CompareVariable(
                "pain_index",
                "Economic pain index",
                "% of GDP, annual rate (0 = none)",
                1,
                false,
                false,
                true),
            new CompareVariable(
                Variable.BASELINE_IMPORTS.column(),
                "No-war baseline imports",
                "USD bn per year (annual rate)",
                year,
                false,
                false,
                false))) {
      m.put(v.name(), v);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The variables drawn when none are asked for. */
  public static final List<String> DEFAULTS =
      List.of(
          Variable.IMPORTS.column(),
          Variable.AVG_TARIFF.column(),
          Variable.RIVAL_SOURCING_SHARE.column(),
          Variable.DIVERTED_IMPORTS.column(),
          Variable.TARIFF_REVENUE.column(),
          Variable.CONSUMER_COST.column(),
          Variable.DEADWEIGHT_LOSS.column(),
          "pain_index");

  /** A known variable, or a plain rendering of an unknown one (weekly values as they are). */
  public static CompareVariable of(String name, boolean level) {
    CompareVariable v = KNOWN.get(name);
    return v != null
        ? v
        : new CompareVariable(
            name, name.replace('_', ' '), "value per week", 1, false, false, level);
  }
}
