package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

class SweepChartsTest {
  @TempDir Path dir;

  @Test
  void drawsLineHeatAndSobolCharts() throws Exception {
    String yaml =
        String.join(
            "\n",
            "base: f",
            "design: sobol",
            "samples: 64",
            "seed: 3",
            "bootstrap: 20",
            "axes:",
            "  x: {min: 0.1, max: 10, log: true}",
            "  y: [a, b, c]",
            "metrics: [m]",
            "");
    SweepSpec spec =
        Fakes.spec(
            dir,
            "s.yaml",
            yaml,
            (o, s) ->
                Fakes.noisy(
                    java.util.Map.of(
                        "x", o.get("x"), "y", String.valueOf(o.get("y").charAt(0) - 'a')),
                    s));
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    List<Path> files = SweepCharts.write(out);
    List<String> names = files.stream().map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(
        List.of(
            "m__heat__x__y.png",
            "m__heat__x__y.svg",
            "m__sobol.png",
            "m__sobol.svg",
            "m__vs__x.png",
            "m__vs__x.svg",
            "m__vs__y.png",
            "m__vs__y.svg"),
        names);
    for (Path p : files) {
      if (p.toString().endsWith(".png")) {
        BufferedImage img = ImageIO.read(p.toFile());
        assertTrue(img.getWidth() >= 1600 && img.getHeight() >= 900);
      } else {
        assertTrue(Files.readString(p).contains("<svg"));
      }
    }
  }

  /**
   * The same sweep charted twice, and charted from a second folder, gives the same bytes: nothing
   * fetched, no clock.
   */
  @Test
  void chartsAreTheSameBytesEachTimeTheyAreWritten() throws Exception {
    String yaml =
        String.join(
            "\n",
            "base: f",
            "design: sobol",
            "samples: 32",
            "seed: 4",
            "bootstrap: 20",
            "axes:",
            "  x: {min: 0.1, max: 10, log: true}",
            "  y: [a, b, c]",
            "metrics: [m]",
            "");
    SweepSpec spec =
        Fakes.spec(
            dir,
            "r.yaml",
            yaml,
            (o, s) ->
                Fakes.noisy(
                    java.util.Map.of(
                        "x", o.get("x"), "y", String.valueOf(o.get("y").charAt(0) - 'a')),
                    s));
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    new SweepRunner().run(spec, spec.base().runFunction(), a, SweepRunner.Options.defaults());
    new SweepRunner().run(spec, spec.base().runFunction(), b, SweepRunner.Options.defaults());
    List<Path> first = SweepCharts.write(a);
    java.util.Map<String, byte[]> bytes = new java.util.TreeMap<>();
    for (Path p : first) {
      bytes.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    List<Path> again = SweepCharts.write(a);
    List<Path> elsewhere = SweepCharts.write(b);
    assertEquals(first.size(), again.size());
    assertEquals(first.size(), elsewhere.size());
    for (List<Path> written : List.of(again, elsewhere)) {
      for (Path p : written) {
        String name = p.getFileName().toString();
        assertTrue(
            java.util.Arrays.equals(bytes.get(name), Files.readAllBytes(p)), name + " changed");
      }
    }
    for (Path p : first) {
      if (p.toString().endsWith(".svg")) {
        String svg = Files.readString(p);
        assertTrue(
            !svg.contains("DOCTYPE") && !svg.contains("www.w3.org/Graphics/SVG/1.1/DTD"),
            p.toString());
      }
    }
  }

  @Test
  void aSweepOfOnePointDrawsTheDistributionOfEachMetric() throws Exception {
    String yaml =
        String.join(
            "\n",
            "base: f",
            "design: grid",
            "replications: 40",
            "seed: 3",
            "axes:",
            "  x: [1]",
            "metrics: [m]",
            "");
    SweepSpec spec =
        Fakes.spec(
            dir, "one.yaml", yaml, (o, s) -> Fakes.noisy(java.util.Map.of("x", o.get("x")), s));
    Path out = dir.resolve("one");
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    List<String> names =
        SweepCharts.write(out).stream().map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(List.of("m__distribution.png", "m__distribution.svg"), names);
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertEquals(3, DistributionChart.quantile(sorted, 0.5), 1e-12);
    assertEquals(1.2, DistributionChart.quantile(sorted, 0.05), 1e-12);
    assertEquals(5, DistributionChart.quantile(sorted, 1), 1e-12);
  }

  @Test
  void refusesAFolderThatIsNotASweep() {
    assertThrows(BadInputException.class, () -> SweepCharts.write(dir));
  }
}
