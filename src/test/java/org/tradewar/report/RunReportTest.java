package org.tradewar.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;

public class RunReportTest {
  @TempDir Path tmp;

  /**
   * Every reference to another resource in the page's markup: attributes of real tags (escaped text
   * is not markup) that point anywhere but an anchor or an embedded image, loading tags, and URLs
   * in the style sheet.
   */
  public static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
    Pattern attr =
        Pattern.compile(
            "(?i)\\b(src|href|action|poster|data|srcset|xlink:href|background)\\s*=\\s*[\"']?([^\"'\\s>]*)");
    while (tags.find()) {
      String name = tags.group(1).toLowerCase();
      if (List.of("script", "link", "iframe", "object", "embed", "base", "audio", "video", "source")
          .contains(name)) {
        found.add("<" + name + ">");
      }
      Matcher m = attr.matcher(tags.group(2));
      while (m.find()) {
        String v = m.group(2);
        if (!v.startsWith("#") && !v.startsWith("data:image/")) {
          found.add(name + " " + m.group(1) + "=" + v);
        }
      }
      if (tags.group(2).toLowerCase().contains("url(")) {
        found.add(name + " style url(");
      }
    }
    Matcher style = Pattern.compile("(?s)<style>(.*?)</style>").matcher(html);
    while (style.find()) {
      String css = style.group(1).toLowerCase();
      if (css.contains("url(") || css.contains("@import")) {
        found.add("style sheet loads a resource");
      }
    }
    return found;
  }

  @Test
  void detectorFindsExternalReferences() {
    assertEquals(2, externalReferences("<img src=\"http://x/y.png\"><script>1</script>").size());
    assertEquals(
        List.of(), externalReferences("<p>&lt;img src=http://x&gt;</p><a href=\"#top\">t</a>"));
  }

  @Test
  void reportIsSelfContainedAndEscapesScenarioText() throws Exception {
    Path run =
        RunFolderFixture.deal()
            .description(
                "Watch out: <script>alert('x')</script> & <img src=http://evil.example/x.png>")
            .write(tmp.resolve("run"));
    Path report = RunReport.write(run);
    String html = Files.readString(report);
    assertEquals(List.of(), externalReferences(html));
    assertTrue(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "description is escaped");
    assertFalse(html.contains("<script"));
    assertTrue(html.contains("Phase-one deal after a truce"));
    // every chart is embedded, and the article sentence is quoted with its markup escaped
    assertEquals(5, html.split("data:image/png;base64,", -1).length - 1);
    assertTrue(html.contains("rise from 10 percent to 25 percent &lt;on Friday&gt; &amp; more."));
    assertTrue(html.contains("seeds/000_25e6800912d78112.txt"));
    assertTrue(html.contains("<time datetime=\"2018-07-02\">2 Jul 2018</time>"));
    // the run's manifest by label, not by dotted key; its dates in words
    assertTrue(
        html.contains("<tr><th>Scenario file</th>") && !html.contains("<th>scenario.file</th>"));
    assertTrue(html.contains("<tr><th>First week</th><td>1 January 2018</td></tr>"));
  }

  @Test
  void writesChartsFirstWhenMissing() {
    Path run = RunFolderFixture.deal().replications(1).write(tmp.resolve("one"));
    RunReport.write(run);
    assertTrue(Files.isRegularFile(run.resolve("charts/timeline.svg")));
  }

  @Test
  void transcriptLinesBecomeATimeline() {
    String html =
        TranscriptTimeline.html(
            "# Transcript\n\n- 2019-05-10 US raises the tariff <now>\n"
                + "**2019-05-13** China retaliates\nA note.\n",
            List.of());
    assertTrue(html.contains("<h3>Transcript</h3>"));
    assertTrue(
        html.contains(
            "<li class=\"us\"><time datetime=\"2019-05-10\">10 May 2019</time> US raises the tariff"
                + " &lt;now&gt;</li>"));
    assertTrue(
        html.contains(
            "<li class=\"cn\"><time datetime=\"2019-05-13\">13 May 2019</time> China"
                + " retaliates</li>"));
    assertTrue(html.contains("<p>A note.</p>"));
  }

  /**
   * What a reader relies on: every section the navigation links to, the summary table with the
   * numbers of summary.json, and a figure for every chart, whose SVG it names is on disk.
   */
  @Test
  void reportHasItsSectionsTheSummaryNumbersAndTheCharts() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    String html = Files.readString(RunReport.write(run));
    assertTrue(
        html.contains("<title>Phase-one deal after a truce"), "the page title is the scenario's");
    Matcher nav =
        Pattern.compile("<a href=\"#([a-z-]+)\">")
            .matcher(html.substring(html.indexOf("<nav>"), html.indexOf("</nav>")));
    List<String> anchors = new ArrayList<>();
    while (nav.find()) {
      anchors.add(nav.group(1));
    }
    assertEquals(
        List.of("summary", "accounts", "charts", "transcript", "parameters", "provenance"),
        anchors);
    for (String a : anchors) {
      assertTrue(
          html.contains("<section id=\"" + a + "\">"), "the navigation's #" + a + " has a section");
    }
    // the summary table: one row per measure, US then China, the numbers of summary.json as written
    // there
    com.fasterxml.jackson.databind.JsonNode m =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(run.resolve("summary.json").toFile())
            .get("metrics");
    String[][] rows = {
      {"Peak average tariff", "%", "peak_avg_tariff_pct", "%.1f"},
      {"Final average tariff", "%", "final_avg_tariff_pct", "%.1f"},
      {"Imports against the no-war baseline", "%", "imports_change_pct", "%.1f"},
      {"Imports against the no-war baseline", "USD bn", "imports_change_usd_bn", "%.1f"},
      {"Imports diverted to other foreign suppliers", "USD bn", "diverted_imports_usd_bn", "%.1f"},
      {"Tariff revenue", "USD bn", "tariff_revenue_usd_bn", "%.1f"},
      {"Cost to importers and consumers", "USD bn", "consumer_cost_usd_bn", "%.1f"},
      {"Deadweight loss (exact)", "USD bn", "deadweight_loss_usd_bn", "%.1f"},
      {"Peak pain index", "% of GDP", "peak_pain_index", "%.2f"}
    };
    for (String[] r : rows) {
      String want =
          "<tr><td>"
              + Html.escape(r[0])
              + "</td><td>"
              + Html.escape(r[1])
              + "</td><td class=\"num\">"
              + String.format(java.util.Locale.ROOT, r[3], m.get(r[2] + "_us").asDouble())
              + "</td><td class=\"num\">"
              + String.format(java.util.Locale.ROOT, r[3], m.get(r[2] + "_cn").asDouble())
              + "</td></tr>";
      assertTrue(html.contains(want), "summary row " + want);
    }
    assertTrue(html.contains(">" + m.get("talk_rounds").asInt() + "</td></tr>"), "meetings");
    assertTrue(
        html.contains("about 9 December 2019 (mean of the 3 runs)"), "deal week 101 as a date");
    assertTrue(html.contains("<span class=\"outcome\">Deal</span>"));
    assertTrue(html.contains("seed 42 · 3 replications · 156 weeks from 1 January 2018"));
    // a figure per chart, in the report's order, with its caption and the SVG beside it
    int at = html.indexOf("<section id=\"charts\">");
    for (Map.Entry<String, String> c : org.tradewar.chart.RunCharts.CHARTS.entrySet()) {
      int fig = html.indexOf("<figure id=\"chart-" + c.getKey() + "\">", at);
      assertTrue(fig > at, "figure of " + c.getKey() + " in order");
      at = fig;
      assertTrue(
          html.contains("<figcaption>" + Html.escape(c.getValue())), c.getKey() + " caption");
    }
    Matcher svg = Pattern.compile("<code>(charts/[a-z-]+\\.svg)</code>").matcher(html);
    int named = 0;
    while (svg.find()) {
      named++;
      assertTrue(Files.isRegularFile(run.resolve(svg.group(1))), svg.group(1) + " is on disk");
    }
    assertEquals(org.tradewar.chart.RunCharts.CHARTS.size(), named);
    // the transcript's events of replication 1, in order, each on its date
    int first = html.indexOf("US threatens 25% tariffs on $50B of Chinese goods");
    int last = html.indexOf("Phase-one deal agreed");
    assertTrue(first > 0 && last > first, "transcript in date order");
  }

  /** A report written again from the same folder is the same page (it can be diffed and kept). */
  @Test
  void reportIsTheSameBytesWhenWrittenAgain() throws Exception {
    Path run = RunFolderFixture.deal().replications(2).write(tmp.resolve("run"));
    byte[] first = Files.readAllBytes(RunReport.write(run));
    assertArrayEquals(first, Files.readAllBytes(RunReport.write(run)));
  }

  /** Writes a sample report for people to inspect, only with -Dtradewar.look (see LookFolder). */
  @Test
  void writesSampleToLookAt() {
    RunReport.write(
        RunFolderFixture.deal().write(org.tradewar.output.LookFolder.resolve("report-deal")));
  }
}
