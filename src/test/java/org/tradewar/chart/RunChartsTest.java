package org.tradewar.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.LookFolder;
import org.tradewar.output.RunFolderFixture;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The chart files of a run folder, as a user opens them: every chart as a PNG of the stated size
 * that is not blank and an SVG that parses, with the title, the scenario, the legend entries and
 * the axis labels a reader needs as text in the SVG.
 */
class RunChartsTest {
  @TempDir Path tmp;

  /**
   * What each chart must say, as text in its SVG: title, then legend entries (the fixture's deal
   * run).
   */
  private static final Map<String, List<String>> TEXTS =
      Map.of(
          "trade",
              List.of(
                  "Trade volume by direction against the no-war baseline",
                  "US imports from China",
                  "US imports from China, no-war baseline",
                  "China's imports from the US",
                  "China's imports from the US, no-war baseline"),
          "tariffs",
              List.of(
                  "Average tariffs of each side on the other",
                  "US tariff on Chinese goods",
                  "China's tariff on US goods"),
          "timeline",
              List.of(
                  "Escalation timeline",
                  "Threat",
                  "Tariff imposed or raised",
                  "Retaliation",
                  "Truce (shaded until it ends)",
                  "Deal",
                  "Breakdown",
                  "Events of replication 1 of 3"),
          "sourcing",
              List.of(
                  "Sourcing: the rival's share of imports, and where the trade went",
                  "China's share of US imports of these goods",
                  "The US share of China's imports of these goods",
                  "US purchases moved from China to other foreign suppliers"),
          "welfare",
              List.of(
                  "Welfare: tariff revenue, consumer cost and deadweight loss, cumulative",
                  "US: tariff revenue",
                  "US: consumer cost",
                  "US: deadweight loss",
                  "China: tariff revenue",
                  "China: consumer cost",
                  "China: deadweight loss"));

  /** Every chart renders headless into charts/, as PNG and SVG and nothing else. */
  @Test
  void writesEveryChartAsPngAndSvg() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    List<Path> pngs = RunCharts.writeAll(run);
    assertEquals(RunCharts.CHARTS.size(), pngs.size());
    assertEquals(
        TEXTS.keySet(), RunCharts.CHARTS.keySet(), "a new chart needs its texts listed here");
    Set<String> expected = new HashSet<>();
    for (String name : RunCharts.CHARTS.keySet()) {
      assertTrue(pngs.contains(run.resolve("charts").resolve(name + ".png")), name);
      assertPngAndSvg(run.resolve("charts"), name);
      expected.add(name + ".png");
      expected.add(name + ".svg");
    }
    assertEquals(expected, names(run.resolve("charts")), "no temporary files are left");
  }

  /**
   * Title, scenario, legend entries and date axis are text a reader (and a search) finds in the
   * SVG.
   */
  @Test
  void eachSvgNamesItsTitleScenarioAndLegend() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    RunCharts.writeAll(run);
    for (Map.Entry<String, List<String>> e : TEXTS.entrySet()) {
      List<String> texts = svgTexts(run.resolve("charts").resolve(e.getKey() + ".svg"));
      for (String want : e.getValue()) {
        assertTrue(texts.contains(want), e.getKey() + " lacks '" + want + "': " + texts);
      }
      assertTrue(
          texts.stream().anyMatch(t -> t.contains("Scenario: Phase-one deal after a truce")),
          e.getKey() + " names its scenario: " + texts);
      assertTrue(texts.contains("Jan 2019"), e.getKey() + " has a calendar axis: " + texts);
    }
    // a band over replications says what it is; the tariff axis spans the fixture's tariffs (3.1 to
    // 21.8)
    List<String> tariffs = svgTexts(run.resolve("charts/tariffs.svg"));
    assertTrue(
        tariffs.stream().anyMatch(t -> t.contains("mean of 3 replications; shaded: 5-95% of runs")),
        tariffs.toString());
    assertTrue(tariffs.contains("0") && tariffs.contains("20"), tariffs.toString());
  }

  /** One replication: no band to speak of, and the timeline does not say "of 1". */
  @Test
  void chartsASingleReplicationAndEveryCourse() throws Exception {
    for (RunFolderFixture.Course c : RunFolderFixture.Course.values()) {
      Path run =
          RunFolderFixture.deal()
              .scenario(c.name().toLowerCase(), c.name(), c)
              .replications(1)
              .write(tmp.resolve(c.name()));
      RunCharts.writeAll(run);
      for (String name : RunCharts.CHARTS.keySet()) {
        assertPngAndSvg(run.resolve("charts"), name);
        List<String> texts = svgTexts(run.resolve("charts").resolve(name + ".svg"));
        assertTrue(
            texts.stream().noneMatch(t -> t.contains("of 1") || t.contains("5-95%")),
            name + ": " + texts);
        assertTrue(
            texts.stream().anyMatch(t -> t.contains("Scenario: " + c.name())), name + ": " + texts);
      }
    }
    List<String> escalation = svgTexts(tmp.resolve("ESCALATION/charts/timeline.svg"));
    assertTrue(
        escalation.contains("Breakdown") && !escalation.contains("Deal"), escalation.toString());
  }

  /** Charting a folder again gives the same bytes: SVGs can be kept under version control. */
  @Test
  void chartingAgainGivesTheSameSvgBytes() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    RunCharts.writeAll(run);
    Map<String, byte[]> first = new java.util.HashMap<>();
    for (String name : RunCharts.CHARTS.keySet()) {
      first.put(name, Files.readAllBytes(run.resolve("charts").resolve(name + ".svg")));
    }
    RunCharts.writeAll(run);
    for (String name : RunCharts.CHARTS.keySet()) {
      assertArrayEquals(
          first.get(name), Files.readAllBytes(run.resolve("charts").resolve(name + ".svg")), name);
    }
  }

  static void assertPngAndSvg(Path dir, String name) throws Exception {
    BufferedImage img = ImageIO.read(dir.resolve(name + ".png").toFile());
    assertEquals(ChartTheme.WIDTH, img.getWidth(), name);
    assertEquals(ChartTheme.HEIGHT, img.getHeight(), name);
    assertTrue(img.getWidth() >= 1600 && img.getHeight() >= 900);
    assertTrue(colours(img) >= 8, name + " is drawn, not blank");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(dir.resolve(name + ".svg").toFile());
    assertEquals("svg", doc.getDocumentElement().getLocalName(), name);
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI(), name);
    double[] box =
        java.util.Arrays.stream(doc.getDocumentElement().getAttribute("viewBox").split("\\s+"))
            .mapToDouble(Double::parseDouble)
            .toArray();
    assertArrayEquals(
        new double[] {0, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT}, box, name + " scales");
    assertTrue(Files.size(dir.resolve(name + ".svg")) > 1000);
  }

  /** Distinct colours on a coarse grid of the image. */
  private static int colours(BufferedImage img) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        seen.add(img.getRGB(x, y));
      }
    }
    return seen.size();
  }

  /** The text of every {@code <text>} element, entities decoded. */
  static List<String> svgTexts(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    NodeList nodes = f.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  private static Set<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return new HashSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** Writes sample charts for people to inspect, only with -Dtradewar.look (see LookFolder). */
  @Test
  void writesSamplesToLookAt() {
    Path look = LookFolder.resolve("charts");
    RunCharts.writeAll(RunFolderFixture.deal().write(look.resolve("deal")));
    RunCharts.writeAll(
        RunFolderFixture.deal()
            .scenario("escalation", "All-out escalation", RunFolderFixture.Course.ESCALATION)
            .replications(1)
            .write(look.resolve("escalation")));
  }
}
