package org.tradewar.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradewar.run.RunResult;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Outcome;

/**
 * The student's outcome beside the agents' play of the same seat on the same seed: the outcome,
 * weeks to a deal, tariffs, trade and welfare, one line each, as a Markdown table a class can read.
 */
public final class Comparison {
  private Comparison() {}

  private record Row(String label, String key, String format) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("Week of the first deal", "deal_week", "%.0f"),
          new Row("Meetings held", "talk_rounds", "%.0f"),
          new Row("Peak average US tariff on China, %", "peak_avg_tariff_pct_us", "%.1f"),
          new Row("Peak average China tariff on the US, %", "peak_avg_tariff_pct_cn", "%.1f"),
          new Row("Final average US tariff, %", "final_avg_tariff_pct_us", "%.1f"),
          new Row("Final average China tariff, %", "final_avg_tariff_pct_cn", "%.1f"),
          new Row("US imports from China vs no war, %", "imports_change_pct_us", "%+.1f"),
          new Row("China's imports from the US vs no war, %", "imports_change_pct_cn", "%+.1f"),
          new Row("US tariff revenue, $B", "tariff_revenue_usd_bn_us", "%.0f"),
          new Row("US consumer cost, $B", "consumer_cost_usd_bn_us", "%.0f"),
          new Row("US deadweight loss (welfare), $B", "deadweight_loss_usd_bn_us", "%.1f"),
          new Row("China deadweight loss (welfare), $B", "deadweight_loss_usd_bn_cn", "%.1f"),
          new Row("Peak pain, United States, % of GDP", "peak_pain_index_us", "%.2f"),
          new Row("Peak pain, China, % of GDP", "peak_pain_index_cn", "%.2f"),
          new Row("Deals broken", "deals_broken", "%.0f"),
          new Row("Breakdowns", "breakdowns", "%.0f"));

  /** The comparison as Markdown lines. */
  public static List<String> markdown(PlaySession.Played p) {
    List<String> out = new ArrayList<>();
    String you = "You (" + p.side().label() + ")";
    out.add("| | " + you + " | The agents in your seat |");
    out.add("|---|---:|---:|");
    out.add("| Outcome | " + outcome(p.student()) + " | " + outcome(p.agents()) + " |");
    for (Row r : ROWS) {
      out.add(
          "| " + r.label() + " | " + value(p.student(), r) + " | " + value(p.agents(), r) + " |");
    }
    return out;
  }

  /** Three lines for the terminal: outcome and the main numbers, the student's first. */
  public static List<String> summary(PlaySession.Played p) {
    return List.of(
        String.format(
            Locale.ROOT,
            "You (%s): %s; %s",
            p.side().label(),
            outcome(p.student()),
            numbers(p.student())),
        String.format(
            Locale.ROOT,
            "The agents in your seat: %s; %s",
            outcome(p.agents()),
            numbers(p.agents())));
  }

  private static String numbers(RunResult r) {
    return String.format(
        Locale.ROOT,
        "final tariffs %.1f%% (US) and %.1f%% (China); US imports from China %+.1f%%,"
            + " China's from the US %+.1f%%; US consumer cost $%.0fB",
        r.metric("final_avg_tariff_pct_us"),
        r.metric("final_avg_tariff_pct_cn"),
        r.metric("imports_change_pct_us"),
        r.metric("imports_change_pct_cn"),
        Math.max(0, r.metric("consumer_cost_usd_bn_us")));
  }

  static String outcome(RunResult r) {
    Outcome o = Outcome.ofKey(r.outcome());
    return o == null
        ? "no trade war"
        : switch (o) {
          case DEAL -> "a deal (since week " + (int) r.metric("last_deal_week") + ")";
          case TRUCE -> "a truce at the end";
          case NO_AGREEMENT -> "no agreement by the end";
          case NO_WAR -> "no trade war";
        };
  }

  private static String value(RunResult r, Row row) {
    double v = r.metric(row.key());
    if (Double.isNaN(v)) {
      return "none";
    }
    String text = String.format(Locale.ROOT, row.format(), v);
    return text.matches("[-+]0(\\.0+)?")
        ? text.substring(1)
        : text; // no "-0.0" for a rounding of nothing
  }

  /** Which side a command line names: "US" or "CN" (any case). */
  public static Country side(String s) {
    return Country.valueOf(s.toUpperCase(Locale.ROOT));
  }
}
