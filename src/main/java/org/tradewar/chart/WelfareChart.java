package org.tradewar.chart;

import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.io.Check;
import org.tradewar.output.Band;
import org.tradewar.output.TimeSeries;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * Welfare, cumulative since the start: tariff revenue, the added cost to importers and consumers,
 * and the deadweight loss, exact and as the Harberger triangle, for each importing country side by
 * side on a shared USD axis. Measures differ by dash; countries keep their colours.
 */
public final class WelfareChart {
  private WelfareChart() {}

  public static final String TITLE =
      "Welfare: tariff revenue, consumer cost and deadweight loss, cumulative";

  private static final String[] VARIABLES = {
    Variable.TARIFF_REVENUE.column(),
    Variable.CONSUMER_COST.column(),
    Variable.DEADWEIGHT_LOSS.column(),
    Variable.DEADWEIGHT_LOSS_HARBERGER.column()
  };
  private static final String[] NAMES = {
    "tariff revenue", "consumer cost", "deadweight loss", "deadweight loss, Harberger"
  };
  private static final Stroke[] STROKES = {
    ChartTheme.SOLID, ChartTheme.DASHED, ChartTheme.DOTTED, ChartTheme.DASH_DOT
  };

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    Check.notNull(ts, "ts");
    NumberAxis y = ChartTheme.valueAxis("Cumulative, USD billions");
    CombinedRangeXYPlot combined = new CombinedRangeXYPlot(y);
    combined.setGap(36);
    for (Country c : Country.values()) {
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < VARIABLES.length; i++) {
        Band b = Labels.flow(ts, VARIABLES[i], c, 1, true);
        if (b != null) {
          lines.add(
              Line.of(c.shortName() + ": " + NAMES[i], ts.dates(), b, c).withStroke(STROKES[i]));
        }
      }
      DateAxis x =
          ChartTheme.dateAxis(
              ts.dates().get(0), ts.dates().get(ts.weeks() - 1), ChartTheme.WIDTH / 2 - 120);
      x.setLabel(
          c == Country.US
              ? "In the US (tariffs on Chinese goods)"
              : "In China (tariffs on US goods)");
      x.setLabelPaint(ChartTheme.color(c));
      XYPlot plot = LinePlot.of(lines, x, null);
      plot.setNoDataMessage("No welfare series for " + c.longName());
      combined.add(plot, 1);
    }
    ChartTheme.stylePlot(combined);
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, combined, true);
    java.util.List<String> subtitles =
        new java.util.ArrayList<>(Labels.subtitles(scenarioTitle, ts));
    // What the lines mean, so that nobody adds them up: revenue is part of the consumer cost.
    subtitles.add(
        "Consumer cost \u2248 duties passed on to buyers (tariff revenue, a transfer to the"
            + " treasury) + deadweight loss (lost to everyone)");
    return ChartTheme.finish(chart, subtitles);
  }
}
