package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people read in a sweep's charts and report: names, scales, bands, and a page that stands
 * alone.
 */
class SweepOutputsTest {
  @TempDir Path dir;

  /** US imports fall with elasticity and pass-through; a deal in 60% to 100% of runs, by seed. */
  private static RunResult economy(Map<String, String> o, long seed) {
    double e = Double.parseDouble(o.get("economy.elasticity"));
    double p = Double.parseDouble(o.get("economy.pass_through"));
    double noise = (SeedDeriver.mix(seed) >>> 11) * 0x1.0p-53;
    boolean deal = noise < 0.6 + 0.4 * p;
    return new RunResult(
        deal ? "deal" : "no_agreement",
        Map.of("imports_change_pct_us", -5 * e * p - noise, "talk_rounds", 3.0));
  }

  private Path sweep(String name, String yaml, RunFunction fn) {
    SweepSpec spec = Fakes.spec(dir, name + ".yaml", yaml, fn);
    Path out = dir.resolve(name);
    new SweepRunner().run(spec, spec.base().runFunction(), out, SweepRunner.Options.defaults());
    return out;
  }

  private static final String AXES =
      String.join(
          "\n",
          "axes:",
          "  economy.elasticity: {min: 1, max: 8, log: true, steps: 4}",
          "  economy.pass_through: [0, 0.5, 1]",
          "metrics:",
          "  - imports_change_pct_us",
          "  - {name: p_deal, outcome: deal}",
          "");

  private Path grid(String title) {
    return sweep(
        "grid",
        "title: " + title + "\nbase: f\ndesign: grid\nreplications: 4\nseed: 5\n" + AXES,
        SweepOutputsTest::economy);
  }

  private static List<SweepChart> charts(Path out) {
    return SweepCharts.charts(SweepResults.read(out), Sensitivity.read(out));
  }

  /**
   * Every text a reader sees on a chart: title, subtitles, axis labels, legend items, categories.
   */
  private static List<String> texts(JFreeChart c) {
    List<String> t = new ArrayList<>(List.of(c.getTitle().getText()));
    for (int i = 0; i < c.getSubtitleCount(); i++) {
      if (c.getSubtitle(i) instanceof TextTitle s) {
        t.add(s.getText());
      } else if (c.getSubtitle(i) instanceof PaintScaleLegend l) {
        t.add(l.getAxis().getLabel());
      }
    }
    Plot plot = c.getPlot();
    List<Axis> axes = new ArrayList<>();
    if (plot instanceof XYPlot p) {
      axes.add(p.getDomainAxis());
      axes.add(p.getRangeAxis());
    } else if (plot instanceof CategoryPlot p) {
      axes.add(p.getDomainAxis());
      axes.add(p.getRangeAxis());
      p.getCategories().forEach(k -> t.add(k.toString()));
    }
    axes.stream().filter(a -> a.getLabel() != null).forEach(a -> t.add(a.getLabel()));
    LegendItemCollection items = plot.getLegendItems();
    for (int i = 0; items != null && i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      t.add(item.getLabel());
    }
    return t;
  }

  @Test
  void chartTitlesAxesAndLegendsNameParametersAndMetricsInWordsNotKeys() {
    Path out = grid("Elasticity and pass-through");
    Path sobol =
        sweep(
            "sobol",
            "base: f\ndesign: sobol\nsamples: 16\nbootstrap: 20\nseed: 5\n"
                + AXES.replace("[0, 0.5, 1]", "{min: 0, max: 1}").replace(", steps: 4", ""),
            SweepOutputsTest::economy);
    List<SweepChart> all = new ArrayList<>(charts(out));
    all.addAll(charts(sobol));
    assertTrue(
        all.stream().anyMatch(c -> c.stem().endsWith("__sobol")), "a Sobol chart is among them");
    assertTrue(
        all.stream().anyMatch(c -> c.stem().contains("__heat__")), "a heat map is among them");
    Pattern raw =
        Pattern.compile("economy\\.|pass_through|imports_change_pct_us|p_deal|[a-z]+_[a-z]+");
    for (SweepChart c : all) {
      for (String text : texts(c.chart())) {
        assertFalse(raw.matcher(text).find(), c.stem() + " shows a raw key: '" + text + "'");
      }
      assertFalse(raw.matcher(c.caption()).find(), c.stem() + " caption: " + c.caption());
    }
    JFreeChart line =
        all.stream()
            .filter(c -> c.stem().equals("imports_change_pct_us__vs__economy.elasticity"))
            .findFirst()
            .orElseThrow()
            .chart();
    assertEquals(
        "Short-run elasticity of substitution", line.getXYPlot().getDomainAxis().getLabel());
    assertEquals(
        "US imports from China against the no-war baseline (%)",
        line.getXYPlot().getRangeAxis().getLabel());
  }

