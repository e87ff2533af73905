package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.report.Html;

/**
 * Writes {@code report.html} of a sweep folder: one self-contained page (inline style, charts as
 * embedded PNG, no scripts, no external reference; every text from a file escaped) that can be
 * handed over as it is: the design, the metrics, a reading of the largest effects, a summary per
 * metric, the sensitivity indices, every chart with a caption, and the sweep's provenance. Written
 * atomically, like every output, after the charts it shows.
 */
final class SweepReport {
  static final String FILE = "report.html";

  private SweepReport() {}

  static Path write(SweepResults r, List<SweepChart> charts, List<Sensitivity.Row> sensitivity) {
    Path out = r.dir.resolve(FILE);
    AtomicFiles.writeString(out, html(r, charts, sensitivity));
    return out;
  }

  static String html(SweepResults r, List<SweepChart> charts, List<Sensitivity.Row> sensitivity) {
    List<AxisLevels> levels = new ArrayList<>();
    for (int i = 0; i < r.axes.size(); i++) {
      levels.add(new AxisLevels(r, i));
    }
    JsonNode sweep = r.manifest.path("sweep");
    StringBuilder b = new StringBuilder(1 << 20);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(r.title))
        .append(" \u2014 tradewar sweep report</title>\n<style>\n")
        .append(STYLE)
        .append(
            "</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<header>\n"
                + "<p class=\"meta\">tradewar sweep report \u00b7 sweep <code>")
        .append(Html.escape(sweep.path("name").asText("")))
        .append("</code></p>\n<h1>")
        .append(Html.escape(r.title))
        .append("</h1>\n");
    String description = sweep.path("description").asText("").strip();
    if (!description.isEmpty()) {
      b.append("<p class=\"lead\">").append(Html.escape(description)).append("</p>\n");
    }
    b.append("<p class=\"meta\">").append(Html.escape(meta(r))).append("</p>\n</header>\n");
    b.append(
            "<nav><a href=\"#reading\">Reading</a><a href=\"#design\">Design</a><a"
                + " href=\"#metrics\">Metrics</a>")
        .append("<a href=\"#summary\">Summary</a>")
        .append(sensitivity.isEmpty() ? "" : "<a href=\"#sensitivity\">Sensitivity</a>")
        .append("<a href=\"#charts\">Charts</a><a href=\"#provenance\">Sweep</a></nav>\n");

    b.append("<section id=\"reading\">\n<h2>Reading</h2>\n<ul class=\"reading\">\n");
    for (String s : Effects.sentences(r, levels, sensitivity)) {
      b.append("<li>").append(Html.escape(s)).append("</li>\n");
    }
    b.append(
            "</ul>\n"
                + "<p class=\"small\">Computed from the results: for each metric, the parameter"
                + " whose values ")
        .append(
            sensitivity.isEmpty()
                ? "move its mean the most (the mean over the other parameters' values at "
                    + "each value)"
                : "have the largest total-order Sobol index")
        .append(
            ", and its mean at the parameter's lowest and highest values. A reading, not a test:"
                + " the charts show the whole shape.</p>\n"
                + "</section>\n");

    design(b, r);
    metrics(b, r);
    summary(b, r, levels);
    if (!sensitivity.isEmpty()) {
      sensitivity(b, r, sensitivity);
    }
    charts(b, r, charts);
    provenance(b, r);
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static String meta(SweepResults r) {
    long runs = r.manifest.path("runs").asLong();
    return designName(r.text("design"))
        + " \u00b7 "
        + r.points
        + (r.points == 1 ? " point" : " points")
        + " \u00d7 "
        + r.manifest.path("replications").asInt(1)
        + " replications = "
        + Readable.number(runs, 12)
        + " runs ("
        + Readable.number(r.ok, 12)
        + " ok, "
        + Readable.number(r.failed, 12)
        + " failed) \u00b7 master seed "
        + r.manifest.path("master_seed").asText();
  }

  private static String designName(String key) {
    return switch (key) {
      case "grid" -> "Grid";
      case "random" -> "Random sample";
      case "lhs" -> "Latin hypercube";
      case "sobol" -> "Sobol (Saltelli)";
      default -> key;
    };
  }

  private static String designWords(SweepResults r) {
    int k = r.axes.size();
    return switch (r.text("design")) {
      case "grid" -> "every combination of the values below, the first parameter varying slowest";
      case "random" ->
          r.manifest.path("samples").asInt() + " points drawn independently and uniformly";
      case "lhs" ->
          r.manifest.path("samples").asInt()
              + " points of a Latin hypercube: each range cut into "
              + r.manifest.path("samples").asInt()
              + " strata, each used once";
      case "sobol" ->
          "Saltelli's scheme on a Sobol sequence: N = "
              + r.manifest.path("samples").asInt()
              + " rows of "
              + (k + 2)
              + " points each (A, B and one point per parameter), for variance-based "
              + "sensitivity indices";
      default -> "";
    };
  }

