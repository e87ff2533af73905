package org.tradewar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;
import org.tradewar.output.RunTables;

/** What a reader sees on a chart names things in words: no parameter paths, no column names. */
class ChartTextTest {
  /** "economy.elasticity", "imports_usd_bn": a key of a file, not a word. */
  static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+(?:[._][a-z0-9]+)+\\b");

  @TempDir Path tmp;

  @Test
  void runAndCompareChartsHaveNoRawKeysInTitlesAxesOrLegends() {
    RunTables run = RunTables.read(RunFolderFixture.deal().write(tmp.resolve("run")));
    List<String> found = new ArrayList<>();
    RunCharts.build(run).forEach((name, chart) -> rawKeys(name, chart, found));
    List<CompareChart.Entry> entries =
        List.of(
            new CompareChart.Entry("deal", run.series()),
            new CompareChart.Entry("escalation", run.series()));
    for (String v : CompareVariable.DEFAULTS) {
      rawKeys(
          "compare " + v,
          CompareChart.create(CompareVariable.of(v, v.equals("pain_index")), entries),
          found);
    }
    assertEquals(List.of(), found);
  }

  @Test
  void aLongScenarioTitleIsCutBeforeItReachesTheChartLibrary() {
    String title = "x".repeat(20_000);
    RunTables run =
        RunTables.read(
            RunFolderFixture.deal()
                .scenario("long", title, RunFolderFixture.Course.DEAL)
                .replications(1)
                .write(tmp.resolve("long")));
    RunCharts.build(run)
        .forEach(
            (name, chart) -> {
              for (Object t : chart.getSubtitles()) {
                if (t instanceof TextTitle tt) {
                  org.junit.jupiter.api.Assertions.assertTrue(
                      tt.getText().length() <= ShortText.LINE,
                      name + ": " + tt.getText().length() + " characters");
                }
              }
            });
  }

  /**
   * Adds "chart: text" for every title, subtitle, axis label or legend entry of {@code chart} with
   * a raw key.
   */
  static void rawKeys(String name, JFreeChart chart, List<String> found) {
    List<String> texts = new ArrayList<>();
    texts.add(chart.getTitle() == null ? "" : chart.getTitle().getText());
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt) {
        texts.add(tt.getText());
      } else if (!(t instanceof Title)) {
        texts.add(String.valueOf(t));
      }
    }
    if (chart.getPlot() instanceof XYPlot plot) {
      List<XYPlot> plots = new ArrayList<>(List.of(plot));
      if (plot instanceof CombinedDomainXYPlot combined) {
        plots.addAll(combined.getSubplots());
      }
      for (XYPlot p : plots) {
        for (int i = 0; i < p.getRangeAxisCount(); i++) {
          texts.add(label(p.getRangeAxis(i)));
        }
        texts.add(label(p.getDomainAxis()));
        org.jfree.chart.LegendItemCollection items = p.getLegendItems();
        for (int i = 0; items != null && i < items.getItemCount(); i++) {
          texts.add(items.get(i).getLabel());
        }
      }
    }
    for (String t : texts) {
      if (t != null && RAW_KEY.matcher(t).find()) {
        found.add(name + ": " + t);
      }
    }
  }

  private static String label(Axis a) {
    return a == null ? null : a.getLabel();
  }
}
