package org.tradewar.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tradewar.chart.RunCharts;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;
import org.tradewar.output.EventRow;
import org.tradewar.output.ReportedRow;
import org.tradewar.output.RunTables;
import org.tradewar.output.SummaryTable;

/**
 * Writes {@code report.html} of a run folder: one self-contained page (opens offline; no scripts,
 * no external links) with the scenario's title and description, the outcome in words, the summary
 * table, every chart (embedded PNG), the economy's accounts by quarter, the transcript as a
 * timeline (each meeting one line, its offers folded under it), the parameters with their meaning
 * and provenance and the run's manifest. Dates read as dates, articles by title; the data files
 * keep their machine form. Charts missing from {@code charts/} are drawn first.
 */
public final class RunReport {
  private RunReport() {}

  /** Writes {@code runDir/report.html} and returns its path. */
  public static Path write(Path runDir) {
    Check.notNull(runDir, "runDir");
    return write(RunTables.read(runDir));
  }

  /** Writes the report of tables already read into their folder's {@code report.html}. */
  public static Path write(RunTables run) {
    Check.notNull(run, "run");
    Path runDir = run.folder();
    Path charts = runDir.resolve("charts");
    boolean missing =
        RunCharts.CHARTS.keySet().stream()
            .anyMatch(n -> !Files.isRegularFile(charts.resolve(n + ".png")));
    if (missing) {
      RunCharts.writeAll(run);
    }
    Path out = runDir.resolve("report.html");
    AtomicFiles.writeString(out, html(run));
    return out;
  }

  /** The page of an already-read run whose charts exist. */
  static String html(RunTables run) {
    SummaryTable s = run.summary();
    StringBuilder b = new StringBuilder(2_000_000);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(run.title()))
        .append(" \u2014 tradewar report</title>\n")
        .append("<style>\n")
        .append(Html.STYLE)
        .append(Html.MORE_STYLE)
        .append("</style>\n</head>\n<body>\n");
    b.append("<header>\n<p class=\"meta\">tradewar run report \u00b7 scenario <code>")
        .append(Html.escape(run.scenarioName()))
        .append("</code></p>\n<h1>")
        .append(Html.escape(run.title()))
        .append("</h1>\n");
    if (!run.description().isBlank()) {
      b.append("<p class=\"lead\">")
          .append(Html.escape(run.description().strip()))
          .append("</p>\n");
    }
    b.append("<p>Outcome: <span class=\"outcome\">")
        .append(Html.escape(SummaryRows.outcome(s.outcome())))
        .append("</span> &nbsp; <span class=\"meta\">")
        .append(Html.escape(meta(run)))
        .append("</span></p>\n<p class=\"statement\">")
        .append(Html.escape(OutcomeStatement.of(s, run.firstRunEvents())))
        .append("</p>\n</header>\n");
    b.append(
            "<nav><a href=\"#summary\">Summary</a><a href=\"#accounts\">Accounts</a><a"
                + " href=\"#charts\">Charts</a>")
        .append("<a href=\"#transcript\">Transcript</a><a href=\"#parameters\">Parameters</a>")
        .append("<a href=\"#provenance\">Run</a></nav>\n");

    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    summaryTable(b, s, run.events());
    b.append("</section>\n");

    b.append("<section id=\"accounts\">\n<h2>Accounts by quarter</h2>\n");
    QuarterlyAccounts.html(b, run.series());
    b.append("</section>\n");

