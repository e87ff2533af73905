package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.tradewar.output.Band;
import org.tradewar.output.Check;
import org.tradewar.output.Country;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;

/**
 * Firms' sourcing and diverted trade, two panels on one calendar axis: above, the share of importers'
 * baseline trade whose firms still source from the rival (%); below, imports diverted from the rival
 * to third countries, USD billions per year at an annual rate.
 */
public final class SourcingChart {
  private SourcingChart() {}

  public static final String TITLE = "Firms' sourcing and diverted trade";

  public static JFreeChart create(TimeSeries ts, String scenarioTitle) {
    Check.notNull(ts, "ts");
    List<Line> shares = new ArrayList<>();
    List<Line> diverted = new ArrayList<>();
    for (Country c : Country.values()) {
      double[][] share = ts.weightedValues(SeriesKey.flow("rival_sourcing_share", c), "baseline_imports_usd_bn");
      if (share != null) {
        String who = c == Country.US ? "US importers still sourcing from China"
            : "Chinese importers still sourcing from the US";
        shares.add(Line.of(who, ts.dates(), Band.of(share).scaled(100), c));
      }
      Band d = Labels.flow(ts, "diverted_imports_usd_bn", c, TimeSeries.WEEKS_PER_YEAR, false);
      if (d != null) {
        String what = c == Country.US ? "US imports diverted from China to third countries"
            : "China's imports diverted from the US to third countries";
        diverted.add(Line.of(what, ts.dates(), d, c));
      }
    }
    DateAxis x = ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1));
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
    combined.setGap(24);
    NumberAxis shareAxis = ChartTheme.valueAxis("Share still sourcing from rival (%)");
    shareAxis.setAutoRangeIncludesZero(false);
    XYPlot top = LinePlot.of(shares, null, shareAxis);
    // A few firms switching must not look like a collapse: show at least 10 points below 100%.
    org.jfree.data.Range r = shareAxis.getRange();
    shareAxis.setRange(Math.min(r.getLowerBound(), 90.0), Math.max(r.getUpperBound(), 100.5));
    top.setNoDataMessage("This run has no rival_sourcing_share series");
    combined.add(top, 1);
    XYPlot bottom = LinePlot.of(diverted, null, ChartTheme.valueAxis("Diverted, USD bn per year"));
    bottom.setNoDataMessage("This run has no diverted_imports_usd_bn series");
    combined.add(bottom, 1);
    ChartTheme.stylePlot(combined);
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, combined, true);
    return ChartTheme.finish(chart, Labels.subtitles(scenarioTitle, ts.runs().size()));
  }
}
