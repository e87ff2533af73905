package org.tradewar.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.io.Check;

/**
 * Builds a {@link TimeSeries} from the rows of {@code timeseries.csv} as they stream past, one
 * replication at a time: the rows of a replication fill a buffer of one value per series and week,
 * and when the next replication starts the buffer is folded into each series' {@link WeeklyStats}
 * (with the totals over sectors, running sums and weighted shares the charts draw, worked out per
 * replication as before). Memory is the buffer plus the summaries: it does not grow with the number
 * of replications. The run writes through this too, so a run's charts are the numbers a later read
 * of its folder gives.
 */
public final class TimeSeriesBuilder {
  private final int horizon;
  private final Map<SeriesKey, Integer> index = new LinkedHashMap<>();
  private final List<SeriesKey> keys = new ArrayList<>();
  private final Map<SeriesKey, WeeklyStats> plain = new LinkedHashMap<>();
  private final Map<SeriesKey, WeeklyStats> totals = new LinkedHashMap<>();
  private final Map<SeriesKey, WeeklyStats> cumulative = new LinkedHashMap<>();
  private final Map<SeriesKey, WeeklyStats> shares = new LinkedHashMap<>();
  private final List<Integer> runs = new ArrayList<>();
  private LocalDate[] dates = new LocalDate[0];
  private int weeks;
  private int firstWeek = Integer.MAX_VALUE;
  private double[][] buffer = new double[0][];
  private boolean[] seen = new boolean[0];
  private int current = -1;
  private List<Group> groups;

  /** A builder that accepts weeks {@code 0 .. horizon-1}. */
  public TimeSeriesBuilder(int horizon) {
    Check.that(horizon > 0, "horizon must be positive");
    this.horizon = horizon;
  }

  /**
   * One row. A replication's rows come together, replications in ascending order (as the run writes
   * them); anything else is refused with an {@link IllegalArgumentException} saying why, which a
   * reader turns into a message naming the line.
   */
  public void add(int run, int week, LocalDate date, SeriesKey key, double value) {
    if (week < 0 || week >= horizon) {
      throw new IllegalArgumentException(
          "week "
              + week
              + " is outside the run's "
              + horizon
              + " weeks (0 to "
              + (horizon - 1)
              + ")");
    }
    if (run != current) {
      if (run < current || runs.contains(run)) {
        throw new IllegalArgumentException(
            "run "
                + run
                + " comes after run "
                + current
                + "; the rows of each run must be together, runs in ascending order (as tradewar"
                + " writes them)");
      }
      flush();
      current = run;
      runs.add(run);
    }
    if (week >= dates.length) {
      dates = Arrays.copyOf(dates, Math.min(horizon, Math.max(week + 1, 2 * dates.length)));
    }
    LocalDate known = dates[week];
    if (known == null) {
      dates[week] = date;
    } else if (!known.equals(date)) {
      throw new IllegalArgumentException(
          "week " + week + " is dated " + date + " here but " + known + " earlier");
    }
    weeks = Math.max(weeks, week + 1);
    firstWeek = Math.min(firstWeek, week);
    Integer k = index.get(key);
    if (k == null) {
      k = newKey(key);
    }
    double[] row = buffer[k];
    if (row.length <= week) {
      row = buffer[k] = grow(row, weeks);
    }
    row[week] = value;
    seen[k] = true;
  }

  private int newKey(SeriesKey key) {
    int k = keys.size();
    index.put(key, k);
    keys.add(key);
    WeeklyStats s =
        key.sector().equals(SeriesKey.ALL) ? WeeklyStats.band() : WeeklyStats.meanOnly();
    for (int r = 1; r < runs.size(); r++) {
      s.addMissing(); // the replications before this series first appeared
    }
    plain.put(key, s);
    if (key.sector().equals(SeriesKey.ALL) && TimeSeries.isMoney(key.variable())) {
      WeeklyStats c = WeeklyStats.band();
      for (int r = 1; r < runs.size(); r++) {
        c.addMissing();
      }
      cumulative.put(key, c);
    }
    buffer = Arrays.copyOf(buffer, k + 1);
    buffer[k] = grow(new double[0], weeks);
    seen = Arrays.copyOf(seen, k + 1);
    groups = null;
    return k;
  }

  private static double[] grow(double[] row, int weeks) {
    int old = row.length;
    double[] out = Arrays.copyOf(row, Math.max(weeks, old));
    Arrays.fill(out, old, out.length, Double.NaN);
    return out;
  }

