package org.tradewar.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The weekly series of one run folder ({@code timeseries.csv}), held as arrays per replication:
 * {@code values(key)[replication][week]}. Weeks are 0..weeks-1 with their calendar dates; a week a
 * table does not give is NaN. Immutable.
 */
public final class TimeSeries {
  /** Weekly value to annual rate: 365.25 / 7 weeks a year. */
  public static final double WEEKS_PER_YEAR = 52.18;

  static final List<String> COLUMNS =
      List.of("run", "week", "date", "country", "partner", "sector", "variable", "value");

  private final List<LocalDate> dates;
  private final List<Integer> runs;
  private final Map<SeriesKey, double[][]> values;
  private final boolean spread;
  private final boolean meanInterval;

  private TimeSeries(List<LocalDate> dates, List<Integer> runs, Map<SeriesKey, double[][]> values) {
    this(dates, runs, values, false, false);
  }

  private TimeSeries(List<LocalDate> dates, List<Integer> runs, Map<SeriesKey, double[][]> values,
      boolean spread, boolean meanInterval) {
    this.dates = List.copyOf(dates);
    this.runs = List.copyOf(runs);
    this.values = Collections.unmodifiableMap(values);
    this.spread = spread;
    this.meanInterval = meanInterval;
  }

  /** True when charts should shade the 95% interval of the mean instead of the spread of runs. */
  public boolean meanInterval() {
    return meanInterval;
  }

  /** The same series, shaded with the interval of the mean. */
  public TimeSeries withMeanInterval() {
    return new TimeSeries(dates, runs, values, spread, true);
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
    return new TimeSeries(dates, runs, values, true, meanInterval);
  }

