package org.tradewar.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.tradewar.chart.ChartFiles;
import org.tradewar.chart.ChartTheme;
import org.tradewar.chart.CompareChart;
import org.tradewar.chart.CompareVariable;
import org.tradewar.chart.EscalationTimelineChart;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;
import org.tradewar.output.CsvText;
import org.tradewar.output.RunTables;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.SummaryTable;

/**
 * A comparison of several runs for a class: one overlay chart per variable (PNG and SVG in {@code
 * charts/}), a side-by-side summary ({@code summary.csv} and in the page), and {@code compare.html}
 * with the escalation timelines one above the other on the same calendar, so the eye sees where the
 * paths part.
 */
public final class Comparison {
  private Comparison() {}

  /** Rows of labels per lane in the stacked timelines of the compare page. */
  static final int COMPARE_TIMELINE_ROWS = 3;

  /**
   * Reads {@code runDirs}, writes the comparison into {@code outDir} and returns the page. An empty
   * {@code variables} means {@link CompareVariable#DEFAULTS} (those the runs have).
   */
  public static Path write(List<Path> runDirs, Path outDir, List<String> variables) {
    Check.notNull(runDirs, "runDirs");
    Check.notNull(outDir, "outDir");
    if (runDirs.isEmpty()) {
      throw new BadInputException("compare needs at least one run folder or scenario file");
    }
    List<RunTables> runs = new ArrayList<>();
    for (Path p : runDirs) {
      runs.add(RunTables.read(p));
    }
    List<String> labels = labels(runs);
    List<String> chosen = chooseVariables(runs, variables == null ? List.of() : variables);

    List<CompareChart.Entry> entries = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      entries.add(new CompareChart.Entry(labels.get(i), runs.get(i).series()));
    }
    Path charts = outDir.resolve("charts");
    Map<CompareVariable, byte[]> overlay = new java.util.LinkedHashMap<>();
    for (String v : chosen) {
      CompareVariable variable = CompareVariable.of(v, isLevel(runs, v));
      JFreeChart chart = CompareChart.create(variable, entries);
      ChartFiles.write(chart, charts.resolve(v), ChartTheme.WIDTH, ChartTheme.HEIGHT);
      overlay.put(variable, ChartFiles.png(chart, ChartTheme.WIDTH, ChartTheme.HEIGHT));
    }