  /** Folds the replication in the buffer into the summaries and clears the buffer. */
  @SuppressWarnings("AssignmentExpression") // grows the buffer in place as it is read
  private void flush() {
    if (current < 0) {
      return;
    }
    for (int k = 0; k < keys.size(); k++) {
      double[] row = buffer[k].length < weeks ? (buffer[k] = grow(buffer[k], weeks)) : buffer[k];
      SeriesKey key = keys.get(k);
      if (seen[k]) {
        plain.get(key).add(row, weeks);
      } else {
        plain.get(key).addMissing();
      }
      WeeklyStats c = cumulative.get(key);
      if (c != null) {
        c.add(TimeSeries.runningSum(row, weeks), weeks);
      }
    }
    for (Group g : groups()) {
      double[] total = g.total(buffer, weeks);
      totals.computeIfAbsent(g.all, x -> lateBand()).add(total, weeks);
      if (TimeSeries.isMoney(g.all.variable())) {
        cumulative
            .computeIfAbsent(g.all, x -> lateBand())
            .add(TimeSeries.runningSum(total, weeks), weeks);
      }
      if (TimeSeries.isShare(g.all.variable())) {
        shares.computeIfAbsent(g.all, x -> lateBand()).add(g.weighted(buffer, weeks), weeks);
      }
    }
    for (double[] row : buffer) {
      Arrays.fill(row, Double.NaN);
    }
    Arrays.fill(seen, false);
  }

  /** A band for a total first needed after some replications: those count as missing. */
  private WeeklyStats lateBand() {
    WeeklyStats s = WeeklyStats.band();
    for (int r = 1; r < runs.size(); r++) {
      s.addMissing();
    }
    return s;
  }

  /**
   * The sector rows of each variable, importer and partner that has no total row: their sum (and a
   * weighted mean, for a share) stands in for it, summed in the order the rows first appeared.
   */
  private List<Group> groups() {
    if (groups != null) {
      return groups;
    }
    Map<SeriesKey, Group> byTotal = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      SeriesKey key = keys.get(k);
      SeriesKey all = key.withSector(SeriesKey.ALL);
      if (!key.sector().equals(SeriesKey.ALL) && !index.containsKey(all)) {
        byTotal
            .computeIfAbsent(all, Group::new)
            .add(k, index.get(key.withVariable(TimeSeries.SHARE_WEIGHT)));
      }
    }
    groups = List.copyOf(byTotal.values());
    return groups;
  }

  /**
   * Ends the table: the summaries, the weeks with their dates, the replications. Null when no row
   * came.
   */
  public TimeSeries build() {
    flush();
    current = Integer.MAX_VALUE; // nothing more may come
    if (runs.isEmpty()) {
      return null;
    }
    LocalDate first = dates[firstWeek].minusWeeks(firstWeek);
    List<LocalDate> out = new ArrayList<>(weeks);
    for (int w = 0; w < weeks; w++) {
      out.add(dates[w] != null ? dates[w] : first.plusWeeks(w));
    }
    return new TimeSeries(out, runs, plain, totals, cumulative, shares);
  }

  /** The sector rows that make up a missing total. */
  private static final class Group {
    final SeriesKey all;
    final List<Integer> parts = new ArrayList<>();
    final List<Integer> weights = new ArrayList<>();

    Group(SeriesKey all) {
      this.all = all;
    }

    void add(int part, Integer weight) {
      parts.add(part);
      weights.add(weight);
    }

    double[] total(double[][] buffer, int weeks) {
      double[] sum = new double[weeks];
      for (int p : parts) {
        for (int w = 0; w < weeks; w++) {
          sum[w] += buffer[p][w];
        }
      }
      return sum;
    }

    /** Weighted by the sector's baseline imports (unweighted where a weight is missing). */
    double[] weighted(double[][] buffer, int weeks) {
      double[] num = new double[weeks];
      double[] den = new double[weeks];
      for (int i = 0; i < parts.size(); i++) {
        double[] pv = buffer[parts.get(i)];
        double[] wv = weights.get(i) == null ? null : buffer[weights.get(i)];
        for (int w = 0; w < weeks; w++) {
          double weight = wv == null || Double.isNaN(wv[w]) ? 1 : wv[w];
          if (!Double.isNaN(pv[w])) {
            num[w] += weight * pv[w];
            den[w] += weight;
          }
        }
      }
      for (int w = 0; w < weeks; w++) {
        num[w] = den[w] == 0 ? Double.NaN : num[w] / den[w];
      }
      return num;
    }
  }
}