  /** Builds a series set from arrays; used by tests and by readers of other formats. */
  public static TimeSeries of(List<LocalDate> dates, List<Integer> runs, Map<SeriesKey, double[][]> values) {
    Check.notNull(dates, "dates");
    Check.notNull(runs, "runs");
    Check.notNull(values, "values");
    Map<SeriesKey, double[][]> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      Check.that(v.length == runs.size(), "series " + k + " has " + v.length + " replications, expected "
          + runs.size());
      double[][] c = new double[v.length][];
      for (int i = 0; i < v.length; i++) {
        Check.that(v[i].length == dates.size(), "series " + k + " has " + v[i].length
            + " weeks, expected " + dates.size());
        c[i] = v[i].clone();
      }
      copy.put(k, c);
    });
    return new TimeSeries(dates, runs, copy);
  }

  /** Reads {@code timeseries.csv} (header {@code run,week,date,country,partner,sector,variable,value}). */
  public static TimeSeries read(Path file) {
    Check.notNull(file, "file");
    // First pass gathers rows compactly; arrays are sized once the number of weeks and runs is known.
    Map<Integer, LocalDate> dateOfWeek = new TreeMap<>();
    Set<Integer> runIds = new TreeSet<>();
    Map<SeriesKey, Map<Integer, Map<Integer, Double>>> raw = new LinkedHashMap<>();
    Map<String, String> interned = new HashMap<>();
    CsvTable.read(file, COLUMNS, row -> {
      int run = row.integer("run");
      if (run < 1 || run > org.tradewar.io.Limits.MAX_REPLICATIONS) {
        throw row.error("column 'run' should be between 1 and " + org.tradewar.io.Limits.MAX_REPLICATIONS
            + ", found " + run);
      }
      int week = row.integer("week");
      if (week < 0 || week >= org.tradewar.io.Limits.MAX_WEEKS) {
        throw row.error("column 'week' should be between 0 and " + (org.tradewar.io.Limits.MAX_WEEKS - 1)
            + " (the longest horizon), found " + week);
      }
      String dateText = row.text("date");
      LocalDate date;
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw row.error("column 'date' should be an ISO date such as 2018-01-01, found '" + dateText + "'");
      }
      LocalDate known = dateOfWeek.putIfAbsent(week, date);
      if (known != null && !known.equals(date)) {
        throw row.error("week " + week + " is dated " + date + " here but " + known + " earlier");
      }
      String variable = row.text("variable");
      if (variable.isEmpty()) {
        throw row.error("column 'variable' is empty");
      }
      String country = row.text("country");
      if (country.isEmpty()) {
        throw row.error("column 'country' is empty");
      }
      SeriesKey key = new SeriesKey(intern(interned, variable), intern(interned, country),
          intern(interned, row.text("partner")), intern(interned, row.text("sector")));
      runIds.add(run);
      raw.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(run, r -> new HashMap<>())
          .put(week, row.number("value"));
    });
    if (dateOfWeek.isEmpty()) {
      throw new org.tradewar.io.BadInputException(file + ": has a header but no rows");
    }
    int weeks = Collections.max(dateOfWeek.keySet()) + 1;
    List<LocalDate> dates = new ArrayList<>(weeks);
    LocalDate first = dateOfWeek.values().iterator().next().minusWeeks(dateOfWeek.keySet().iterator().next());
    for (int w = 0; w < weeks; w++) {
      dates.add(dateOfWeek.getOrDefault(w, first.plusWeeks(w)));
    }
    List<Integer> runList = new ArrayList<>(runIds);
    Map<Integer, Integer> runIndex = new HashMap<>();
    for (int i = 0; i < runList.size(); i++) {
      runIndex.put(runList.get(i), i);
    }
    Map<SeriesKey, double[][]> values = new LinkedHashMap<>();
    raw.forEach((key, byRun) -> {
      double[][] v = new double[runList.size()][weeks];
      for (double[] r : v) {
        java.util.Arrays.fill(r, Double.NaN);
      }
      byRun.forEach((run, byWeek) -> byWeek.forEach((week, value) -> v[runIndex.get(run)][week] = value));
      values.put(key, v);
    });
    return new TimeSeries(dates, runList, values);
  }

  private static String intern(Map<String, String> pool, String s) {
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
    return values.keySet();
  }

  /** The variables present, in order of first appearance. */
  public Set<String> variables() {
    Set<String> out = new LinkedHashSet<>();
    for (SeriesKey k : values.keySet()) {
      out.add(k.variable());
    }
    return out;
  }

  /** The sectors (other than ALL) present for {@code variable}, sorted. */
  public List<String> sectors(String variable) {
    Set<String> out = new TreeSet<>();
    for (SeriesKey k : values.keySet()) {
      if (k.variable().equals(variable) && !k.sector().equals(SeriesKey.ALL)) {
        out.add(k.sector());
      }
    }
    return List.copyOf(out);
  }

  public boolean has(SeriesKey key) {
    return values.containsKey(key) || !sectorKeys(key).isEmpty();
  }

  /**
   * The values of {@code key} as {@code [replication][week]} (a copy). For the {@code ALL} sector when
   * the table only has sectors, the sum over sectors; null when there is nothing to give.
   */
  public double[][] values(SeriesKey key) {
    double[][] v = values.get(key);
    if (v != null) {
      return copy(v);
    }
    if (!key.sector().equals(SeriesKey.ALL)) {
      return null;
    }
    List<SeriesKey> parts = sectorKeys(key);
    if (parts.isEmpty()) {
      return null;
    }
    double[][] sum = new double[runs.size()][weeks()];
    for (SeriesKey p : parts) {
      double[][] pv = values.get(p);
      for (int r = 0; r < sum.length; r++) {
        for (int w = 0; w < sum[r].length; w++) {
          sum[r][w] += pv[r][w];
        }
      }
    }
    return sum;
  }

  /**
   * A share or rate for {@code key} where the table may only give it by sector: the ALL row when
   * present, otherwise the mean over sectors weighted by {@code weightVariable} of the same direction
   * (or unweighted when the weights are missing).
   */
  public double[][] weightedValues(SeriesKey key, String weightVariable) {
    double[][] v = values.get(key);
    if (v != null) {
      return copy(v);
    }
    List<SeriesKey> parts = sectorKeys(key);
    if (parts.isEmpty()) {
      return null;
    }
    double[][] num = new double[runs.size()][weeks()];
    double[][] den = new double[runs.size()][weeks()];
    for (SeriesKey p : parts) {
      double[][] pv = values.get(p);
      double[][] wv = values.get(p.withVariable(weightVariable));
      for (int r = 0; r < num.length; r++) {
        for (int w = 0; w < num[r].length; w++) {
          double weight = wv == null || Double.isNaN(wv[r][w]) ? 1 : wv[r][w];
          if (!Double.isNaN(pv[r][w])) {
            num[r][w] += weight * pv[r][w];
            den[r][w] += weight;
          }
        }
      }
    }
    for (int r = 0; r < num.length; r++) {
      for (int w = 0; w < num[r].length; w++) {
        num[r][w] = den[r][w] == 0 ? Double.NaN : num[r][w] / den[r][w];
      }
    }
    return num;
  }

  private List<SeriesKey> sectorKeys(SeriesKey total) {
    List<SeriesKey> out = new ArrayList<>();
    if (!total.sector().equals(SeriesKey.ALL)) {
      return out;
    }
    for (SeriesKey k : values.keySet()) {
      if (k.variable().equals(total.variable()) && k.country().equals(total.country())
          && k.partner().equals(total.partner()) && !k.sector().equals(SeriesKey.ALL)) {
        out.add(k);
      }
    }
    return out;
  }

  private static double[][] copy(double[][] v) {
    double[][] c = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      c[i] = v[i].clone();
    }
    return c;
  }

  /** Running sums over weeks, per replication (NaN weeks add nothing). */
  public static double[][] cumulative(double[][] v) {
    double[][] c = copy(v);
    for (double[] r : c) {
      double sum = 0;
      for (int w = 0; w < r.length; w++) {
        if (!Double.isNaN(r[w])) {
          sum += r[w];
        }
        r[w] = sum;
      }
    }
    return c;
  }
}
