package org.tradewar.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.chart.ChartFiles;
import org.tradewar.chart.ChartTheme;
import org.tradewar.chart.ValidationChart;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.Numbers;
import org.tradewar.output.ObservedRecord;
import org.tradewar.output.RunTables;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.WeeklyStats;
import org.tradewar.vocabulary.Country;

/**
 * Compares a run with an observed record (docs/outputs.md, "Validating against a record"): for each
 * observed series, the error of the run's mean at the observations' weeks (RMSE, bias, mean
 * absolute error); for each event, the week the runs first reach it against the observed date; and
 * an overlay chart per series. Writes {@code validation.csv}, {@code points.csv}, {@code
 * events.csv}, {@code validation.md} and {@code charts/}.
 */
public final class Validation {
  private Validation() {}

  /** The error of one observed series. */
  public record SeriesError(
      String series, String country, String partner, int n, double rmse, double bias, double mae) {}

  /** The timing of one event: observed date, the median first date over the runs, and the gap. */
  public record EventTiming(
      String event,
      LocalDate observed,
      LocalDate modelMedian,
      int runsWithEvent,
      int runs,
      double weeksLate) {}

  public record Result(List<SeriesError> series, List<EventTiming> events) {}

  public static Result write(RunTables run, ObservedRecord record, Path out) {
    TimeSeries ts = run.series();
    LocalDate start = ts.dates().get(0);
    Map<String, List<ObservedRecord.Observation>> groups = new LinkedHashMap<>();
    List<ObservedRecord.Observation> events = new ArrayList<>();
    for (ObservedRecord.Observation o : record.rows()) {
      if (o.event()) {
        events.add(o);
        continue;
      }
      int week = week(start, o.date());
      if (week < 0 || week >= ts.weeks()) {
        throw new BadInputException(
            record.file()
                + " line "
                + o.line()
                + ": date "
                + o.date()
                + " is outside the run ("
                + start
                + " to "
                + ts.dates().get(ts.weeks() - 1)
                + ")");
      }
      groups
          .computeIfAbsent(
              o.series() + "|" + o.country() + "|" + partner(ts, o) + "|" + o.unit(),
              k -> new ArrayList<>())
          .add(o);
    }
    StringBuilder points = new StringBuilder("date,series,country,partner,unit,observed,model\n");
    StringBuilder table = new StringBuilder("series,country,partner,unit,n,rmse,bias,mae\n");
    List<SeriesError> errors = new ArrayList<>();
    for (List<ObservedRecord.Observation> g : groups.values()) {
      ObservedRecord.Observation first = g.get(0);
      WeeklyStats model = values(ts, first, record);
      double factor = first.unit().fromWeekly();
      double[] mean = model.mean(ts.weeks());
      double sq = 0;
      double sum = 0;
      double abs = 0;
      List<LocalDate> dates = new ArrayList<>();
      List<Double> observed = new ArrayList<>();
      for (ObservedRecord.Observation o : g) {
        int w = week(start, o.date());
        double m = mean[w] * factor;
        double e = m - o.value();
        sq += e * e;
        sum += e;
        abs += Math.abs(e);
        dates.add(o.date());
        observed.add(o.value());
        points
            .append(o.date())
            .append(',')
            .append(o.series())
            .append(',')
            .append(o.country())
            .append(',')
            .append(o.partner())
            .append(',')
            .append(o.unit().name().toLowerCase(Locale.ROOT))
            .append(',')
            .append(num(o.value()))
            .append(',')
            .append(num(m))
            .append('\n');
      }
      int n = g.size();
      SeriesError se =
          new SeriesError(
              first.series(),
              first.country(),
              partner(ts, first),
              n,
              Math.sqrt(sq / n),
              sum / n,
              abs / n);
      errors.add(se);
      table
          .append(se.series())
          .append(',')
          .append(se.country())
          .append(',')
          .append(se.partner())
          .append(',')
          .append(first.unit().name().toLowerCase(Locale.ROOT))
          .append(',')
          .append(n)
          .append(',')
          .append(num(se.rmse()))
          .append(',')
          .append(num(se.bias()))
          .append(',')
          .append(num(se.mae()))
          .append('\n');
      Country c = Country.valueOf(first.country());
      String name =
          first.series()
              + "__"
              + first.country()
              + (se.partner().isEmpty() ? "" : "_" + se.partner());
      ChartFiles.write(
          ValidationChart.create(
              first.series() + ", " + c.longName() + ": model and record",
              first.unit().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              ts,
              model,
              factor,
              c,
              dates,
              observed,
              run.title()),
          out.resolve("charts").resolve(name),
          ChartTheme.WIDTH,
          ChartTheme.HEIGHT);
    }
    List<EventTiming> timings = new ArrayList<>();
    StringBuilder ev =
        new StringBuilder(
            "event,observed_date,model_median_date,weeks_late,runs_with_event,runs\n");
    for (ObservedRecord.Observation o : events) {
      EventTiming t = timing(run, o);
      timings.add(t);
      ev.append(t.event())
          .append(',')
          .append(t.observed())
          .append(',')
          .append(t.modelMedian() == null ? "" : t.modelMedian().toString())
          .append(',')
          .append(Double.isNaN(t.weeksLate()) ? "" : num(t.weeksLate()))
          .append(',')
          .append(t.runsWithEvent())
          .append(',')
          .append(t.runs())
          .append('\n');
    }
    AtomicFiles.writeString(out.resolve("validation.csv"), table.toString());
    AtomicFiles.writeString(out.resolve("points.csv"), points.toString());
    AtomicFiles.writeString(out.resolve("events.csv"), ev.toString());
    Result result = new Result(errors, timings);
    AtomicFiles.writeString(out.resolve("validation.md"), markdown(run, record, result));
    return result;
  }

