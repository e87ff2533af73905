package org.tradewar.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.tradewar.io.Check;
import org.tradewar.output.RunTables;
import org.tradewar.output.TimeSeries;

/**
 * Draws the charts of one run folder from its tables into {@code charts/} (PNG and SVG of each).
 * The run command calls this on a folder that may still be temporary; {@code tradewar chart} calls
 * it again on an old run.
 */
public final class RunCharts {
  private RunCharts() {}

  /**
   * The charts of a run: file name (without extension) and a caption for people, in report order.
   */
  public static final Map<String, String> CHARTS = charts();

  private static Map<String, String> charts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        "trade",
        "Trade volume by direction against the no-war baseline (dashed), USD billions per year "
            + "at an annual rate.");
    m.put(
        "tariffs",
        "Average trade-weighted tariff of each side on the other's goods; stars mark what the "
            + "articles report.");
    m.put(
        "timeline",
        "Escalation timeline: acts of each side, and talks, truces (shaded), deals and "
            + "breakdowns at the table; stars mark what the articles report.");
    m.put(
        "sourcing",
        "The rival's share of each importer's imports, and the purchases that moved to other "
            + "foreign suppliers and to home producers.");
    m.put(
        "welfare",
        "Cumulative tariff revenue (a transfer), added cost to importers and consumers, and"
            + " deadweight loss (what nobody receives: exact, and as the Harberger triangle) in"
            + " each importing country.");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Reads {@code runDir} and writes {@code runDir/charts/*.png} and {@code *.svg}; returns the
   * PNGs.
   */
  public static List<Path> writeAll(Path runDir) {
    Check.notNull(runDir, "runDir");
    return writeAll(RunTables.read(runDir));
  }

  /** Writes the charts of already-read tables into their folder's {@code charts/}. */
  public static List<Path> writeAll(RunTables run) {
    Check.notNull(run, "run");
    Path dir = run.folder().resolve("charts");
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, Function<RunTables, JFreeChart>> e : builders().entrySet()) {
      ChartFiles.write(
          e.getValue().apply(run), dir.resolve(e.getKey()), ChartTheme.WIDTH, ChartTheme.HEIGHT);
      written.add(dir.resolve(e.getKey() + ".png"));
    }
    return written;
  }

  /** Builds every chart of a run without writing it (tests, and the report). */
  public static Map<String, JFreeChart> build(RunTables run) {
    Map<String, JFreeChart> out = new LinkedHashMap<>();
    builders().forEach((name, f) -> out.put(name, f.apply(run)));
    return out;
  }

  private static Map<String, Function<RunTables, JFreeChart>> builders() {
    Map<String, Function<RunTables, JFreeChart>> m = new LinkedHashMap<>();
    m.put("trade", r -> TradeVolumeChart.create(r.series(), r.title()));
    m.put("tariffs", r -> TariffChart.create(r.series(), r.title(), r.reported()));
    m.put("timeline", RunCharts::timeline);
    m.put("sourcing", r -> SourcingChart.create(r.series(), r.title()));
    m.put("welfare", r -> WelfareChart.create(r.series(), r.title()));
    return m;
  }

  private static JFreeChart timeline(RunTables r) {
    TimeSeries ts = r.series();
    int runs = ts.runs().size();
    String note = runs > 1 ? "Events of replication " + ts.runs().get(0) + " of " + runs : "";
    JFreeChart chart =
        EscalationTimelineChart.create(
            r.firstRunEvents(), ts.dates().get(0), ts.dates().get(ts.weeks() - 1), r.title(), note);
    EscalationTimelineChart.markReported(chart, r.reported(), ts.dates().get(ts.weeks() - 1));
    return chart;
  }
}
