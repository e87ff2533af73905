package org.tradewar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.ParameterRow;

class ParameterTableTest {
  private static final String SENTENCE =
      "The US has threatened 25 per cent duties on up to USD 150 billion in Chinese "
          + "goods while China has targeted USD 50 billion in American exports.";
  private static final String FILE = "000_25e6800912d78112.txt";
  private static final String TITLE = "Mnuchin to lead China talks (AP, 17 May 2018)";

  @Test
  void aDerivedParameterShowsItsNumbersItsMeaningAndEachSentenceOnceUnderItsArticle(
      @TempDir Path dir) throws Exception {
    Path f = dir.resolve("parameters.json");
    String fact =
        "{\"id\":\"%s\",\"file\":\""
            + FILE
            + "\",\"article_title\":\""
            + TITLE
            + "\",\"sentence\":\""
            + SENTENCE
            + "\"}";
    Files.writeString(
        f,
        "[{\"path\":\"cn.retaliation_ratio\",\"value\":0.3333,\"unit\":\"ratio\",\"description\":\"China's"
            + " retaliation coverage per dollar of US"
            + " coverage\",\"origin\":\"calibration\",\"derivation\":\"50 / 150\",\"facts\":["
            + fact.formatted("000-04")
            + ","
            + fact.formatted("000-03")
            + "]},{\"path\":\"us.tranche2.coverage_usd_bn\",\"value\":200,\"unit\":\"USD"
            + " bn\",\"origin\":\"calibration\",\"derivation\":\"the largest imposed coverage below"
            + " the cumulative one\",\"facts\":[]}]");
    List<ParameterRow> rows = ParameterRow.read(f);
    StringBuilder b = new StringBuilder();
    ParameterTable.html(b, rows, ArticleTitles.of(rows));
    String html = b.toString();
    assertTrue(html.contains("<strong>Derived:</strong> 50 / 150 = 0.33"), html);
    assertTrue(
        html.contains(
            "<strong>Read as:</strong> the largest imposed coverage below the cumulative one"));
    assertEquals(
        1, html.split("per cent duties on up to USD 150 billion", -1).length - 1, "quoted once");
    assertTrue(
        html.contains("<th>Meaning</th>")
            && html.contains("China&#39;s retaliation coverage per dollar"));
    // named by its title; the file name stays for whoever looks for the file, not as the name
    assertTrue(html.contains("<cite title=\"" + FILE + "\">" + Html.escape(TITLE) + "</cite>"));
    assertFalse(html.replaceAll("<[^>]+>", "").contains(FILE));
  }

  @Test
  void reportedSourcesAreQuotedOnceAndFallBackToTheFileName() {
    String html =
        QuotedSources.html(
            QuotedSources.parse("a.txt: One sentence. | a.txt: One sentence. | b.txt: Two."),
            ArticleTitles.of(List.of()));
    assertEquals(1, html.split("One sentence.", -1).length - 1);
    assertTrue(html.contains("<cite title=\"b.txt\">b.txt</cite>"));
  }
}
