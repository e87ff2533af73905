package org.tradewar.sweep;

/**
 * A number a sweep records for every run: a key of the run summary, the share of runs with a given
 * outcome (1 when the run's outcome matches, 0 otherwise, so the mean is the share), or an
 * aggregate of a weekly series over a window of weeks.
 *
 * @param name the column name in runs.csv and summary.csv
 * @param kind which of the three
 * @param key the summary key (SUMMARY) or the outcome (OUTCOME)
 * @param variable the series variable (SERIES)
 * @param country the country or importer (SERIES)
 * @param partner the exporter, "" for country-level variables (SERIES)
 * @param stat the aggregate (SERIES)
 * @param fromWeek first week of the window, inclusive (SERIES)
 * @param toWeek last week of the window, inclusive; -1 for the last week of the run (SERIES)
 */
public record MetricSpec(
    String name,
    Kind kind,
    String key,
    String variable,
    String country,
    String partner,
    Stat stat,
    int fromWeek,
    int toWeek) {

  /** What the metric reads. */
  public enum Kind {
    SUMMARY,
    OUTCOME,
    SERIES
  }

  /** How a window of weekly values becomes one number. */
  public enum Stat {
    MEAN,
    SUM,
    MIN,
    MAX,
    FIRST,
    LAST
  }

  /** A summary key recorded under its own name. */
  public static MetricSpec summary(String key) {
    return new MetricSpec(key, Kind.SUMMARY, key, null, null, null, null, 0, -1);
  }

  /** The value of this metric for a run: NaN when undefined. */
  @SuppressWarnings("StatementSwitchToExpressionSwitch") // the default case is a block with a loop
  public double evaluate(RunResult r) {
    switch (kind) {
      case SUMMARY:
        {
          Double v = r.metrics().get(key);
          return v == null ? Double.NaN : v;
        }
      case OUTCOME:
        return r.outcome().equals(key) ? 1 : 0;
      default:
        {
          double[] w = r.series().weekly(variable, country, partner);
          if (w == null) {
            throw new IllegalStateException(
                "the run has no weekly series '"
                    + variable
                    + "' for "
                    + country
                    + (partner.isEmpty() ? "" : "," + partner));
          }
          int from = Math.max(0, fromWeek);
          int to = toWeek < 0 ? w.length - 1 : Math.min(toWeek, w.length - 1);
          if (from > to) {
            return Double.NaN;
          }
          double acc =
              switch (stat) {
                case MIN -> Double.POSITIVE_INFINITY;
                case MAX -> Double.NEGATIVE_INFINITY;
                default -> 0;
              };
          for (int t = from; t <= to; t++) {
            acc =
                switch (stat) {
                  case MEAN, SUM -> acc + w[t];
                  case MIN -> Math.min(acc, w[t]);
                  case MAX -> Math.max(acc, w[t]);
                  case FIRST -> w[from];
                  case LAST -> w[to];
                };
          }
          return stat == Stat.MEAN ? acc / (to - from + 1) : acc;
        }
    }
  }

  /** A short description for the manifest. */
  public String describe() {
    return switch (kind) {
      case SUMMARY -> "summary " + key;
      case OUTCOME -> "share of runs with outcome " + key;
      case SERIES ->
          stat.name().toLowerCase(java.util.Locale.ROOT)
              + " of "
              + variable
              + " "
              + country
              + (partner.isEmpty() ? "" : "," + partner)
              + " weeks "
              + fromWeek
              + ".."
              + (toWeek < 0 ? "end" : String.valueOf(toWeek));
    };
  }
}
