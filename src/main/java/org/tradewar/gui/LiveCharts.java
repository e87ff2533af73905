package org.tradewar.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JPanel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tradewar.chart.ChartTheme;
import org.tradewar.model.TimelineEvent;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * The four live charts, built directly on JFreeChart 1.5 (MASON's chart helpers need 1.0): average
 * tariffs of each side, trade by direction against the no-war baseline, each side's pain, and the
 * escalation timeline. Colours are the run charts' (US navy, China orange). When a new run starts,
 * the last run's lines stay on the charts, faded, so a class sees what a changed parameter did.
 */
final class LiveCharts {
  private static final Font TITLE = new Font(ChartTheme.FONT, Font.BOLD, 15);
  private static final Font AXIS = new Font(ChartTheme.FONT, Font.PLAIN, 12);

  /** One chart: its current lines (dataset 0) and the previous run's (dataset 1, faded). */
  private static final class Live {
    final JFreeChart chart;
    final DateAxis x;
    final XYSeriesCollection now = new XYSeriesCollection();
    final XYSeriesCollection before = new XYSeriesCollection();

    Live(
        String title, String yLabel, List<String> names, List<Color> colors, List<Boolean> dashed) {
      x = new DateAxis(null);
      x.setTickLabelFont(AXIS);
      NumberAxis y = new NumberAxis(yLabel);
      y.setLabelFont(AXIS);
      y.setTickLabelFont(AXIS);
      y.setAutoRangeIncludesZero(true);
      y.setAutoRangeMinimumSize(0.1); // a flat line at zero reads as zero, not as -5E-9 to 2E-9
      XYLineAndShapeRenderer current = new XYLineAndShapeRenderer(true, false);
      XYLineAndShapeRenderer faded = new XYLineAndShapeRenderer(true, false);
      for (int i = 0; i < names.size(); i++) {
        now.addSeries(new XYSeries(names.get(i), false, true));
        before.addSeries(new XYSeries(names.get(i) + " (previous run)", false, true));
        Color c = colors.get(i);
        float[] dash = dashed.get(i) ? new float[] {8f, 6f} : null;
        current.setSeriesPaint(i, c);
        current.setSeriesStroke(
            i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        faded.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
        faded.setSeriesStroke(
            i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        faded.setSeriesVisibleInLegend(i, false);
      }
      XYPlot plot = new XYPlot(now, x, y, current);
      plot.setDataset(1, before);
      plot.setRenderer(1, faded);
      style(plot);
      chart = new JFreeChart(title, TITLE, plot, true);
      chart.getLegend().setItemFont(AXIS);
      chart.setBackgroundPaint(Color.WHITE);
    }

    void add(int series, double x, double y) {
      now.getSeries(series).add(x, y, false);
    }

    void changed() {
      for (int i = 0; i < now.getSeriesCount(); i++) {
        now.getSeries(i).fireSeriesChanged();
      }
    }

    void fade() {
      for (int i = 0; i < now.getSeriesCount(); i++) {
        XYSeries from = now.getSeries(i);
        XYSeries to = before.getSeries(i);
        to.clear();
        for (int k = 0; k < from.getItemCount(); k++) {
          to.add(from.getX(k), from.getY(k), false);
        }
        to.fireSeriesChanged();
        from.clear();
      }
    }
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(ChartTheme.GRID);
    plot.setRangeGridlinePaint(ChartTheme.GRID);
  }

  private final Live tariffs =
      new Live(
          "Average tariffs",
          "percent",
          List.of("US tariff on China's goods", "China's tariff on US goods"),
          List.of(ChartTheme.US, ChartTheme.CN),
          List.of(false, false));
  private final Live trade =
      new Live(
          "Trade against the no-war baseline",
          "USD bn a year",
          List.of(
              "US imports from China",
              "China's imports from the US",
              "US, no-war baseline",
              "China, no-war baseline"),
          List.of(ChartTheme.US, ChartTheme.CN, ChartTheme.US, ChartTheme.CN),
          List.of(false, false, true, true));
  private final Live pain =
      new Live(
          "Pain of the war at home",
          "pain index (% of GDP)",
          List.of("United States", "China"),
          List.of(ChartTheme.US, ChartTheme.CN),
          List.of(false, false));
  private final Timeline timeline = new Timeline();
  private final JPanel panel = new JPanel(new GridLayout(2, 2, 4, 4));

  LiveCharts() {
    for (JFreeChart c : List.of(tariffs.chart, trade.chart, pain.chart, timeline.chart)) {
      ChartPanel p = new ChartPanel(c, false, true, false, true, true);
      p.setMinimumDrawWidth(200);
      p.setMinimumDrawHeight(150);
      p.setMaximumDrawWidth(4000);
      p.setMaximumDrawHeight(3000);
      panel.add(p);
    }
  }

  JPanel panel() {
    return panel;
  }

  /**
   * A new run from {@code start} to {@code end} starts: the lines drawn so far become the faded
   * previous run, and the time axes show the whole horizon (lines grow left to right).
   */
  void newRun(LocalDate start, LocalDate end) {
    for (DateAxis a : List.of(tariffs.x, trade.x, pain.x, timeline.x)) {
      a.setRange(millis(start), millis(end));
    }
    tariffs.fade();
    trade.fade();
    pain.fade();
    timeline.clear();
  }

  /** Adds one week's points (on the Swing thread); {@link #changed()} draws them. */
  void add(WeekPoint p) {
    double x = millis(p.date());
    tariffs.add(0, x, p.tariffUs());
    tariffs.add(1, x, p.tariffCn());
    trade.add(0, x, p.importsUs());
    trade.add(1, x, p.importsCn());
    trade.add(2, x, p.baselineUs());
    trade.add(3, x, p.baselineCn());
    pain.add(0, x, p.painUs());
    pain.add(1, x, p.painCn());
    timeline.add(p.events());
  }

  /** Redraws after a batch of weeks: one change event per series, not one per point. */
  void changed() {
    tariffs.changed();
    trade.changed();
    pain.changed();
    timeline.changed();
  }

  /**
   * Points of the current run in a chart's first series (for tests): tariffs, trade, pain,
   * timeline.
   */
  int points(String chart) {
    return switch (chart) {
      case "tariffs" -> tariffs.now.getSeries(0).getItemCount();
      case "trade" -> trade.now.getSeries(0).getItemCount();
      case "pain" -> pain.now.getSeries(0).getItemCount();
      case "timeline" -> timeline.markers();
      default -> throw new IllegalArgumentException(chart);
    };
  }

  /** Points of the previous (faded) run in the tariff chart's first series. */
  int previousPoints() {
    return tariffs.before.getSeries(0).getItemCount();
  }

  static double millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * The escalation timeline: one lane per side and one for what both do (talks, truces, deals,
   * breakdowns), a marker per event, shaped and coloured by kind.
   */
  private static final class Timeline {
    private enum Mark {
      THREAT("threats", new Color(0x9C, 0x6A, 0x00)),
      TARIFF("tariffs and raises", ChartTheme.BREAKDOWN),
      MEASURE("sanctions and other measures", new Color(0x6A, 0x3D, 0x9A)),
      TALKS("talks", ChartTheme.NEUTRAL),
      TRUCE("truces", new Color(0x3A, 0x9E, 0x4F)),
      DEAL("deals", ChartTheme.DEAL),
      BREAKDOWN("breakdowns and broken deals", Color.BLACK);

      final String label;
      final Color color;

      Mark(String label, Color color) {
        this.label = label;
        this.color = color;
      }
    }

    final XYSeriesCollection data = new XYSeriesCollection();
    final Map<Mark, XYSeries> series = new EnumMap<>(Mark.class);
    final JFreeChart chart;
    final DateAxis x = new DateAxis(null);

    Timeline() {
      XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
      int i = 0;
      for (Mark m : Mark.values()) {
        XYSeries s = new XYSeries(m.label, false, true);
        series.put(m, s);
        data.addSeries(s);
        r.setSeriesPaint(i, m.color);
        r.setSeriesShape(i, shape(m));
        i++;
      }
      x.setTickLabelFont(AXIS);
      SymbolAxis y = new SymbolAxis(null, new String[] {"both sides", "China", "United States"});
      y.setTickLabelFont(AXIS);
      y.setRange(-0.6, 2.6);
      y.setGridBandsVisible(false);
      XYPlot plot = new XYPlot(data, x, y, r);
      style(plot);
      chart = new JFreeChart("Escalation timeline", TITLE, plot, true);
      chart.getLegend().setItemFont(AXIS);
      chart.setBackgroundPaint(Color.WHITE);
    }

    private static Shape shape(Mark m) {
      return switch (m) {
        case TALKS, TRUCE, DEAL -> new Ellipse2D.Double(-5, -5, 10, 10);
        default -> new Rectangle2D.Double(-4.5, -4.5, 9, 9);
      };
    }

    void clear() {
      for (XYSeries s : series.values()) {
        s.clear();
      }
    }

    int markers() {
      return series.values().stream().mapToInt(XYSeries::getItemCount).sum();
    }

    @SuppressWarnings("EnumOrdinal") // marks from TALKS on are declared last, on the table lane
    void add(List<TimelineEvent> events) {
      for (TimelineEvent e : events) {
        Mark m = mark(e.kind());
        if (m == null) {
          continue;
        }
        double lane =
            m.ordinal() >= Mark.TALKS.ordinal() || e.actor() == null
                ? 0
                : e.actor() == Country.US ? 2 : 1;
        series.get(m).add(millis(e.date()), lane, false);
      }
    }

    void changed() {
      series.values().forEach(XYSeries::fireSeriesChanged);
    }

    static Mark mark(EventKind k) {
      return switch (k) {
        case THREAT -> Mark.THREAT;
        case TARIFF, RAISE, RETALIATION -> Mark.TARIFF;
        case SANCTION, NON_TARIFF -> Mark.MEASURE;
        case TALKS, CALL, SUMMIT, REVIEW -> Mark.TALKS;
        case TRUCE, TRUCE_EXTENDED -> Mark.TRUCE;
        case DEAL -> Mark.DEAL;
        case BREAKDOWN, COMMITMENT_BROKEN -> Mark.BREAKDOWN;
        default -> null;
      };
    }
  }
}
