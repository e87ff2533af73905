package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.io.Check;
import org.tradewar.output.Band;
import org.tradewar.output.ReportedRow;
import org.tradewar.output.TimeSeries;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * Average (trade-weighted) tariff of each side on the other's goods, drawn as steps, with the
 * tariffs the articles report marked over them.
 */
public final class TariffChart {
  private TariffChart() {}

  public static final String TITLE = "Average tariffs of each side on the other";

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    return create(ts, scenarioTitle, List.of());
  }

  /**
   * The same, with the coverages at a rate the articles report marked where they put the US average
   * tariff (hollow diamonds; in SVG, the statement and its sources on hover).
   */
  public static JFreeChart create(TimeSeries ts, String scenarioTitle, List<ReportedRow> reported) {
    Check.notNull(ts, "ts");
    List<Line> lines = new ArrayList<>();
    for (Country c : Country.values()) {
      Band b = Labels.flow(ts, Variable.AVG_TARIFF.column(), c, 1, false);
      if (b != null) {
        lines.add(Line.of(Labels.tariff(c), ts.dates(), b, c).asStep());
      }
    }
    NumberAxis y = ChartTheme.valueAxis("Trade-weighted average tariff (%)");
    XYPlot plot =
        LinePlot.of(
            lines, ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1)), y);
    plot.setNoDataMessage("This run has no avg_tariff_pct series");
    for (ReportedRow r : reported) {
      if (!Double.isNaN(r.usAvgTariffPct())) {
        plot.addAnnotation(
            new ReportedAnnotation(
                ChartTheme.millis(r.date()),
                r.usAvgTariffPct(),
                "Articles (" + r.id() + "): " + shortText(r.text()),
                r.text() + " - " + r.sources()));
      }
    }
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, plot, true);
    return ChartTheme.finish(chart, Labels.subtitles(scenarioTitle, ts));
  }

  /** "US tariffs of 25% or more on $250B by 2019-06-25" -> "25% or more on $250B". */
  static String shortText(String text) {
    String t =
        text.replaceFirst("^US tariffs of ", "").replaceFirst(" by \\d{4}-\\d{2}-\\d{2}$", "");
    return t.length() > 40 ? t.substring(0, 37) + "..." : t;
  }
}
