package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.io.Check;
import org.tradewar.output.Band;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.WeeklyStats;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * Sourcing and diverted trade, two panels on one calendar axis: above, the rival's share of the
 * importer's imports of the goods (%); below, the purchases that moved from the rival to other
 * foreign suppliers (solid) and to home producers (dashed), USD billions per year at an annual
 * rate.
 */
public final class SourcingChart {
  private SourcingChart() {}

  public static final String TITLE =
      "Sourcing: the rival's share of imports, and where the trade went";

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    Check.notNull(ts, "ts");
    List<Line> shares = new ArrayList<>();
    List<Line> diverted = new ArrayList<>();
    for (Country c : Country.values()) {
      WeeklyStats share = ts.share(SeriesKey.flow(Variable.RIVAL_SOURCING_SHARE.column(), c));
      if (share != null) {
        String who =
            c == Country.US
                ? "China's share of US imports of these goods"
                : "The US share of China's imports of these goods";
        shares.add(Line.of(who, ts.dates(), Labels.band(ts, share).scaled(100), c));
      }
      Band d =
          Labels.flow(ts, Variable.DIVERTED_IMPORTS.column(), c, TimeSeries.WEEKS_PER_YEAR, false);
      if (d != null) {
        String what =
            c == Country.US
                ? "US purchases moved from China to other foreign suppliers"
                : "China's purchases moved from the US to other foreign suppliers";
        diverted.add(Line.of(what, ts.dates(), d, c));
      }
      Band h =
          Labels.flow(ts, Variable.DOMESTIC_SHIFT.column(), c, TimeSeries.WEEKS_PER_YEAR, false);
      if (h != null) {
        String what = c == Country.US ? "... to US producers" : "... to Chinese producers";
        diverted.add(Line.of(what, ts.dates(), h, c).withStroke(ChartTheme.DASHED));
      }
    }
    DateAxis x = ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1));
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
    combined.setGap(24);
    NumberAxis shareAxis = ChartTheme.valueAxis("Rival's share of imports (%)");
    shareAxis.setAutoRangeIncludesZero(true);
    XYPlot top = LinePlot.of(shares, null, shareAxis);
    top.setNoDataMessage("This run has no rival_sourcing_share series");
    combined.add(top, 1);
    XYPlot bottom = LinePlot.of(diverted, null, ChartTheme.valueAxis("Moved, USD bn per year"));
    bottom.setNoDataMessage("This run has no diverted_imports_usd_bn series");
    combined.add(bottom, 1);
    ChartTheme.stylePlot(combined);
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, combined, true);
    return ChartTheme.finish(chart, Labels.subtitles(scenarioTitle, ts));
  }
}
