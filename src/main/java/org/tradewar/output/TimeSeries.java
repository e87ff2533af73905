package org.tradewar.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;
import org.tradewar.io.Limits;
import org.tradewar.vocabulary.RunFolder;

/**
 * The weekly series of one run folder ({@code timeseries.csv}), summarised over replications: for
 * each series, per week, what the charts and the report draw (the mean, the 5-95% band of runs, the
 * interval of the mean), from {@link WeeklyStats} that do not grow with the number of replications.
 * Weeks are 0..weeks-1 with their calendar dates; a week a table does not give is NaN. Immutable
 * once built. Built by {@link TimeSeriesBuilder}, from the file or as the run writes it.
 */
public final class TimeSeries {
  /** Weekly value to annual rate: 365.25 / 7 weeks a year. */
  public static final double WEEKS_PER_YEAR = 52.18;

  /** The variable that weighs a share's sectors when a table has no total row for it. */
  public static final String SHARE_WEIGHT = "baseline_imports_usd_bn";

  static final List<String> COLUMNS = RunFolder.TIMESERIES_COLUMNS;

  private final List<LocalDate> dates;
  private final List<Integer> runs;
  private final Map<SeriesKey, WeeklyStats> plain;
  private final Map<SeriesKey, WeeklyStats> totals;
  private final Map<SeriesKey, WeeklyStats> cumulative;
  private final Map<SeriesKey, WeeklyStats> shares;
  private final boolean spread;
  private final boolean meanInterval;

  TimeSeries(
      List<LocalDate> dates,
      List<Integer> runs,
      Map<SeriesKey, WeeklyStats> plain,
      Map<SeriesKey, WeeklyStats> totals,
      Map<SeriesKey, WeeklyStats> cumulative,
      Map<SeriesKey, WeeklyStats> shares) {
    this(
        List.copyOf(dates),
        List.copyOf(runs),
        Collections.unmodifiableMap(plain),
        Collections.unmodifiableMap(totals),
        Collections.unmodifiableMap(cumulative),
        Collections.unmodifiableMap(shares),
        false,
        false);
  }

  private TimeSeries(
      List<LocalDate> dates,
      List<Integer> runs,
      Map<SeriesKey, WeeklyStats> plain,
      Map<SeriesKey, WeeklyStats> totals,
      Map<SeriesKey, WeeklyStats> cumulative,
      Map<SeriesKey, WeeklyStats> shares,
      boolean spread,
      boolean meanInterval) {
    this.dates = dates;
    this.runs = runs;
    this.plain = plain;
    this.totals = totals;
    this.cumulative = cumulative;
    this.shares = shares;
    this.spread = spread;
    this.meanInterval = meanInterval;
  }

  /** True for a money flow (USD bn a week), whose running sum the charts draw. */
  static boolean isMoney(String variable) {
    return variable.endsWith("_usd_bn");
  }

  /** True for a share, averaged over sectors by weight rather than summed. */
  static boolean isShare(String variable) {
    return variable.endsWith("_share");
  }

  /** True when charts should shade the 95% interval of the mean instead of the spread of runs. */
  public boolean meanInterval() {
    return meanInterval;
  }

  /** The same series, shaded with the interval of the mean. */
  public TimeSeries withMeanInterval() {
    return new TimeSeries(dates, runs, plain, totals, cumulative, shares, spread, true);
  }

  /**
   * True when the replications differ by their parameters too (drawn from a fit's accepted set), so
   * that charts show the spread of outcomes rather than the uncertainty of the mean.
   */
  public boolean spread() {
    return spread;
  }

  /** The same series, marked as a spread of outcomes. */
  public TimeSeries withSpread() {
    return new TimeSeries(dates, runs, plain, totals, cumulative, shares, true, meanInterval);
  }

  /**
   * Builds a series set from arrays {@code values(key)[replication][week]}; used by tests and by
   * readers of other formats.
   */
  public static TimeSeries of(
      List<LocalDate> dates, List<Integer> runs, Map<SeriesKey, double[][]> values) {
    Check.notNull(dates, "dates");
    Check.notNull(runs, "runs");
    Check.notNull(values, "values");
    Check.that(
        !dates.isEmpty() && !runs.isEmpty(), "at least one week and one replication are needed");
    values.forEach(
        (k, v) -> {
          Check.that(
              v.length == runs.size(),
              "series " + k + " has " + v.length + " replications, expected " + runs.size());
          for (double[] r : v) {
            Check.that(
                r.length == dates.size(),
                "series " + k + " has " + r.length + " weeks, expected " + dates.size());
          }
        });
    TimeSeriesBuilder b = new TimeSeriesBuilder(Math.max(Limits.MAX_WEEKS, dates.size()));
    for (int r = 0; r < runs.size(); r++) {
      for (Map.Entry<SeriesKey, double[][]> e : values.entrySet()) {
        for (int w = 0; w < dates.size(); w++) {
          b.add(runs.get(r), w, dates.get(w), e.getKey(), e.getValue()[r][w]);
        }
      }
    }
    return b.build();
  }

  /**
   * Reads {@code timeseries.csv} (header {@code
   * run,week,date,country,partner,sector,variable,value}).
   */
  public static TimeSeries read(Path file) {
    return read(file, Limits.MAX_WEEKS);
  }