    LocalDate first = null;
    LocalDate last = null;
    for (RunTables r : runs) {
      LocalDate a = r.series().dates().get(0);
      LocalDate b = r.series().dates().get(r.series().weeks() - 1);
      first = first == null || a.isBefore(first) ? a : first;
      last = last == null || b.isAfter(last) ? b : last;
    }
    List<byte[]> timelines = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunTables r = runs.get(i);
      int reps = r.series().runs().size();
      String note =
          reps > 1 ? "Events of replication " + r.series().runs().get(0) + " of " + reps : "";
      // Short timelines (three rows of labels a lane) so that a class sees them all on one screen;
      // each run's own report has the full one.
      JFreeChart chart =
          EscalationTimelineChart.compact(
              r.firstRunEvents(), first, last, labels.get(i), note, COMPARE_TIMELINE_ROWS);
      String name = "timeline-" + (i + 1) + "-" + Html.slug(labels.get(i));
      int height = EscalationTimelineChart.naturalHeight(chart); // so the stack fits on a screen
      ChartFiles.write(chart, charts.resolve(name), ChartTheme.WIDTH, height);
      timelines.add(ChartFiles.png(chart, ChartTheme.WIDTH, height));
    }
    AtomicFiles.writeString(outDir.resolve("summary.csv"), summaryCsv(runs, labels));
    Path page = outDir.resolve("compare.html");
    AtomicFiles.writeString(page, html(runs, labels, overlay, timelines));
    return page;
  }

  /**
   * Legend labels: scenario names, made unique with the seed or the folder name when they repeat.
   */
  static List<String> labels(List<RunTables> runs) {
    List<String> base = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (RunTables r : runs) {
      base.add(r.scenarioName());
      counts.merge(r.scenarioName(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < runs.size(); i++) {
      String l = base.get(i);
      if (counts.get(l) > 1) {
        l = l + " (seed " + runs.get(i).summary().seed() + ")";
      }
      String unique = l;
      for (int k = 2; !used.add(unique); k++) {
        unique = l + " #" + k;
      }
      out.add(unique);
    }
    return out;
  }

  private static List<String> chooseVariables(List<RunTables> runs, List<String> asked) {
    Set<String> present = new LinkedHashSet<>();
    for (RunTables r : runs) {
      present.addAll(r.series().variables());
    }
    if (asked.isEmpty()) {
      List<String> out = new ArrayList<>();
      for (String v : CompareVariable.DEFAULTS) {
        if (present.contains(v)) {
          out.add(v);
        }
      }
      if (out.isEmpty()) {
        throw new BadInputException(
            "the runs share none of the variables "
                + String.join(", ", CompareVariable.DEFAULTS)
                + "; found: "
                + String.join(", ", present));
      }
      return out;
    }
    List<String> out = new ArrayList<>();
    for (String v : asked) {
      String name = v.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!present.contains(name)) {
        throw new BadInputException(
            "--variables: unknown variable '"
                + name
                + "'; these runs have: "
                + String.join(", ", present));
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    if (out.isEmpty()) {
      throw new BadInputException(
          "--variables: name at least one variable; these runs have: "
              + String.join(", ", present));
    }
    return out;
  }

  private static boolean isLevel(List<RunTables> runs, String variable) {
    for (RunTables r : runs) {
      for (SeriesKey k : r.series().keys()) {
        if (k.variable().equals(variable)) {
          return k.partner().isEmpty();
        }
      }
    }
    return false;
  }

  /**
   * Tidy: one row per scenario and metric, the scenario's outcome in a column of its own, numbers
   * as the run writes them (ten significant digits; empty when the run has none).
   */
  static String summaryCsv(List<RunTables> runs, List<String> labels) {
    Set<String> keys = new LinkedHashSet<>();
    for (RunTables r : runs) {
      keys.addAll(r.summary().metrics().keySet());
    }
    StringBuilder b = new StringBuilder("scenario,run,outcome,metric,value\n");
    for (int i = 0; i < runs.size(); i++) {
      RunTables r = runs.get(i);
      String head =
          CsvText.field(labels.get(i))
              + ","
              + CsvText.field(String.valueOf(r.folder().getFileName()))
              + ","
              + CsvText.field(r.summary().outcome())
              + ",";
      for (String k : keys) {
        b.append(head)
            .append(CsvText.field(k))
            .append(',')
            .append(CsvText.number(r.summary().metric(k)))
            .append('\n');
      }
    }
    return b.toString();
  }

  private static String lowerFirst(String unit) {
    return unit.length() > 1
            && Character.isUpperCase(unit.charAt(0))
            && Character.isLowerCase(unit.charAt(1))
        ? Character.toLowerCase(unit.charAt(0)) + unit.substring(1)
        : unit;
  }

  /**
   * The table of inputs that differ between the runs, grouped (run, negotiators, events,
   * parameters).
   */
  private static void inputs(StringBuilder b, List<RunTables> runs, List<String> labels) {
    b.append("<section id=\"inputs\">\n<h2>How the inputs differ</h2>\n");
    List<InputDifferences.Row> rows = InputDifferences.of(runs);
    if (rows.isEmpty()) {
      b.append(
              "<p>The runs have the same inputs: settings, negotiators, scripted events and"
                  + " parameters.</p>\n")
          .append("</section>\n");
      return;
    }
    b.append(
            "<p class=\"small\">Only what differs between at least two runs; each run's report"
                + " lists all of its ")
        .append(
            "parameters with their sources. Empty: the run does not record it.</p>\n"
                + "<table>\n"
                + "<tr><th>Input</th>")
        .append("<th>Unit</th>");
    for (String l : labels) {
      b.append("<th class=\"num\">").append(Html.escape(l)).append("</th>");
    }
    b.append("</tr>\n");
    String group = null;
    for (InputDifferences.Row row : rows) {
      if (!row.group().equals(group)) {
        group = row.group();
        b.append("<tr><th colspan=\"")
            .append(2 + labels.size())
            .append("\">")
            .append(Html.escape(group))
            .append("</th></tr>\n");
      }
      b.append("<tr><td>")
          .append(Html.escape(row.label()))
          .append("</td><td>")
          .append(Html.escape(row.unit()))
          .append("</td>");
      for (String v : row.values()) {
        b.append("<td class=\"num\">").append(Html.escape(v)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static String html(
      List<RunTables> runs,
      List<String> labels,
      Map<CompareVariable, byte[]> overlay,
      List<byte[]> timelines) {
    StringBuilder b = new StringBuilder(4_000_000);
    String title = "Comparison: " + String.join(" \u00b7 ", labels);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(Html.STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append("<header>\n<p class=\"meta\">tradewar comparison</p>\n<h1>")
        .append(Html.escape(title))
        .append(
            "</h1>\n"
                + "</header>\n"
                + "<nav><a href=\"#scenarios\">Scenarios</a><a href=\"#inputs\">Inputs</a>")
        .append("<a href=\"#summary\">Summary</a>")
        .append("<a href=\"#timelines\">Timelines</a><a href=\"#charts\">Charts</a></nav>\n");

    b.append(
            "<section id=\"scenarios\">\n"
                + "<h2>Scenarios</h2>\n"
                + "<table>\n"
                + "<tr><th>Scenario</th><th>Title and ")
        .append("description</th><th>Outcome</th><th>Run</th></tr>\n");
    for (int i = 0; i < runs.size(); i++) {
      RunTables r = runs.get(i);
      b.append("<tr><td><b>")
          .append(Html.escape(labels.get(i)))
          .append("</b></td><td><b>")
          .append(Html.escape(r.title()))
          .append("</b>");
      if (!r.description().isBlank()) {
        b.append("<br>").append(Html.escape(r.description().strip()));
      }
      b.append("</td><td>")
          .append(Html.escape(SummaryRows.outcome(r.summary().outcome())))
          .append("</td><td>")
          .append("<code>")
          .append(Html.escape(String.valueOf(r.folder().getFileName())))
          .append("</code><br>")
          .append("<span class=\"small\">seed ")
          .append(r.summary().seed())
          .append(", ")
          .append(r.series().runs().size())
          .append(" replication(s)</span></td></tr>\n");
    }
    b.append("</table>\n</section>\n");
    inputs(b, runs, labels);

    b.append(
        "<section id=\"summary\">\n"
            + "<h2>Summary side by side</h2>\n"
            + "<table>\n"
            + "<tr><th>Measure</th><th>Unit</th>");
    for (String l : labels) {
      b.append("<th class=\"num\">").append(Html.escape(l)).append("</th>");
    }
    b.append("</tr>\n<tr><td>Outcome</td><td></td>");
    for (RunTables r : runs) {
      b.append("<td class=\"num\">")
          .append(Html.escape(SummaryRows.outcome(r.summary().outcome())))
          .append("</td>");
    }
    b.append("</tr>\n");
    Set<String> keys = new LinkedHashSet<>();
    for (RunTables r : runs) {
      keys.addAll(r.summary().metrics().keySet());
    }
    for (SummaryRows.Row row : SummaryRows.rows(keys)) {
      for (String key :
          row.cn() == null ? new String[] {row.us()} : new String[] {row.us(), row.cn()}) {
        if (!keys.contains(key)) {
          continue;
        }
        String side = row.cn() == null ? "" : key.equals(row.us()) ? " \u2014 US" : " \u2014 China";
        b.append("<tr><td>")
            .append(Html.escape(row.label() + side))
            .append("</td><td>")
            .append(Html.escape(row.unit()))
            .append("</td>");
        for (RunTables r : runs) {
          SummaryTable s = r.summary();
          b.append("<td class=\"num\">")
              .append(Html.escape(SummaryRows.cell(s, key, row, r.events())))
              .append("</td>");
        }
        b.append("</tr>\n");
      }
    }
    b.append(
            "</table>\n"
                + "<p class=\"small\">Also in <code>summary.csv</code>. US = the US as importer ")
        .append("(tariffs on Chinese goods); China = China as importer.</p>\n</section>\n");

    b.append("<section id=\"timelines\">\n<h2>Escalation timelines, one above the other</h2>\n")
        .append(
            "<p class=\"small\">Same calendar in every timeline: read down a column to see where"
                + " the paths ")
        .append("part.</p>\n");
    for (int i = 0; i < timelines.size(); i++) {
      b.append("<figure>\n<img src=\"")
          .append(Html.pngDataUri(timelines.get(i)))
          .append("\" alt=\"")
          .append(Html.escape("Escalation timeline of " + labels.get(i)))
          .append("\">\n<figcaption>")
          .append(Html.escape(labels.get(i) + ": " + runs.get(i).title()))
          .append("</figcaption>\n</figure>\n");
    }
    b.append("</section>\n<section id=\"charts\">\n<h2>Variables overlaid</h2>\n");
    for (Map.Entry<CompareVariable, byte[]> e : overlay.entrySet()) {
      CompareVariable v = e.getKey();
      b.append("<figure>\n<img src=\"")
          .append(Html.pngDataUri(e.getValue()))
          .append("\" alt=\"")
          .append(Html.escape(v.title() + " by scenario"))
          .append("\">\n<figcaption>")
          .append(Html.escape(v.title() + " by scenario, in " + lowerFirst(v.unit())))
          .append("; also <code>charts/")
          .append(Html.escape(v.name()))
          .append(".svg</code>.</figcaption>\n</figure>\n");
    }
    b.append("</section>\n</body>\n</html>\n");
    return b.toString();
  }
}
