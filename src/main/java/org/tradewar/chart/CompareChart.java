package org.tradewar.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.tradewar.io.Check;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.WeeklyStats;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * Several runs overlaid on the same axes, one chart per variable: a panel for the US (as importer)
 * above one for China, one line (mean, with its band: 5-95% of runs unless a run asked for the
 * mean's interval) per scenario, told apart by colour, dash and marker, with one legend entry per
 * scenario.
 */
public final class CompareChart {
  /** Share of a panel's height kept free above the data for the panel's label. */
  static final double PANEL_LABEL_ROOM = 0.16;

  private CompareChart() {}

  /** A run in a comparison: its label in the legend and its series. */
  public record Entry(String label, TimeSeries series) {
    public Entry {
      Check.notNull(label, "label");
      Check.notNull(series, "series");
    }
  }

  public static JFreeChart create(CompareVariable variable, List<Entry> runs) {
    Check.notNull(variable, "variable");
    Check.that(!runs.isEmpty(), "at least one run is needed");
    List<Line> all = new ArrayList<>();
    List<XYPlot> panels = new ArrayList<>();
    for (Country c : Country.values()) {
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        Entry e = runs.get(i);
        SeriesKey key =
            variable.level()
                ? SeriesKey.level(variable.name(), c)
                : SeriesKey.flow(variable.name(), c);
        WeeklyStats v =
            variable.name().equals(Variable.RIVAL_SOURCING_SHARE.column())
                ? e.series().share(key)
                : variable.cumulative() ? e.series().cumulative(key) : e.series().stats(key);
        if (v == null) {
          continue;
        }
        Line line =
            new Line(
                e.label(),
                e.series().dates(),
                Labels.band(e.series(), v).scaled(variable.scale()),
                (java.awt.Color) ChartTheme.scenarioColor(i),
                ChartTheme.scenarioStroke(i),
                ChartTheme.scenarioMarker(i),
                true,
                variable.step());
        lines.add(line);
      }
      all.addAll(lines);
      NumberAxis y = ChartTheme.valueAxis(variable.unit());
      y.setAutoRangeIncludesZero(!variable.name().equals(Variable.RIVAL_SOURCING_SHARE.column()));
      y.setUpperMargin(PANEL_LABEL_ROOM); // the panel's label sits in this band, above every line
      XYPlot plot = LinePlot.of(lines, null, y);
      plot.setNoDataMessage("No " + variable.name() + " for " + c.longName() + " in these runs");
      TextTitle panelTitle =
          new TextTitle(panelName(variable, c), ChartTheme.LEGEND.deriveFont(java.awt.Font.BOLD));
      panelTitle.setPaint(ChartTheme.color(c));
      panelTitle.setBackgroundPaint(new java.awt.Color(255, 255, 255, 220));
      panelTitle.setPadding(new RectangleInsets(2, 6, 2, 6));
      plot.addAnnotation(new XYTitleAnnotation(0.005, 0.99, panelTitle, RectangleAnchor.TOP_LEFT));
      panels.add(plot);
    }
    java.time.LocalDate[] span = LinePlot.span(all);
    if (span[0] == null) {
      span =
          new java.time.LocalDate[] {
            runs.get(0).series().dates().get(0),
            runs.get(0).series().dates().get(runs.get(0).series().weeks() - 1)
          };
    }
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartTheme.dateAxis(span[0], span[1]));
    combined.setGap(20);
    for (XYPlot p : panels) {
      combined.add(p, 1);
    }
    ChartTheme.stylePlot(combined);
    LegendItemCollection legend = new LegendItemCollection();
    for (XYPlot p : panels) {
      if (p.getDataset() != null && p.getDataset().getSeriesCount() == runs.size()) {
        legend = p.getLegendItems();
        break;
      }
    }
    combined.setFixedLegendItems(legend);
    JFreeChart chart =
        new JFreeChart(variable.title() + ": scenarios compared", ChartTheme.TITLE, combined, true);
    List<String> subtitles = new ArrayList<>();
    boolean replicated = runs.stream().anyMatch(r -> r.series().runs().size() > 1);
    if (replicated) {
      subtitles.add(
          "Lines: mean over each run's replications; shaded: "
              + (runs.get(0).series().meanInterval()
                  ? "95% confidence band of the mean"
                  : "5-95% of runs"));
    }
    return ChartTheme.finish(chart, subtitles);
  }

  private static String panelName(CompareVariable v, Country c) {
    if (v.level()) {
      return c.longName();
    }
    return c == Country.US ? "US, on imports from China" : "China, on imports from the US";
  }
}