  /**
   * Reads {@code timeseries.csv} as it streams, refusing a week at or beyond {@code horizon} (the
   * weeks the run's manifest states) and any damaged row, with the file and line.
   */
  public static TimeSeries read(Path file, int horizon) {
    Check.notNull(file, "file");
    Check.that(horizon > 0 && horizon <= Limits.MAX_WEEKS, "horizon out of range: " + horizon);
    TimeSeriesBuilder builder = new TimeSeriesBuilder(horizon);
    Map<String, String> interned = new LinkedHashMap<>();
    Map<SeriesKey, SeriesKey> keys = new LinkedHashMap<>();
    Set<SeriesKey> totals = new java.util.HashSet<>();
    String longest =
        horizon == Limits.MAX_WEEKS
            ? " (the longest horizon)"
            : " (the run's horizon in manifest.json)";
    CsvTable.read(
        file,
        COLUMNS,
        row -> {
          int run = row.integer("run");
          if (run < 1 || run > Limits.MAX_REPLICATIONS) {
            throw row.error(
                "column 'run' should be between 1 and "
                    + Limits.MAX_REPLICATIONS
                    + ", found "
                    + run);
          }
          int week = row.integer("week");
          if (week < 0 || week >= horizon) {
            throw row.error(
                "column 'week' should be between 0 and "
                    + (horizon - 1)
                    + longest
                    + ", found "
                    + week);
          }
          String dateText = row.text("date");
          LocalDate date;
          try {
            date = LocalDate.parse(dateText);
          } catch (DateTimeParseException e) {
            throw row.error(
                "column 'date' should be an ISO date such as 2018-01-01, found '" + dateText + "'");
          }
          String variable = row.text("variable");
          if (variable.isEmpty()) {
            throw row.error("column 'variable' is empty");
          }
          String country = row.text("country");
          if (country.isEmpty()) {
            throw row.error("column 'country' is empty");
          }
          SeriesKey key =
              new SeriesKey(
                  intern(interned, variable),
                  intern(interned, country),
                  intern(interned, row.text("partner")),
                  intern(interned, row.text("sector")));
          if (!keys.containsKey(key)) {
            if (keys.size() >= Limits.MAX_SERIES) {
              throw row.error(
                  "more than "
                      + Limits.MAX_SERIES
                      + " different series (variable, country, partner, "
                      + "sector); a run writes a few hundred");
            }
            totals.add(key.withSector(SeriesKey.ALL));
            if (totals.size() > Limits.MAX_TOTALS) {
              throw row.error(
                  "more than "
                      + Limits.MAX_TOTALS
                      + " different variables by country and partner;"
                      + " a run writes 32");
            }
            keys.put(key, key);
          }
          key = keys.get(key);
          double value = row.number("value");
          try {
            builder.add(run, week, date, key, value);
          } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
          }
        });
    TimeSeries built = builder.build();
    if (built == null) {
      throw new BadInputException(file + ": has a header but no rows");
    }
    return built;
  }

  private static String intern(Map<String, String> pool, String s) {
    if (pool.size() > 4 * Limits.MAX_SERIES) {
      return s; // a table of ever new names: stop pooling, the series limit refuses it soon
    }
    return pool.computeIfAbsent(s, x -> x);
  }

  public int weeks() {
    return dates.size();
  }

  /** The calendar date of each week's first day. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The replication numbers present, ascending. */
  public List<Integer> runs() {
    return runs;
  }

  public Set<SeriesKey> keys() {
    return plain.keySet();
  }

  /** The variables present, in order of first appearance. */
  public Set<String> variables() {
    Set<String> out = new LinkedHashSet<>();
    for (SeriesKey k : plain.keySet()) {
      out.add(k.variable());
    }
    return out;
  }

  /** The sectors (other than ALL) present for {@code variable}, sorted. */
  public List<String> sectors(String variable) {
    Set<String> out = new TreeSet<>();
    for (SeriesKey k : plain.keySet()) {
      if (k.variable().equals(variable) && !k.sector().equals(SeriesKey.ALL)) {
        out.add(k.sector());
      }
    }
    return List.copyOf(out);
  }

  public boolean has(SeriesKey key) {
    return plain.containsKey(key) || totals.containsKey(key);
  }

  /**
   * The summary of {@code key}: its own rows, or for the {@code ALL} sector of a table that only
   * has sectors, the sum over sectors; null when there is nothing to give. A sector's series keeps
   * its mean only.
   */
  public WeeklyStats stats(SeriesKey key) {
    WeeklyStats s = plain.get(key);
    return s != null ? s : totals.get(key);
  }

  /**
   * The running sum over weeks of a money flow's total, per replication, summarised; null when
   * there is none.
   */
  public WeeklyStats cumulative(SeriesKey key) {
    return cumulative.get(key);
  }

  /**
   * A share's total: the ALL row when present, otherwise the mean over sectors weighted by {@link
   * #SHARE_WEIGHT} of the same direction (unweighted where the weights are missing).
   */
  public WeeklyStats share(SeriesKey key) {
    WeeklyStats s = plain.get(key);
    return s != null ? s : shares.get(key);
  }

  /**
   * The mean over all replications of {@code key} week by week, or null when there is no such
   * series.
   */
  public double[] mean(SeriesKey key) {
    WeeklyStats s = stats(key);
    return s == null ? null : s.mean(weeks());
  }

  /** Running sums over weeks of one replication (NaN weeks add nothing). */
  static double[] runningSum(double[] r, int weeks) {
    double[] c = new double[weeks];
    double sum = 0;
    for (int w = 0; w < weeks; w++) {
      if (!Double.isNaN(r[w])) {
        sum += r[w];
      }
      c[w] = sum;
    }
    return c;
  }
}
