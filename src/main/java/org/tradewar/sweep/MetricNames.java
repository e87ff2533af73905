package org.tradewar.sweep;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tradewar.vocabulary.Outcome;

/**
 * What people call a sweep metric, and its unit: "Peak average US tariff on Chinese goods" in "%",
 * not {@code peak_avg_tariff_pct_us}. Charts and the sweep report print these; files keep the keys.
 * A metric is a <em>share</em> when its values lie in 0..1 by construction (an outcome's share of
 * runs, a share series), so its colour scale is fixed at 0..1 and small differences do not look
 * dramatic.
 */
public final class MetricNames {
  private MetricNames() {}

  /** A metric's name for people, its unit ("" when none) and whether it is a share in 0..1. */
  public record Label(String name, String unit, boolean share) {
    /** "Name (unit)", or the name alone when it has no unit or says it ("Share of runs ..."). */
    public String withUnit() {
      String first = unit.split(" ")[0].toLowerCase(Locale.ROOT);
      return unit.isEmpty() || name.toLowerCase(Locale.ROOT).startsWith(first + " ")
          ? name
          : name + " (" + unit + ")";
    }
  }

  private static final Map<String, Label> SUMMARY = new HashMap<>();

  private static void single(String key, String name, String unit) {
    SUMMARY.put(key, new Label(name, unit, false));
  }

  /**
   * A measure with a US (importer) and a China version: keys {@code stem_us} and {@code stem_cn}.
   */
  private static void pair(String stem, String unit, String us, String cn) {
    single(stem + "_us", us, unit);
    single(stem + "_cn", cn, unit);
  }

  static {
    single("first_tariff_week", "Week of the first tariff", "week");
    single("truce_week", "Week of the truce", "week");
    single("deal_week", "Week of the first deal", "week");
    single("last_deal_week", "Week of the deal in force at the end", "week");
    single("talk_rounds", "Rounds of talks", "count");
    pair(
        "peak_avg_tariff_pct",
        "%",
        "Peak average US tariff on Chinese goods",
        "Peak average Chinese tariff on US goods");
    pair(
        "final_avg_tariff_pct",
        "%",
        "Final average US tariff on Chinese goods",
        "Final average Chinese tariff on US goods");
    pair(
        "imports_change_pct",
        "%",
        "US imports from China against the no-war baseline",
        "China's imports from the US against the no-war baseline");
    pair(
        "imports_change_usd_bn",
        "USD bn",
        "US imports from China against the no-war baseline",
        "China's imports from the US against the no-war baseline");
    pair(
        "diverted_imports_usd_bn",
        "USD bn",
        "US imports diverted to other foreign suppliers",
        "China's imports diverted to other foreign suppliers");
    pair(
        "domestic_shift_usd_bn",
        "USD bn",
        "US purchases shifted to home producers",
        "China's purchases shifted to home producers");
    pair("tariff_revenue_usd_bn", "USD bn", "US tariff revenue", "China's tariff revenue");
    pair(
        "consumer_cost_usd_bn",
        "USD bn",
        "Cost to US importers and consumers",
        "Cost to Chinese importers and consumers");
    pair("deadweight_loss_usd_bn", "USD bn", "US deadweight loss", "China's deadweight loss");
    pair(
        "deadweight_loss_harberger_usd_bn",
        "USD bn",
        "US deadweight loss (Harberger triangle)",
        "China's deadweight loss (Harberger triangle)");
    pair(
        "terms_of_trade_gain_usd_bn",
        "USD bn",
        "US tariff paid by Chinese exporters",
        "China's tariff paid by US exporters");
    pair("relief_usd_bn", "USD bn", "Farm support paid by the US", "Farm support paid by China");
    pair("peak_pain_index", "% of GDP", "Peak US pain index", "Peak Chinese pain index");
    single("deals", "Deals concluded", "count");
    single("deals_keeping_tariffs", "Deals that keep some tariffs", "count");
    single("deals_broken", "Deals broken", "count");
    single("breakdowns", "Breakdowns of talks", "count");
    single("reneging_episodes", "Reneging episodes", "count");
    single("peak_coverage_usd_bn_us", "Peak US imports under tariffs, any rate", "USD bn a year");
    single(
        "peak_coverage_25pct_usd_bn_us",
        "Peak US imports under tariffs of 25% or more",
        "USD bn a year");
    single("threats_on_remaining_imports", "Threats on all remaining imports", "count");
    single("non_tariff_measures", "Sanctions and non-tariff measures", "count");
    single("purchases_promised_usd_bn", "Purchases promised by China", "USD bn");
    single("purchases_made_usd_bn", "Promised purchases made", "USD bn");
    single("purchases_shortfall_usd_bn", "Promised purchases due but not made", "USD bn");
  }

  /** The label of a metric of a sweep file. */
  public static Label of(MetricSpec m) {
    return switch (m.kind()) {
      case SUMMARY -> summary(m.key());
      case OUTCOME -> outcome(m.key());
      case SERIES -> series(m);
    };
  }