    b.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    for (Map.Entry<String, String> c : RunCharts.CHARTS.entrySet()) {
      Path png = run.folder().resolve("charts").resolve(c.getKey() + ".png");
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(png);
      } catch (IOException e) {
        throw new BadInputException(png + ": cannot read: " + AtomicFiles.describe(e));
      }
      b.append("<figure id=\"chart-")
          .append(Html.escape(c.getKey()))
          .append("\">\n<img src=\"")
          .append(Html.pngDataUri(bytes))
          .append("\" alt=\"")
          .append(Html.escape(c.getValue()))
          .append("\">\n<figcaption>")
          .append(Html.escape(c.getValue()))
          .append(" Also in <code>charts/")
          .append(Html.escape(c.getKey()))
          .append(".svg</code> for print.</figcaption>\n</figure>\n");
    }
    b.append("</section>\n");

    ArticleTitles titles = ArticleTitles.of(run.parameters());
    if (!run.reported().isEmpty()) {
      b.append(
              "<section id=\"reported\">\n"
                  + "<h2>What the articles report</h2>\n"
                  + "<p class=\"small\">The ")
          .append(
              "patterns of the war's path the calibration reads in the articles; the stars on the"
                  + " tariff ")
          .append(
              "and timeline charts mark them (in the SVG, with these sources on hover)."
                  + " <code>tradewar ")
          .append(
              "patterns</code> counts how often a scenario's runs meet them.</p>\n"
                  + "<table>\n"
                  + "<tr><th>")
          .append("Pattern</th><th>Statement</th><th>Date</th><th>Sources</th></tr>\n");
      for (ReportedRow r : run.reported()) {
        b.append("<tr><td>")
            .append(Html.escape(r.id()))
            .append("</td><td>")
            .append(Html.escape(ReadableDates.inText(r.text())))
            .append("</td><td class=\"date\">")
            .append(Html.escape(ReadableDates.day(r.date())))
            .append("</td><td>")
            .append(QuotedSources.html(QuotedSources.parse(r.sources()), titles))
            .append("</td></tr>\n");
      }
      b.append("</table>\n</section>\n");
    }

    b.append("<section id=\"transcript\">\n<h2>Transcript</h2>\n");
    if (run.series().runs().size() > 1) {
      b.append("<p class=\"small\">The transcript follows replication ")
          .append(run.series().runs().get(0))
          .append("; the charts average all ")
          .append(run.series().runs().size())
          .append(".</p>\n");
    }
    b.append("<div class=\"scroll\">\n")
        .append(TranscriptTimeline.html(run.transcript(), run.firstRunEvents()))
        .append("</div>\n</section>\n");

    b.append("<section id=\"parameters\">\n<h2>Parameters and where they come from</h2>\n");
    ParameterTable.html(b, run.parameters(), titles);
    b.append("</section>\n");

    b.append("<section id=\"provenance\">\n<h2>Run</h2>\n<table class=\"manifest\">\n");
    for (Map.Entry<String, String> e : ManifestRows.of(run.manifest().fields()).entrySet()) {
      b.append("<tr><th>")
          .append(Html.escape(e.getKey()))
          .append("</th><td>")
          .append(Html.escape(e.getValue()))
          .append("</td></tr>\n");
    }
    b.append(
            "</table>\n"
                + "<p class=\"small\">Drawn from the run folder's tables by <code>tradewar"
                + " chart</code>; ")
        .append("the same folder holds <code>timeseries.csv</code>, <code>events.csv</code>, ")
        .append("<code>summary.json</code> and <code>parameters.json</code>.</p>\n</section>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static String meta(RunTables run) {
    SummaryTable s = run.summary();
    StringBuilder m = new StringBuilder();
    m.append("seed ").append(s.seed());
    int reps = run.series().runs().size();
    m.append(" \u00b7 ").append(reps).append(reps == 1 ? " replication" : " replications");
    m.append(" \u00b7 ")
        .append(run.series().weeks())
        .append(" weeks from ")
        .append(ReadableDates.day(run.series().dates().get(0)));
    return m.toString();
  }

  static void summaryTable(StringBuilder b, SummaryTable s) {
    summaryTable(b, s, java.util.List.of());
  }

  /** The summary, with the first run's events so that dates are the events' own. */
  static void summaryTable(StringBuilder b, SummaryTable s, java.util.List<EventRow> events) {
    b.append(
            "<table>\n"
                + "<tr><th>Measure</th><th>Unit</th><th class=\"num\"><span class=\"us\">US</span>"
                + " ")
        .append("(imports from China)</th><th class=\"num\"><span class=\"cn\">China</span> ")
        .append("(imports from the US)</th></tr>\n");
    for (SummaryRows.Row r : SummaryRows.rows(s.metrics().keySet())) {
      boolean present =
          s.metrics().containsKey(r.us()) || (r.cn() != null && s.metrics().containsKey(r.cn()));
      if (!present) {
        continue;
      }
      b.append("<tr><td>")
          .append(Html.escape(r.label()))
          .append("</td><td>")
          .append(Html.escape(r.unit()))
          .append("</td>");
      if (r.cn() == null) {
        b.append("<td class=\"num\" colspan=\"2\" style=\"text-align:center\">")
            .append(Html.escape(SummaryRows.cell(s, r.us(), r, events)))
            .append("</td>");
      } else {
        b.append("<td class=\"num\">")
            .append(Html.escape(SummaryRows.cell(s, r.us(), r, events)))
            .append("</td>")
            .append("<td class=\"num\">")
            .append(Html.escape(SummaryRows.cell(s, r.cn(), r, events)))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    if (s.replications() > 1) {
      b.append("<p class=\"small\">Means over ")
          .append(s.replications())
          .append(" replications.</p>\n");
    }
  }
}
