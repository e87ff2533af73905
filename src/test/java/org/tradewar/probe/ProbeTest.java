package org.tradewar.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.Title;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.chart.RunCharts;
import org.tradewar.output.RunFolderFixture;
import org.tradewar.output.RunTables;
import org.tradewar.report.RunReport;

class ProbeTest {
  @TempDir Path tmp;

  @Test
  void probe() throws Exception {
    Path run = RunFolderFixture.deal().write(tmp.resolve("run"));
    Map<String, JFreeChart> charts = RunCharts.build(RunTables.read(run));
    charts.forEach((n, c) -> {
      System.out.println("CHART " + n + " title=" + (c.getTitle() == null ? null : c.getTitle().getText()));
      for (int i = 0; i < c.getSubtitleCount(); i++) {
        Title t = c.getSubtitle(i);
        System.out.println("  sub " + t.getClass().getSimpleName() + " " + (t instanceof TextTitle tt ? tt.getText() : ""));
      }
      LegendItemCollection li = c.getPlot().getLegendItems();
      for (int i = 0; li != null && i < li.getItemCount(); i++) {
        System.out.println("  legend " + li.get(i).getLabel());
      }
      System.out.println("  plot " + c.getPlot().getClass().getSimpleName());
    });
    RunCharts.writeAll(run);
    String svg = Files.readString(run.resolve("charts/tariffs.svg"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    int k = 0;
    while (m.find() && k++ < 80) System.out.println("  svgtext " + m.group(1));
    Path rep = RunReport.write(run);
    String html = Files.readString(rep);
    System.out.println("REPORT " + rep + " len " + html.length());
    System.out.println(html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "DATA").replaceAll("(?s)<svg.*?</svg>", "SVG"));
    System.out.println("SUMMARY " + Files.readString(run.resolve("summary.json")));
  }
}
