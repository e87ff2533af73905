package org.tradewar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;
import org.w3c.dom.Document;

class RunChartsTest {
  @TempDir
  Path tmp;

  /** Every chart renders headless; each PNG decodes at the stated size and each SVG parses as XML. */
  @Test
  void writesEveryChartAsPngAndSvg() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    List<Path> pngs = RunCharts.writeAll(run);
    assertEquals(RunCharts.CHARTS.size(), pngs.size());
    for (String name : RunCharts.CHARTS.keySet()) {
      assertPngAndSvg(run.resolve("charts"), name);
    }
  }

  @Test
  void chartsASingleReplicationAndEveryCourse() throws Exception {
    for (RunFolderFixture.Course c : RunFolderFixture.Course.values()) {
      Path run = RunFolderFixture.deal().scenario(c.name().toLowerCase(), c.name(), c).replications(1)
          .write(tmp.resolve(c.name()));
      RunCharts.writeAll(run);
      for (String name : RunCharts.CHARTS.keySet()) {
        assertPngAndSvg(run.resolve("charts"), name);
      }
    }
  }

  static void assertPngAndSvg(Path dir, String name) throws Exception {
    BufferedImage img = ImageIO.read(dir.resolve(name + ".png").toFile());
    assertEquals(ChartTheme.WIDTH, img.getWidth(), name);
    assertEquals(ChartTheme.HEIGHT, img.getHeight(), name);
    assertTrue(img.getWidth() >= 1600 && img.getHeight() >= 900);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(dir.resolve(name + ".svg").toFile());
    assertEquals("svg", doc.getDocumentElement().getLocalName(), name);
    assertTrue(Files.size(dir.resolve(name + ".svg")) > 1000);
  }

  /** Writes sample charts to target/look for people to inspect; not an assertion of looks. */
  @Test
  void writesSamplesToLookAt() {
    Path look = Path.of("target", "look");
    RunCharts.writeAll(RunFolderFixture.deal().write(look.resolve("deal")));
    RunCharts.writeAll(RunFolderFixture.deal().scenario("escalation", "All-out escalation",
        RunFolderFixture.Course.ESCALATION).replications(1).write(look.resolve("escalation")));
  }
}
