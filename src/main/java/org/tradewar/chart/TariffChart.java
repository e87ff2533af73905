package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.output.Band;
import org.tradewar.output.Check;
import org.tradewar.output.Country;
import org.tradewar.output.TimeSeries;

/** Average (trade-weighted) tariff of each side on the other's goods, drawn as steps. */
public final class TariffChart {
  private TariffChart() {}

  public static final String TITLE = "Average tariffs of each side on the other";

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    Check.notNull(ts, "ts");
    List<Line> lines = new ArrayList<>();
    for (Country c : Country.values()) {
      Band b = Labels.flow(ts, "avg_tariff_pct", c, 1, false);
      if (b != null) {
        lines.add(Line.of(Labels.tariff(c), ts.dates(), b, c).asStep());
      }
    }
    NumberAxis y = ChartTheme.valueAxis("Trade-weighted average tariff (%)");
    XYPlot plot = LinePlot.of(lines, ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1)), y);
    plot.setNoDataMessage("This run has no avg_tariff_pct series");
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, plot, true);
    return ChartTheme.finish(chart, Labels.subtitles(scenarioTitle, ts));
  }
}
