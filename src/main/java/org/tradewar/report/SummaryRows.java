package org.tradewar.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.output.EventRow;
import org.tradewar.output.SummaryTable;

/**
 * The rows of a summary table in the order people read them: timing first (as dates: the week
 * indices stay in {@code summary.json}), then each measure for the US (as importer) beside China.
 * Metrics the page does not know are listed after, labelled from their key.
 */
final class SummaryRows {
  private SummaryRows() {}

  /**
   * One row: a label, its unit, the metric key of the US column and of China's (null when single).
   */
  record Row(String label, String unit, String us, String cn, int decimals, boolean week) {}

  static final List<Row> KNOWN =
      List.of(
          new Row("First tariff", "date", "first_tariff_week", null, 0, true),
          new Row("First truce", "date", "truce_week", null, 0, true),
          new Row("First deal", "date", "deal_week", null, 0, true),
          new Row("Deal in force at the end, agreed on", "date", "last_deal_week", null, 0, true),
          new Row(
              "Meetings to negotiate (rounds, calls, summits)",
              "count",
              "talk_rounds",
              null,
              1,
              false),
          new Row(
              "Peak average tariff",
              "%",
              "peak_avg_tariff_pct_us",
              "peak_avg_tariff_pct_cn",
              1,
              false),
          new Row(
              "Final average tariff",
              "%",
              "final_avg_tariff_pct_us",
              "final_avg_tariff_pct_cn",
              1,
              false),
          new Row(
              "Imports against the no-war baseline",
              "%",
              "imports_change_pct_us",
              "imports_change_pct_cn",
              1,
              false),
          new Row(
              "Imports against the no-war baseline",
              "USD bn",
              "imports_change_usd_bn_us",
              "imports_change_usd_bn_cn",
              1,
              false),
          new Row(
              "Imports diverted to other foreign suppliers",
              "USD bn",
              "diverted_imports_usd_bn_us",
              "diverted_imports_usd_bn_cn",
              1,
              false),
          new Row(
              "Purchases shifted to home producers",
              "USD bn",
              "domestic_shift_usd_bn_us",
              "domestic_shift_usd_bn_cn",
              1,
              false),
          new Row(
              "Tariff revenue",
              "USD bn",
              "tariff_revenue_usd_bn_us",
              "tariff_revenue_usd_bn_cn",
              1,
              false),
          new Row(
              "Cost to importers and consumers",
              "USD bn",
              "consumer_cost_usd_bn_us",
              "consumer_cost_usd_bn_cn",
              1,
              false),
          new Row(
              "Deadweight loss (exact)",
              "USD bn",
              "deadweight_loss_usd_bn_us",
              "deadweight_loss_usd_bn_cn",
              1,
              false),
          new Row(
              "Deadweight loss (Harberger triangle)",
              "USD bn",
              "deadweight_loss_harberger_usd_bn_us",
              "deadweight_loss_harberger_usd_bn_cn",
              1,
              false),
          new Row(
              "Tariff paid by the exporter (terms of trade)",
              "USD bn",
              "terms_of_trade_gain_usd_bn_us",
              "terms_of_trade_gain_usd_bn_cn",
              1,
              false),
          new Row(
              "Farm support paid (by the US / by China)",
              "USD bn",
              "relief_usd_bn_us",
              "relief_usd_bn_cn",
              1,
              false),
          new Row(
              "Peak pain index", "% of GDP", "peak_pain_index_us", "peak_pain_index_cn", 2, false),
          new Row("Deals concluded", "count", "deals", null, 1, false),
          new Row("Deals that keep some tariffs", "count", "deals_keeping_tariffs", null, 1, false),
          new Row("Deals broken", "count", "deals_broken", null, 1, false),
          new Row("Breakdowns of talks", "count", "breakdowns", null, 1, false),
          new Row("Reneging episodes", "count", "reneging_episodes", null, 1, false),
          new Row(
              "Peak US coverage, any rate", "USD bn", "peak_coverage_usd_bn_us", null, 0, false),
          new Row(
              "Peak US coverage at 25% or more",
              "USD bn", "peak_coverage_25pct_usd_bn_us", null, 0, false),
          new Row(
              "Threats on all remaining imports",
              "count",
              "threats_on_remaining_imports",
              null,
              1,
              false),
          new Row(
              "Sanctions and non-tariff measures", "count", "non_tariff_measures", null, 1, false),
          new Row(
              "Purchases promised (China)", "USD bn", "purchases_promised_usd_bn", null, 0, false),
          new Row("Promised purchases made", "USD bn", "purchases_made_usd_bn", null, 0, false),
          new Row(
              "Promised purchases due but not made",
              "USD bn",
              "purchases_shortfall_usd_bn",
              null,
              0,
              false));

