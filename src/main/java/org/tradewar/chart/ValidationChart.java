package org.tradewar.chart;

import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeriesCollection;
import org.tradewar.output.TimeSeries;
import org.tradewar.output.WeeklyStats;
import org.tradewar.vocabulary.Country;

/**
 * A run's series against an observed record ({@code tradewar validate}): the model's mean (with its
 * band) as a line, the observations as points, on the observations' unit.
 */
public final class ValidationChart {
  private ValidationChart() {}

  public static JFreeChart create(
      String title,
      String unitLabel,
      TimeSeries ts,
      WeeklyStats model,
      double factor,
      Country c,
      List<LocalDate> observedDates,
      List<Double> observed,
      String runTitle) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        Line.of("Model (" + c.shortName() + ")", ts.dates(), Labels.band(ts, model, factor), c));
    XYPlot plot =
        LinePlot.of(
            lines,
            ChartTheme.dateAxis(ts.dates().get(0), ts.dates().get(ts.weeks() - 1)),
            ChartTheme.valueAxis(unitLabel));
    org.jfree.data.time.TimeSeries points =
        new org.jfree.data.time.TimeSeries("Observed (your record)");
    for (int i = 0; i < observed.size(); i++) {
      Date d = Date.from(observedDates.get(i).atStartOfDay().toInstant(ZoneOffset.UTC));
      points.addOrUpdate(new Day(d), observed.get(i));
    }
    int index = plot.getDatasetCount();
    plot.setDataset(index, new TimeSeriesCollection(points));
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    dots.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
    dots.setSeriesPaint(0, ChartTheme.TEXT);
    plot.setRenderer(index, dots);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    JFreeChart chart = new JFreeChart(title, ChartTheme.TITLE, plot, true);
    return ChartTheme.finish(chart, Labels.subtitles(runTitle, ts));
  }
}
