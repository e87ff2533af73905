package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradewar.output.Band;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.WeeklyStats;
import org.tradewar.vocabulary.Country;

/** Words and numbers as the charts print them. */
final class Labels {
  private Labels() {}

  /** "US imports from China", "China's imports from the US". */
  static String imports(Country importer) {
    return importer == Country.US ? "US imports from China" : "China's imports from the US";
  }

  /** "US tariff on Chinese goods", "China's tariff on US goods". */
  static String tariff(Country importer) {
    return importer == Country.US ? "US tariff on Chinese goods" : "China's tariff on US goods";
  }

  static String possessive(Country c) {
    return c == Country.US ? "US" : "China's";
  }

  /** "$50B", "$1.5B". */
  static String money(double usdBn) {
    // As the news writes amounts: whole billions from $10B up (tranches cover whole firms, so a
    // $200B list lands at $199.9B), one decimal below; the transcript rounds the same way.
    if (Math.abs(usdBn) >= 10 || Math.abs(usdBn - Math.rint(usdBn)) < 0.05) {
      return String.format(Locale.ROOT, "$%,.0fB", usdBn);
    }
    return String.format(Locale.ROOT, "$%,.1fB", usdBn);
  }

  /** "25%", "7.5%". */
  static String percent(double pct) {
    if (Math.abs(pct - Math.rint(pct)) < 0.05) {
      return String.format(Locale.ROOT, "%.0f%%", pct);
    }
    return String.format(Locale.ROOT, "%.1f%%", pct);
  }

  /** Subtitles shared by the charts of a run: the scenario and how replications are shown. */
  static List<String> subtitles(String scenarioTitle, int replications) {
    return subtitles(scenarioTitle, replications, false, false);
  }

  /** The same, for a run whose band is the spread of outcomes ({@link TimeSeries#spread()}). */
  static List<String> subtitles(String scenarioTitle, TimeSeries ts) {
    return subtitles(scenarioTitle, ts.runs().size(), ts.spread(), ts.meanInterval());
  }

  private static List<String> subtitles(
      String scenarioTitle, int replications, boolean spread, boolean meanInterval) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    if (scenarioTitle != null && !scenarioTitle.isBlank()) {
      b.append("Scenario: ").append(scenarioTitle.strip());
    }
    if (replications > 1) {
      b.append(b.length() == 0 ? "" : "  \u00b7  ")
          .append("Lines: mean of ")
          .append(replications)
          .append(
              spread ? " replications, behaviour drawn from a fit's accepted set" : " replications")
          .append(
              meanInterval
                  ? "; shaded: 95% confidence band of the mean"
                  : "; shaded: 5-95% of runs");
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  /** The band of a flow for {@code importer}, or null when the run has no such series. */
  static Band flow(
      TimeSeries ts, String variable, Country importer, double scale, boolean cumulative) {
    SeriesKey key = SeriesKey.flow(variable, importer);
    WeeklyStats v = cumulative ? ts.cumulative(key) : ts.stats(key);
    return v == null ? null : band(ts, v).scaled(scale);
  }

  /**
   * The run's band: the spread of outcomes (5-95% of runs), or the mean's 95% interval if the run
   * asked for it.
   */
  static Band band(TimeSeries ts, WeeklyStats v) {
    return ts.meanInterval() ? v.meanInterval(ts.weeks()) : v.percentiles(ts.weeks());
  }

  /**
   * The same, of the values in a record's unit (times {@code factor}, before the quantiles are
   * taken).
   */
  static Band band(TimeSeries ts, WeeklyStats v, double factor) {
    return ts.meanInterval()
        ? v.meanInterval(ts.weeks()).scaled(factor)
        : v.percentiles(ts.weeks(), factor);
  }
}