  /**
   * The label of a metric known only by its column name and the manifest's description of it (sweep
   * folders written before the manifest carried labels).
   */
  public static Label fromManifest(String name, String what) {
    String outcome = "share of runs with outcome ";
    if (what != null && what.startsWith(outcome)) {
      return outcome(what.substring(outcome.length()).strip());
    }
    if (what != null && what.startsWith("summary ")) {
      return summary(what.substring("summary ".length()).strip());
    }
    Label known = SUMMARY.get(name);
    return known != null ? known : new Label(humanise(name), "", false);
  }

  static Label summary(String key) {
    Label known = SUMMARY.get(key);
    return known != null ? known : new Label(humanise(key), "", false);
  }

  static Label outcome(String outcome) {
    Outcome o = Outcome.ofKey(outcome);
    String what =
        o == null
            ? "with outcome " + outcome.replace('_', ' ')
            : switch (o) {
              case DEAL -> "ending in a deal";
              case TRUCE -> "ending in a truce";
              case NO_AGREEMENT -> "ending with no agreement";
              case NO_WAR -> "with no war";
            };
    return new Label("Share of runs " + what, "share of runs", true);
  }

  private static Label series(MetricSpec m) {
    String who = "US".equals(m.country()) ? "US" : "China's";
    String from =
        m.partner() == null || m.partner().isEmpty()
            ? ""
            : "ROW".equals(m.partner())
                ? " from the rest of the world"
                : "US".equals(m.country()) ? " from China" : " from the US";
    String[] v =
        switch (m.variable()) {
          case "imports_usd_bn" -> new String[] {who + " imports" + from, "USD bn a week"};
          case "baseline_imports_usd_bn" ->
              new String[] {who + " no-war imports" + from, "USD bn a week"};
          case "diverted_imports_usd_bn" ->
              new String[] {who + " imports diverted to other suppliers", "USD bn a week"};
          case "domestic_shift_usd_bn" ->
              new String[] {who + " purchases shifted to home producers", "USD bn a week"};
          case "avg_tariff_pct" ->
              new String[] {
                "US".equals(m.country())
                    ? "Average US tariff on Chinese goods"
                    : "Average Chinese tariff on US goods",
                "%"
              };
          case "tariff_revenue_usd_bn" -> new String[] {who + " tariff revenue", "USD bn a week"};
          case "consumer_cost_usd_bn" ->
              new String[] {
                "Cost to "
                    + ("US".equals(m.country()) ? "US" : "Chinese")
                    + " importers and consumers",
                "USD bn a week"
              };
          case "deadweight_loss_usd_bn" -> new String[] {who + " deadweight loss", "USD bn a week"};
          case "rival_sourcing_share" ->
              new String[] {"Rival's share of " + who + " imports", "share"};
          case "resourced_firms_share" ->
              new String[] {"Share of " + who + " imports re-sourced", "share"};
          case "relief_usd_bn" ->
              new String[] {
                "Farm support paid by " + ("US".equals(m.country()) ? "the US" : "China"),
                "USD bn a week"
              };
          case "pain_index" ->
              new String[] {
                ("US".equals(m.country()) ? "US" : "Chinese") + " pain index", "% of GDP"
              };
          default -> new String[] {who + " " + m.variable().replace('_', ' '), ""};
        };
    String name = v[0].substring(0, 1).toUpperCase(Locale.ROOT) + v[0].substring(1);
    String unit = v[1];
    boolean share = "share".equals(unit) && m.stat() != MetricSpec.Stat.SUM;
    if (m.stat() == MetricSpec.Stat.SUM && unit.endsWith(" a week")) {
      unit = unit.substring(0, unit.length() - " a week".length());
    }
    if (m.stat() == MetricSpec.Stat.FIRST) {
      return new Label(name + ", in week " + Math.max(0, m.fromWeek()), unit, share);
    }
    if (m.stat() == MetricSpec.Stat.LAST) {
      return new Label(
          name + (m.toWeek() < 0 ? ", in the last week" : ", in week " + m.toWeek()), unit, share);
    }
    String stat =
        switch (m.stat()) {
          case SUM -> "total";
          case MIN -> "lowest";
          case MAX -> "highest";
          default -> "mean";
        };
    String window =
        m.toWeek() < 0
            ? (m.fromWeek() <= 0 ? "the whole run" : "weeks " + m.fromWeek() + " to the end")
            : "weeks " + m.fromWeek() + "-" + m.toWeek();
    return new Label(name + ", " + stat + " over " + window, unit, share);
  }

  /** "some_key_us" to "Some key (US)": a readable fallback for keys this table does not know. */
  static String humanise(String key) {
    String k = key;
    String country = "";
    if (k.endsWith("_us")) {
      country = " (US)";
      k = k.substring(0, k.length() - 3);
    } else if (k.endsWith("_cn")) {
      country = " (China)";
      k = k.substring(0, k.length() - 3);
    }
    String words = k.replace('_', ' ').replace('.', ' ').strip();
    if (words.isEmpty()) {
      return key;
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + country;
  }
}