  /** The known rows, then one row per metric key the known rows do not cover. */
  static List<Row> rows(Set<String> metricKeys) {
    List<Row> out = new ArrayList<>(KNOWN);
    Set<String> covered = new LinkedHashSet<>();
    for (Row r : KNOWN) {
      covered.add(r.us());
      if (r.cn() != null) {
        covered.add(r.cn());
      }
    }
    for (String k : metricKeys) {
      if (!covered.contains(k)) {
        out.add(unknown(k));
      }
    }
    return out;
  }

  /**
   * A row for a key the page does not know: "peak_foo_usd_bn_us" reads "Peak foo (US)", in USD bn.
   */
  static Row unknown(String key) {
    boolean week = key.endsWith("_week");
    String unit =
        week ? "date" : key.contains("_usd_bn") ? "USD bn" : key.contains("_pct") ? "%" : "";
    String side = key.endsWith("_us") ? " (US)" : key.endsWith("_cn") ? " (China)" : "";
    String words =
        key.replaceAll("_(us|cn)$", "")
            .replaceAll("_(week|usd_bn|pct)(?=_|$)", "")
            .replace('_', ' ')
            .strip();
    String label =
        words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1) + side;
    return new Row(label, unit, key, null, 2, week);
  }

  /**
   * A cell: the number; for a week, its date ("about" and the number of runs when it is a mean over
   * replications); "none" when it did not happen, an em dash when undefined.
   */
  static String cell(SummaryTable s, String key, Row row) {
    return cell(s, key, row, List.of());
  }

  /**
   * As {@link #cell(SummaryTable, String, Row)}, with the events of a single run: a week then reads
   * as the date of the event it counts (the tariff of Friday 6 July, not the Monday of its week).
   */
  static String cell(SummaryTable s, String key, Row row, List<EventRow> events) {
    if (key == null) {
      return "";
    }
    double v = s.metric(key);
    if (row.week() && s.runs().size() <= 1 && !Double.isNaN(v)) {
      java.util.Optional<java.time.LocalDate> own = eventDate(key, (int) Math.round(v), events);
      if (own.isPresent()) {
        return ReadableDates.day(own.get());
      }
    }
    if (row.week()) {
      if (Double.isNaN(v)) {
        return "none";
      }
      if (s.startDate() == null) {
        return "week " + Html.number(v, 0);
      }
      String date = ReadableDates.day(ReadableDates.ofWeek(s.startDate(), v));
      long runs =
          s.runs().stream()
              .filter(r -> !Double.isNaN(r.metrics().getOrDefault(key, Double.NaN)))
              .count();
      if (s.runs().size() <= 1) {
        return date;
      }
      return "about "
          + date
          + (runs == s.runs().size()
              ? " (mean of the " + runs + " runs)"
              : " (mean of the " + runs + " of " + s.runs().size() + " runs that have one)");
    }
    boolean whole = !Double.isNaN(v) && Math.abs(v - Math.rint(v)) < 1e-9;
    String t = Html.number(v, row.unit().equals("count") && whole ? 0 : row.decimals());
    return t.matches("-0(\\.0+)?")
        ? t.substring(1)
        : t; // a rounding residue is no loss: "0.0", not "-0.0"
  }

  /** The kinds of event a week metric counts. */
  private static final Map<String, Set<String>> WEEK_KINDS =
      Map.of(
          "first_tariff_week",
          Set.of("tariff", "retaliation"),
          "truce_week",
          Set.of("truce"),
          "deal_week",
          Set.of("deal"),
          "last_deal_week",
          Set.of("deal"));

  /**
   * The date of the (first, or for the last deal the last) event of the metric's kind in {@code
   * week}.
   */
  private static java.util.Optional<java.time.LocalDate> eventDate(
      String key, int week, List<EventRow> events) {
    Set<String> kinds = WEEK_KINDS.get(key);
    if (kinds == null) {
      return java.util.Optional.empty();
    }
    List<EventRow> inWeek =
        events.stream()
            .filter(e -> e.run() == 1 && e.week() == week && kinds.contains(e.kind()))
            .toList();
    if (inWeek.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        (key.startsWith("last_") ? inWeek.get(inWeek.size() - 1) : inWeek.get(0)).date());
  }

  /** "deal" to "Deal", "no_agreement" to "No agreement". */
  static String outcome(String o) {
    if (o == null || o.isEmpty()) {
      return "unknown";
    }
    String t = o.replace('_', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