  /** The partner an observation is about: as given, else the rival for a flow, else none. */
  private static String partner(TimeSeries ts, ObservedRecord.Observation o) {
    if (!o.partner().isEmpty()) {
      return o.partner();
    }
    String rival = Country.valueOf(o.country()).rival().name();
    return ts.has(new SeriesKey(o.series(), o.country(), rival, SeriesKey.ALL)) ? rival : "";
  }

  private static WeeklyStats values(
      TimeSeries ts, ObservedRecord.Observation o, ObservedRecord record) {
    Country c = Country.valueOf(o.country());
    String partner = partner(ts, o);
    WeeklyStats v = ts.stats(new SeriesKey(o.series(), o.country(), partner, SeriesKey.ALL));
    if (v == null) {
      v = ts.stats(SeriesKey.level(o.series(), c));
    }
    if (v == null) {
      throw new BadInputException(
          record.file()
              + " line "
              + o.line()
              + ": the run has no series "
              + o.series()
              + " for "
              + o.country()
              + (o.partner().isEmpty() ? "" : " and partner " + o.partner()));
    }
    return v;
  }

  /**
   * The first week of the event in each run (events.csv), their median, against the observed date.
   */
  private static EventTiming timing(RunTables run, ObservedRecord.Observation o) {
    Map<Integer, Integer> first =
        run.runEvents()
            .firstWeek(
                kind ->
                    switch (o.series()) {
                      case "first_tariff" -> kind.equals("tariff") || kind.equals("retaliation");
                      case "truce" -> kind.equals("truce");
                      default -> kind.equals("deal");
                    });
    int runs = run.series().runs().size();
    if (first.isEmpty()) {
      return new EventTiming(o.series(), o.date(), null, 0, runs, Double.NaN);
    }
    int[] weeks = first.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    double median =
        weeks.length % 2 == 1
            ? weeks[weeks.length / 2]
            : (weeks[weeks.length / 2 - 1] + weeks[weeks.length / 2]) / 2.0;
    LocalDate start = run.series().dates().get(0);
    LocalDate date = start.plusDays(Math.round(7 * median));
    return new EventTiming(
        o.series(),
        o.date(),
        date,
        weeks.length,
        runs,
        ChronoUnit.DAYS.between(o.date(), date) / 7.0);
  }

  private static String markdown(RunTables run, ObservedRecord record, Result r) {
    StringBuilder b =
        new StringBuilder("# Validation of `")
            .append(run.scenarioName())
            .append("` against `")
            .append(record.file().getFileName())
            .append("`\n\n");
    b.append(
        "| Series | Country | Observations | RMSE | Bias (model - record) | Mean absolute error |\n"
            + "|---|---|---:|---:|---:|---:|\n");
    for (SeriesError e : r.series()) {
      b.append("| ")
          .append(e.series())
          .append(" | ")
          .append(e.country())
          .append(" | ")
          .append(e.n())
          .append(" | ")
          .append(num(e.rmse()))
          .append(" | ")
          .append(num(e.bias()))
          .append(" | ")
          .append(num(e.mae()))
          .append(" |\n");
    }
    if (!r.events().isEmpty()) {
      b.append(
          "\n"
              + "| Event | Observed | Model (median first date) | Weeks late | Runs with it |\n"
              + "|---|---|---|---:|---:|\n");
      for (EventTiming t : r.events()) {
        b.append("| ")
            .append(t.event())
            .append(" | ")
            .append(t.observed())
            .append(" | ")
            .append(t.modelMedian() == null ? "never" : t.modelMedian().toString())
            .append(" | ")
            .append(Double.isNaN(t.weeksLate()) ? "" : num(t.weeksLate()))
            .append(" | ")
            .append(t.runsWithEvent())
            .append(" of ")
            .append(t.runs())
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static int week(LocalDate start, LocalDate d) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, d), 7);
  }

  private static String num(double v) {
    return Numbers.format(v);
  }
}