  @Test
  void aDamagedRunsCsvIsRefusedWithItsLineButATornLastLineIsSkipped() throws Exception {
    Path out = grid("Damage");
    Path runs = out.resolve("runs.csv");
    java.nio.file.Files.writeString(runs, "17,3,123", java.nio.file.StandardOpenOption.APPEND);
    SweepResults.read(out); // what a crash leaves: read as far as it goes
    List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(runs));
    lines.set(3, "x" + lines.get(3).substring(lines.get(3).indexOf(',')));
    java.nio.file.Files.write(runs, lines);
    String m =
        org.junit.jupiter.api.Assertions.assertThrows(
                org.tradewar.io.BadInputException.class, () -> SweepResults.read(out))
            .getMessage();
    assertTrue(m.contains("runs.csv line 4") && m.contains("'point'"), m);
    lines.set(3, "1,2");
    java.nio.file.Files.write(runs, lines);
    m =
        org.junit.jupiter.api.Assertions.assertThrows(
                org.tradewar.io.BadInputException.class, () -> SweepResults.read(out))
            .getMessage();
    assertTrue(m.contains("runs.csv line 4") && m.contains("fewer columns"), m);
  }

  @Test
  void ticksAreRoundOnLogAxesAndGridValuesShort() {
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), RoundLogAxis.ticks(1, 8));
    assertEquals(List.of(0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0), RoundLogAxis.ticks(0.1, 10));
    assertEquals(
        List.of(1.0, 10.0, 100.0, 1000.0, 10000.0), RoundLogAxis.ticks(1, 20000).subList(0, 5));
    SweepResults r = SweepResults.read(grid("t"));
    assertEquals(List.of("1", "2", "4", "8"), new AxisLevels(r, 0).labels);
    assertEquals("1.41", Readable.level("1.41421"));
    assertEquals("10,000", Readable.number(10000, 3));
  }

  @Test
  void shareMetricsUseAFixedZeroToOneColourScaleOthersFitTheirData() {
    List<SweepChart> charts = charts(grid("t"));
    for (String metric : List.of("p_deal", "imports_change_pct_us")) {
      JFreeChart heat =
          charts.stream()
              .filter(c -> c.stem().startsWith(metric + "__heat__"))
              .findFirst()
              .orElseThrow()
              .chart();
      XYBlockRenderer r = (XYBlockRenderer) heat.getXYPlot().getRenderer();
      PaintScaleLegend legend = null;
      for (int i = 0; i < heat.getSubtitleCount(); i++) {
        if (heat.getSubtitle(i) instanceof PaintScaleLegend l) {
          legend = l;
        }
      }
      assertNotNull(legend, metric + " has a colour bar");
      assertTrue(legend.getAxis().getLabel().length() > 3, "the colour bar is labelled");
      if (metric.equals("p_deal")) {
        assertEquals(0, r.getPaintScale().getLowerBound());
        assertEquals(1, r.getPaintScale().getUpperBound());
        assertEquals(0, legend.getAxis().getLowerBound());
        assertEquals(1, legend.getAxis().getUpperBound());
      } else {
        assertTrue(
            r.getPaintScale().getLowerBound() < -30 && r.getPaintScale().getUpperBound() <= 0,
            "fits the data: " + r.getPaintScale().getLowerBound());
      }
    }
  }

  @Test
  void bandsShowReplicationNoiseAtAPointAndTheSpreadOverOtherAxesOtherwise() {
    // three axes: the band of m against x spans the other axes' effect, labelled as such, never a t
    // interval that treats y and z as noise
    Path out =
        sweep(
            "three",
            String.join(
                "\n",
                "base: f",
                "design: grid",
                "replications: 3",
                "seed: 2",
                "axes:",
                "  x: [0, 1]",
                "  y: [0, 10, 20, 30, 40]",
                "  z: [0, 1]",
                "metrics: [m]",
                ""),
            (o, s) ->
                new RunResult(
                    "deal",
                    Map.of(
                        "m",
                        Double.parseDouble(o.get("x"))
                            + Double.parseDouble(o.get("y"))
                            + Double.parseDouble(o.get("z")))));
    SweepChart c =
        charts(out).stream().filter(x -> x.stem().equals("m__vs__x")).findFirst().orElseThrow();
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) c.chart().getXYPlot().getDataset();
    assertEquals(1, data.getSeriesCount());
    // at x = 0 the ten points' means are y + z: mean 20.5; 10th and 90th percentiles 0.9 and 40.1
    assertEquals(20.5, data.getYValue(0, 0), 1e-9);
    assertEquals(0.9, data.getStartYValue(0, 0), 1e-9);
    assertEquals(40.1, data.getEndYValue(0, 0), 1e-9);
    assertTrue(c.caption().contains("not noise"), c.caption());

    // two axes: one line per value of the other, each band the 95% interval over replications (here
    // 0)
    SweepChart two =
        charts(grid("t")).stream()
            .filter(x -> x.stem().equals("imports_change_pct_us__vs__economy" + ".elasticity"))
            .findFirst()
            .orElseThrow();
    XYDataset d = two.chart().getXYPlot().getDataset();
    assertEquals(3, d.getSeriesCount(), "one line per pass-through value");
    assertTrue(
        two.caption().contains("95% confidence interval of that mean over 4 replications"),
        two.caption());
  }

  @Test
  void theReportIsWrittenSelfContainedAndEscaped() throws Exception {
    Path out = grid("\"<script>alert(1)</script> & more\"");
    SweepCharts.write(out);
    Path report = out.resolve("report.html");
    assertTrue(Files.isRegularFile(report));
    String html = Files.readString(report);
    assertTrue(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), "the title is escaped");
    assertFalse(html.contains("<script"), "no script at all");
    assertFalse(html.contains("http://") || html.contains("https://"), "no address to fetch");
    assertFalse(html.contains("<link") || html.contains("@import") || html.contains("url("));
    Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (refs.find()) {
      String ref = refs.group(1);
      assertTrue(
          ref.startsWith("data:image/png;base64,") || ref.startsWith("#"),
          "a reference out: " + ref);
      images += ref.startsWith("data:") ? 1 : 0;
    }
    assertEquals(charts(out).size(), images, "every chart is in the page");
    for (String section :
        List.of(
            "id=\"reading\"",
            "id=\"design\"",
            "id=\"metrics\"",
            "id=\"summary\"",
            "id=\"charts\"")) {
      assertTrue(html.contains(section), section);
    }
    assertTrue(
        html.contains(
            "US imports from China against the no-war baseline: tariff pass-through moves it most"),
        "the reading names the largest effect");
  }

  @Test
  void theReadingNamesTheParameterThatMovesAMetricMostWithItsEnds() {
    Path out =
        sweep(
            "reading",
            String.join(
                "\n",
                "base: f",
                "design: grid",
                "replications: 2",
                "seed: 2",
                "axes:",
                "  economy.pass_through: [0, 0.5, 1]",
                "  stance.reciprocity: [0, 1]",
                "metrics: [imports_change_pct_us, " + "talk_rounds]",
                ""),
            (o, s) ->
                new RunResult(
                    "deal",
                    Map.of(
                        "imports_change_pct_us",
                        -20 * Double.parseDouble(o.get("economy.pass_through"))
                            - Double.parseDouble(o.get("stance.reciprocity")),
                        "talk_rounds",
                        3.0)));
    SweepResults r = SweepResults.read(out);
    List<AxisLevels> levels = List.of(new AxisLevels(r, 0), new AxisLevels(r, 1));
    List<String> s = Effects.sentences(r, levels, List.of());
    assertEquals(
        "US imports from China against the no-war baseline: tariff pass-through moves it most, from"
            + " -0.5% at 0 to -20.5% at 1 (mean over the other parameter's values).",
        s.get(0));
    assertEquals(
        "Rounds of talks is 3 at every point: no parameter of this sweep moves it.", s.get(1));
  }

  @Test
  void svgFilesAreTheSameBytesEachTimeAndFetchNothing() throws Exception {
    Path out = grid("t");
    SweepCharts.write(out);
    String stem = "p_deal__vs__economy.pass_through";
    String written = Files.readString(out.resolve("charts/" + stem + ".svg"));
    SweepChart again =
        charts(out).stream().filter(c -> c.stem().equals(stem)).findFirst().orElseThrow();
    assertEquals(
        written,
        org.tradewar.chart.ChartFiles.svg(
            again.chart(), SweepCharts.WIDTH, SweepCharts.HEIGHT, stem),
        "drawn again, the same bytes");
    assertFalse(written.contains("DOCTYPE"));
  }
}
