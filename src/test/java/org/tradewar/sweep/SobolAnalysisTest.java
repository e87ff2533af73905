package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimator against the Ishigami function (a = 7, b = 0.1), whose indices are known in closed
 * form: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
 */
class SobolAnalysisTest {
  @TempDir Path dir;

  static final double A = 7;
  static final double B = 0.1;

  @Test
  void analyticalIshigamiIndices() {
    double[] s = Ishigami.firstOrder(A, B);
    double[] st = Ishigami.totalOrder(A, B);
    assertEquals(0.3139, s[0], 1e-4);
    assertEquals(0.4424, s[1], 1e-4);
    assertEquals(0.5576, st[0], 1e-4);
    assertEquals(0.2437, st[2], 1e-4);
  }

  @Test
  void estimatesIshigamiIndicesOnTheDesign() throws Exception {
    Path f = dir.resolve("ishigami.yaml");
    Files.writeString(
        f,
        String.join(
            "\n",
            "base: builtin:ishigami",
            "design: sobol",
            "samples: 8192",
            "seed: 5",
            "bootstrap: 200",
            "axes:",
            "  x1: {min: -3.141592653589793, max: 3.141592653589793}",
            "  x2: {min: -3.141592653589793, max: 3.141592653589793}",
            "  x3: {min: -3.141592653589793, max: 3.141592653589793}",
            "metrics: [y]",
            ""));
    SweepSpec spec = SweepLoader.load(f);
    List<Point> points = spec.points();
    RunFunction fn = spec.base().runFunction();
    double[] means = new double[points.size()];
    for (Point p : points) {
      means[p.index()] = fn.run(p.overrides(spec.axes()), 0).metrics().get("y");
    }
    SobolAnalysis.Indices[] ix = SobolAnalysis.analyse(3, means, 200, 1);
    double[] s = Ishigami.firstOrder(A, B);
    double[] st = Ishigami.totalOrder(A, B);
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      report.append(
          String.format(
              "x%d S1 %.4f (analytical %.4f) ST %.4f (analytical %.4f)%n",
              i + 1, ix[i].first(), s[i], ix[i].total(), st[i]));
    }
    System.out.print(report);
    for (int i = 0; i < 3; i++) {
      assertEquals(s[i], ix[i].first(), 0.03, report.toString());
      assertEquals(st[i], ix[i].total(), 0.03, report.toString());
      assertTrue(ix[i].firstLow() <= ix[i].first() && ix[i].first() <= ix[i].firstHigh());
      assertTrue(ix[i].totalLow() <= s[i] + 0.3 && ix[i].totalHigh() >= st[i] - 0.05);
      assertEquals(8192, ix[i].rows());
    }
  }

  @Test
  void theWholePipelineRecoversTheIndices() throws IOException {
    Path f = dir.resolve("pipeline.yaml");
    Files.writeString(
        f,
        String.join(
            "\n",
            "base: builtin:ishigami",
            "design: sobol",
            "samples: 4096",
            "seed: 5",
            "bootstrap: 100",
            "axes:",
            "  x1: {min: -3.141592653589793, max: 3.141592653589793}",
            "  x2: {min: -3.141592653589793, max: 3.141592653589793}",
            "  x3: {min: -3.141592653589793, max: 3.141592653589793}",
            "metrics: [y]",
            ""));
    SweepSpec spec = SweepLoader.load(f);
    Path out = dir.resolve("out");
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals(4, lines.size());
    double[] s = Ishigami.firstOrder(A, B);
    double[] st = Ishigami.totalOrder(A, B);
    for (int i = 0; i < 3; i++) {
      List<String> c = Csv.split(lines.get(i + 1));
      assertEquals("x" + (i + 1), c.get(1));
      assertEquals(s[i], Double.parseDouble(c.get(2)), 0.05, lines.get(i + 1));
      assertEquals(st[i], Double.parseDouble(c.get(5)), 0.05, lines.get(i + 1));
    }
  }

  @Test
  void incompleteRowsAreLeftOut() {
    double[] means = new double[3 * 4];
    for (int i = 0; i < means.length; i++) {
      means[i] = i % 5;
    }
    means[4] = Double.NaN; // row 1
    SobolAnalysis.Indices[] ix = SobolAnalysis.analyse(1, means, 10, 1);
    assertEquals(3, ix[0].rows());
  }
}
