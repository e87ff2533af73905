package org.tradewar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;

public class RunReportTest {
  @TempDir
  Path tmp;

  /**
   * Every reference to another resource in the page's markup: attributes of real tags (escaped text
   * is not markup) that point anywhere but an anchor or an embedded image, loading tags, and URLs in
   * the style sheet.
   */
  public static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
    Pattern attr = Pattern.compile("(?i)\\b(src|href|action|poster|data|srcset|xlink:href|background)\\s*=\\s*[\"']?([^\"'\\s>]*)");
    while (tags.find()) {
      String name = tags.group(1).toLowerCase();
      if (List.of("script", "link", "iframe", "object", "embed", "base", "audio", "video", "source").contains(name)) {
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
    assertEquals(List.of(), externalReferences("<p>&lt;img src=http://x&gt;</p><a href=\"#top\">t</a>"));
  }

  @Test
  void reportIsSelfContainedAndEscapesScenarioText() throws Exception {
    Path run = RunFolderFixture.deal()
        .description("Watch out: <script>alert('x')</script> & <img src=http://evil.example/x.png>")
        .write(tmp.resolve("run"));
    Path report = RunReport.write(run);
    String html = Files.readString(report);
    assertEquals(List.of(), externalReferences(html));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "description is escaped");
    assertFalse(html.contains("<script"));
    assertTrue(html.contains("Phase-one deal after a truce"));
    // every chart is embedded, and the article sentence is quoted with its markup escaped
    assertEquals(5, html.split("data:image/png;base64,", -1).length - 1);
    assertTrue(html.contains("rise from 10 percent to 25 percent &lt;on Friday&gt; &amp; more."));
    assertTrue(html.contains("seeds/000_25e6800912d78112.txt"));
    assertTrue(html.contains("<time datetime=\"2018-07-02\">2 Jul 2018</time>"));
    // the run's manifest by label, not by dotted key; its dates in words
    assertTrue(html.contains("<tr><th>Scenario file</th>") && !html.contains("<th>scenario.file</th>"));
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
    String html = TranscriptTimeline.html("# Transcript\n\n- 2019-05-10 US raises the tariff <now>\n"
        + "**2019-05-13** China retaliates\nA note.\n", List.of());
    assertTrue(html.contains("<h3>Transcript</h3>"));
    assertTrue(html.contains("<li class=\"us\"><time datetime=\"2019-05-10\">10 May 2019</time> US raises the tariff &lt;now&gt;</li>"));
    assertTrue(html.contains("<li class=\"cn\"><time datetime=\"2019-05-13\">13 May 2019</time> China retaliates</li>"));
    assertTrue(html.contains("<p>A note.</p>"));
  }

  /** Writes a sample report to target/look for people to inspect. */
  @Test
  void writesSampleToLookAt() {
    RunReport.write(RunFolderFixture.deal().write(Path.of("target", "look", "deal")));
  }
}