  private static void design(StringBuilder b, SweepResults r) {
    b.append("<section id=\"design\">\n<h2>Design</h2>\n<table class=\"kv\">\n");
    row(b, "Design", designName(r.text("design")) + ": " + designWords(r));
    row(b, "Base scenario", r.manifest.path("base").path("scenario").asText());
    row(b, "Points", Readable.number(r.points, 12));
    row(
        b,
        "Replications per point",
        r.manifest.path("replications").asText("1")
            + " (each run with its own seed, derived from the master seed and the point's values)");
    row(
        b,
        "Runs",
        Readable.number(r.manifest.path("runs").asLong(), 12)
            + " ("
            + Readable.number(r.ok, 12)
            + " ok, "
            + Readable.number(r.failed, 12)
            + " failed)");
    row(b, "Master seed", r.manifest.path("master_seed").asText());
    if (r.manifest.has("bootstrap")) {
      row(b, "Bootstrap resamples", r.manifest.path("bootstrap").asText());
    }
    b.append(
            "</table>\n"
                + "<h3>Parameters varied</h3>\n"
                + "<table>\n"
                + "<tr><th>Parameter</th><th>Unit</th><th>Swept</th>")
        .append("<th>Allowed</th><th>Default</th><th>Source</th></tr>\n");
    for (SweepResults.AxisDef a : r.axes) {
      ParameterSpec spec = a.label().spec().orElse(null);
      b.append("<tr><td>")
          .append(Html.escape(a.label().name()))
          .append("<br><code>")
          .append(Html.escape(a.path()))
          .append("</code>");
      if (spec != null) {
        b.append("<div class=\"small\">").append(Html.escape(spec.description())).append("</div>");
      }
      b.append("</td><td>")
          .append(Html.escape(a.label().unit()))
          .append("</td><td>")
          .append(Html.escape(a.swept()))
          .append("</td><td>")
          .append(
              spec == null
                  ? ""
                  : Html.escape(
                      Readable.number(spec.min(), 6)
                          + " to "
                          + Readable.number(spec.max(), 6)
                          + (spec.integer() ? ", whole numbers" : "")))
          .append("</td><td>")
          .append(spec == null ? "" : Html.escape(spec.defaultText()))
          .append("</td><td class=\"small\">")
          .append(spec == null ? "" : Html.escape(spec.source()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static void metrics(StringBuilder b, SweepResults r) {
    b.append(
            "<section id=\"metrics\">\n"
                + "<h2>Metrics</h2>\n"
                + "<p class=\"small\">What each run records; ")
        .append(
            "<code>runs.csv</code> and <code>summary.csv</code> name them by their column.</p>\n"
                + "<table>\n")
        .append("<tr><th>Metric</th><th>Unit</th><th>Column</th><th>Definition</th></tr>\n");
    for (SweepResults.MetricDef m : r.metrics) {
      b.append("<tr><td>")
          .append(Html.escape(m.label().name()))
          .append("</td><td>")
          .append(Html.escape(m.label().unit()))
          .append("</td><td><code>")
          .append(Html.escape(m.key()))
          .append("</code></td><td>")
          .append(Html.escape(m.what()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static void summary(StringBuilder b, SweepResults r, List<AxisLevels> levels) {
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n");
    if (r.onePoint()) {
      b.append(
              "<tr><th>Metric</th><th class=\"num\">Runs with a value</th><th"
                  + " class=\"num\">Mean</th>")
          .append("<th class=\"num\">95% confidence interval</th></tr>\n");
      for (int j = 0; j < r.metrics.size(); j++) {
        MetricNames.Label m = r.metrics.get(j).label();
        double mean = r.mean(j, 0);
        double half = r.half(j, 0);
        b.append("<tr><td>")
            .append(Html.escape(m.name()))
            .append("</td><td class=\"num\">")
            .append(r.n(j, 0))
            .append("</td><td class=\"num\">")
            .append(Html.escape(Readable.quantity(mean, m.unit())))
            .append("</td><td class=\"num\">")
            .append(
                Double.isNaN(half)
                    ? "\u2014"
                    : Html.escape(
                        Readable.quantity(mean - half, m.unit())
                            + " to "
                            + Readable.quantity(mean + half, m.unit())))
            .append("</td></tr>\n");
      }
      b.append("</table>\n</section>\n");
      return;
    }
    b.append(
            "<tr><th>Metric</th><th class=\"num\">Runs with a value</th><th class=\"num\">Mean over"
                + " points</th>")
        .append("<th>Lowest point mean</th><th>Highest point mean</th></tr>\n");
    for (int j = 0; j < r.metrics.size(); j++) {
      MetricNames.Label m = r.metrics.get(j).label();
      long runs = 0;
      double sum = 0;
      int withValue = 0;
      int low = -1;
      int high = -1;
      for (int p = 0; p < r.points; p++) {
        runs += r.n(j, p);
        double v = r.mean(j, p);
        if (Double.isNaN(v)) {
          continue;
        }
        sum += v;
        withValue++;
        low = low < 0 || v < r.mean(j, low) ? p : low;
        high = high < 0 || v > r.mean(j, high) ? p : high;
      }
      b.append("<tr><td>")
          .append(Html.escape(m.withUnit()))
          .append("</td><td class=\"num\">")
          .append(Readable.number(runs, 12))
          .append("</td><td class=\"num\">")
          .append(
              Html.escape(
                  Readable.quantity(withValue == 0 ? Double.NaN : sum / withValue, m.unit())))
          .append("</td>");
      for (int p : new int[] {low, high}) {
        b.append("<td>")
            .append(
                p < 0
                    ? "\u2014"
                    : "<b>"
                        + Html.escape(Readable.quantity(r.mean(j, p), m.unit()))
                        + "</b><div class=\"small\">"
                        + Html.escape(where(r, levels, p))
                        + "</div>")
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append(
            "</table>\n"
                + "<p class=\"small\">Per point, the mean over its runs with a value; the mean over"
                + " points ")
        .append(
            "counts each point once. <code>summary.csv</code> holds every point's mean, standard"
                + " deviation ")
        .append("and 95% interval.</p>\n</section>\n");
  }

  /** "Tariff pass-through = 1, Short-run elasticity of substitution = 8": where a point lies. */
  private static String where(SweepResults r, List<AxisLevels> levels, int p) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < r.axes.size(); i++) {
      if (levels.get(i).size() > 1) {
        SweepResults.AxisDef a = r.axes.get(i);
        parts.add(
            a.label().name()
                + " = "
                + Readable.valueWithUnit(Readable.level(r.values[p][i]), a.label().unit()));
      }
    }
    return "point " + (p + 1) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  private static void sensitivity(StringBuilder b, SweepResults r, List<Sensitivity.Row> rows) {
    b.append(
            "<section id=\"sensitivity\">\n"
                + "<h2>Sensitivity indices</h2>\n"
                + "<p class=\"small\">Sobol indices of ")
        .append(
            "each metric's point means (replicates averaged): first order S1, the share of the"
                + " variance a ")
        .append(
            "parameter explains alone; total order ST, with its interactions; in brackets the 95%"
                + " bootstrap ")
        .append("interval. The largest total effect first.</p>\n");
    for (SweepResults.MetricDef m : r.metrics) {
      List<Sensitivity.Row> of = Sensitivity.of(rows, m.key());
      if (of.isEmpty()) {
        continue;
      }
      b.append("<h3>")
          .append(Html.escape(m.label().name()))
          .append("</h3>\n<table>\n<tr><th>Parameter</th>")
          .append("<th class=\"num\">S1</th><th class=\"num\">S1 95%</th><th class=\"num\">ST</th>")
          .append("<th class=\"num\">ST 95%</th></tr>\n");
      for (Sensitivity.Row x : of) {
        b.append("<tr><td>")
            .append(Html.escape(ParameterNames.of(x.axis()).name()))
            .append("</td><td class=\"num\">")
            .append(Html.number(x.s1(), 3))
            .append("</td><td class=\"num\">")
            .append(interval(x.s1Low(), x.s1High()))
            .append("</td><td class=\"num\">")
            .append(Html.number(x.st(), 3))
            .append("</td><td class=\"num\">")
            .append(interval(x.stLow(), x.stHigh()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n<p class=\"small\">")
          .append(of.get(0).rows())
          .append(" design rows.</p>\n");
    }
    b.append("</section>\n");
  }

  private static String interval(double lo, double hi) {
    return Double.isNaN(lo) || Double.isNaN(hi)
        ? "\u2014"
        : Html.number(lo, 3) + " to " + Html.number(hi, 3);
  }

  private static void charts(StringBuilder b, SweepResults r, List<SweepChart> charts) {
    b.append(
            "<section id=\"charts\">\n"
                + "<h2>Charts</h2>\n"
                + "<p class=\"small\">Each chart is also in <code>charts/")
        .append("</code> as PNG and SVG, under the name given below it.</p>\n");
    for (int j = 0; j < r.metrics.size(); j++) {
      final int metric = j;
      List<SweepChart> of = charts.stream().filter(c -> c.metric() == metric).toList();
      if (of.isEmpty()) {
        continue;
      }
      b.append("<h3 id=\"metric-")
          .append(Html.slug(r.metrics.get(j).key()))
          .append("\">")
          .append(Html.escape(r.metrics.get(j).label().name()))
          .append("</h3>\n");
      for (SweepChart c : of) {
        Path png = r.dir.resolve("charts").resolve(c.stem() + ".png");
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(png);
        } catch (IOException e) {
          throw new BadInputException(png + ": cannot read: " + AtomicFiles.describe(e));
        }
        b.append("<figure id=\"chart-")
            .append(Html.slug(c.stem()))
            .append("\">\n<img src=\"")
            .append(Html.pngDataUri(bytes))
            .append("\" alt=\"")
            .append(Html.escape(c.chart().getTitle().getText()))
            .append("\">\n<figcaption>")
            .append(Html.escape(c.caption()))
            .append(" <code>charts/")
            .append(Html.escape(c.stem()))
            .append(".svg</code></figcaption>\n</figure>\n");
      }
    }
    b.append("</section>\n");
  }

  private static void provenance(StringBuilder b, SweepResults r) {
    JsonNode m = r.manifest;
    b.append("<section id=\"provenance\">\n<h2>Sweep</h2>\n<table class=\"kv\">\n");
    row(b, "Tool", m.path("tool").asText() + " " + m.path("version").asText());
    row(
        b,
        "Sweep file",
        m.path("sweep").path("file").asText()
            + " (sha256 "
            + m.path("sweep").path("sha256").asText()
            + ")");
    row(
        b,
        "Base scenario",
        m.path("base").path("scenario").asText()
            + " (sha256 "
            + m.path("base").path("sha256").asText()
            + ")");
    row(b, "Fingerprint", m.path("sweep").path("fingerprint").asText());
    row(
        b,
        "Complete",
        m.path("complete").asBoolean()
            ? "yes"
            : "no: the sweep was interrupted; run it again to finish");
    for (JsonNode s : m.path("sessions")) {
      String where =
          s.has("engine")
              ? s.path("engine").asText() + " (" + s.path("chunks").asText() + " chunks)"
              : s.path("threads").asText() + " threads";
      row(
          b,
          "Session",
          s.path("started_at").asText()
              + ": "
              + s.path("runs").asText()
              + " runs on "
              + where
              + (s.has("shard") ? ", shard " + s.path("shard").asText() : "")
              + " in "
              + s.path("wall_time_seconds").asText()
              + " s");
    }
    b.append(
            "</table>\n"
                + "<p class=\"small\">Drawn from the sweep folder's files by <code>tradewar"
                + " chart</code>; the ")
        .append(
            "folder holds <code>runs.csv</code> (one row per run, with its seed: <code>tradewar"
                + " run</code> ")
        .append("reproduces any), <code>summary.csv</code>, <code>manifest.json</code>")
        .append(r.manifest.has("bootstrap") ? " and <code>sensitivity.csv</code>" : "")
        .append(".</p>\n</section>\n");
  }

  private static void row(StringBuilder b, String key, String value) {
    b.append("<tr><th>")
        .append(Html.escape(key))
        .append("</th><td>")
        .append(Html.escape(value))
        .append("</td></tr>\n");
  }

  /** The page's style: readable on screen and in print, no web fonts, nothing fetched. */
  private static final String STYLE =
      """
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; max-width: 1200px;
             margin: 0 auto; padding: 24px 28px 64px; line-height: 1.5; background: #fff; }
      h1 { font-size: 2em; margin: 0.2em 0 0.1em; }
      h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 2px solid #ddd; padding-bottom: 4px; }
      h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
      p.lead { font-size: 1.1em; }
      .meta, .small, figcaption { color: #555; font-size: 0.92em; }
      nav { margin: 1em 0; padding: 8px 12px; background: #f4f4f4; border-radius: 6px; }
      nav a { margin-right: 1.2em; color: #333; }
      ul.reading li { margin: 0.5em 0; }
      table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.95em; }
      th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #ddd; vertical-align: top; }
      th { background: #f4f4f4; }
      table.kv th { width: 14em; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure { margin: 1.2em 0 2em; }
      figure img { width: 100%; height: auto; border: 1px solid #ddd; }
      code { font-size: 0.92em; background: #f4f4f4; padding: 0 3px; border-radius: 3px; }
      @media print { nav { display: none; } figure { break-inside: avoid; } }
      """;
}
