package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.io.Check;
import org.tradewar.output.Band;
import org.tradewar.output.TimeSeries;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * Trade volume by direction against the no-war baseline (dashed), in USD billions per year at an
 * annual rate (weekly value x 52.18), with dates on the x axis.
 */
public final class TradeVolumeChart {
  private TradeVolumeChart() {}

  public static final String TITLE = "Trade volume by direction against the no-war baseline";

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    Check.notNull(ts, "ts");
    List<Line> lines = new ArrayList<>();
    for (Country c : Country.values()) {
      Band actual = Labels.flow(ts, Variable.IMPORTS.column(), c, TimeSeries.WEEKS_PER_YEAR, false);
      Band base =
          Labels.flow(ts, Variable.BASELINE_IMPORTS.column(), c, TimeSeries.WEEKS_PER_YEAR, false);
      if (actual != null) {
        lines.add(Line.of(Labels.imports(c), ts.dates(), actual, c));
      }
      if (base != null) {
        lines.add(Line.baseline(Labels.imports(c) + ", no-war baseline", ts.dates(), base, c));
      }
    }
    NumberAxis y = ChartTheme.valueAxis("USD billions per year (annual rate)");
    XYPlot plot =
        LinePlot.of(
            lines, ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1)), y);
    plot.setNoDataMessage("This run has no imports_usd_bn series");
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, plot, true);
    return ChartTheme.finish(chart, Labels.subtitles(scenarioTitle, ts));
  }
}
