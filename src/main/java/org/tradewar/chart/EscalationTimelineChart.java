package org.tradewar.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tradewar.io.Check;
import org.tradewar.output.EventRow;
import org.tradewar.output.ReportedRow;
import org.tradewar.vocabulary.EventKind;

/**
 * The escalation timeline: three lanes on one calendar axis (US acts above, what happens at the
 * table in the middle, China's acts below). Each event is a marker whose shape gives its kind, with
 * a label; labels are stacked in rows so none overlaps another. Truces are shaded until the next
 * breakdown, deal or escalation; deals and breakdowns are vertical lines through all lanes.
 */
public final class EscalationTimelineChart {
  private EscalationTimelineChart() {}

  public static final String TITLE = "Escalation timeline";

  /**
   * Labels beyond this many rows in a lane are left off (the marker stays; the report lists all).
   */
  static final int MAX_ROWS = 8;

  private static final double MARKER_Y = 0.45;

  /**
   * A routine kind that happens more often than this in a run (weekly talks, repeated breakdowns)
   * keeps its markers but loses its labels and vertical lines, which would otherwise fill the chart
   * with the same word; the subtitle says so, and the report's transcript lists every event.
   */
  static final int ROUTINE_LIMIT = 6;

  private static final java.util.Set<String> ROUTINE =
      java.util.Set.copyOf(
          EventKind.keys(
              EventKind.TALKS,
              EventKind.REVIEW,
              EventKind.CALL,
              EventKind.SUMMIT,
              EventKind.BREAKDOWN,
              EventKind.DEADLINE,
              EventKind.COMMITMENT_HONOURED,
              EventKind.COMMITMENT_SHORTFALL,
              EventKind.COMMITMENT_BROKEN,
              EventKind.TRUCE_EXTENDED,
              EventKind.SANCTION,
              EventKind.NON_TARIFF,
              EventKind.ROLLBACK));

  /** A label placed in a lane: its row, its text and the interval (ms) it covers. */
  private record Placed(
      EventRow event, String text, int row, double from, double to, boolean rightAligned) {}

  /**
   * The timeline of {@code events} from {@code first} to {@code last}. {@code note} says which
   * replication is drawn (may be empty).
   */
  public static JFreeChart create(
      List<EventRow> events, LocalDate first, LocalDate last, String scenarioTitle, String note) {
    return create(events, first, last, scenarioTitle, note, ChartTheme.WIDTH);
  }

  /**
   * As {@link #create(List, LocalDate, LocalDate, String, String)}, laid out for {@code widthPx}.
   */
  public static JFreeChart create(
      List<EventRow> events,
      LocalDate first,
      LocalDate last,
      String scenarioTitle,
      String note,
      int widthPx) {
    return create(events, first, last, scenarioTitle, note, widthPx, MAX_ROWS);
  }

  /**
   * A timeline that keeps at most {@code maxRows} rows of labels per lane (markers beyond stay),
   * for pages that stack several timelines and need each one short.
   */
  public static JFreeChart compact(
      List<EventRow> events,
      LocalDate first,
      LocalDate last,
      String scenarioTitle,
      String note,
      int maxRows) {
    Check.that(maxRows >= 1 && maxRows <= MAX_ROWS, "maxRows between 1 and " + MAX_ROWS);
    return create(events, first, last, scenarioTitle, note, ChartTheme.WIDTH, maxRows);
  }

  private static JFreeChart create(
      List<EventRow> events,
      LocalDate first,
      LocalDate last,
      String scenarioTitle,
      String note,
      int widthPx,
      int maxRows) {
    Check.notNull(events, "events");
    Check.notNull(first, "first");
    Check.notNull(last, "last");
    double x0 = ChartTheme.millis(first);
    double x1 = ChartTheme.millis(last);
    double plotPx = widthPx - 180;
    double msPerPx = (x1 - x0) / plotPx;
    FontMetrics fm = metrics();

    Map<EventStyle.Lane, List<EventRow>> byLane = new EnumMap<>(EventStyle.Lane.class);
    for (EventStyle.Lane lane : EventStyle.Lane.values()) {
      byLane.put(lane, new ArrayList<>());
    }
    for (EventRow e : events) {
      double x = ChartTheme.millis(e.date());
      if (x >= x0 && x <= x1 && EventStyle.drawn(e.kind())) {
        byLane.get(EventStyle.lane(e)).add(e);
      }
    }

    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (List<EventRow> lane : byLane.values()) {
      for (EventRow e : lane) {
        counts.merge(e.kind(), 1, Integer::sum);
      }
    }
    java.util.Set<String> quiet = new java.util.TreeSet<>();
    counts.forEach(
        (kind, n) -> {
          if (n > ROUTINE_LIMIT && ROUTINE.contains(kind)) {
            quiet.add(kind);
          }
        });

    DateAxis axis = ChartTheme.dateAxis(first, last, widthPx - 150);
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(axis);
    combined.setGap(10);
    for (EventStyle.Lane lane : EventStyle.Lane.values()) {
      // A frequent kind loses its labels, except where the scenario named the event (Osaka,
      // Shanghai).
      List<EventRow> labelled =
          byLane.get(lane).stream()
              .filter(e -> !quiet.contains(e.kind()) || !e.label().isEmpty())
              .toList();
      List<Placed> placed = layout(labelled, fm, msPerPx, x1, maxRows);
      int rows = 0;
      for (Placed p : placed) {
        rows = Math.max(rows, p.row + 1);
      }
      XYPlot plot = lanePlot(lane, byLane.get(lane), placed, rows);
      markPhases(plot, events, x0, x1, quiet);
      combined.add(plot, Math.max(2, rows + 1));
    }
    ChartTheme.stylePlot(combined);
    combined.setFixedLegendItems(legend(events));
    JFreeChart chart = new JFreeChart(TITLE, ChartTheme.TITLE, combined, true);
    List<String> subtitles = new ArrayList<>(Labels.subtitles(scenarioTitle, 1));
    List<String> notes = new ArrayList<>();
    if (note != null && !note.isBlank()) {
      notes.add(note.strip());
    }
    if (events.isEmpty()) {
      notes.add("No events in this run");
    }
    if (!quiet.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (String k : quiet) {
        parts.add(counts.get(k) + " " + plural(k));
      }
      notes.add("Frequent events marked without labels: " + String.join(", ", parts));
    }
    if (!notes.isEmpty()) {
      subtitles.add(String.join("  \u00b7  ", notes));
    }
    return ChartTheme.finish(chart, subtitles);
  }

  /**
   * The height, px, at which {@code chart} (made by {@link #create}) shows every label row legibly
   * and no more: a page that stacks several timelines can then show them on one screen. Between
   * {@link #MIN_HEIGHT} and {@link ChartTheme#HEIGHT}.
   */
  public static int naturalHeight(JFreeChart chart) {
    Check.that(chart.getPlot() instanceof CombinedDomainXYPlot, "not a timeline chart");
    int weight = 0;
    for (XYPlot lane : ((CombinedDomainXYPlot) chart.getPlot()).getSubplots()) {
      weight += lane.getWeight();
    }
    int frame = 150 + 24 * chart.getSubtitleCount(); // title, subtitles, date axis and legend
    return Math.max(MIN_HEIGHT, Math.min(ChartTheme.HEIGHT, frame + ROW_PX * weight));
  }

  /** Vertical room per label row at the natural height, px (a label is about 15 px high). */
  private static final int ROW_PX = 27;

  static final int MIN_HEIGHT = 360;

  /**
   * Greedy first-fit of labels into rows; identical labels close together merge into one ("x2").
   */
  private static List<Placed> layout(
      List<EventRow> events, FontMetrics fm, double msPerPx, double x1, int maxRows) {
    List<Placed> placed = new ArrayList<>();
    List<Double> rowEnds = new ArrayList<>();
    double gapMs = 14 * msPerPx;
    for (EventRow e : events) {
      String text = EventStyle.label(e);
      double x = ChartTheme.millis(e.date());
      // Merge with the previous label of the same text when they would touch.
      Placed last = placed.isEmpty() ? null : placed.get(placed.size() - 1);
      if (last != null && baseText(last.text).equals(text) && x <= last.to + gapMs) {
        int count = count(last.text) + 1;
        String merged = text + " \u00d7" + count;
        double w = (fm.stringWidth(merged) + 12) * msPerPx;
        double from = last.rightAligned ? last.to - w : last.from;
        placed.set(
            placed.size() - 1,
            new Placed(last.event, merged, last.row, from, from + w, last.rightAligned));
        rowEnds.set(last.row, Math.max(rowEnds.get(last.row), from + w));
        continue;
      }
      double w = (fm.stringWidth(text) + 12) * msPerPx;
      boolean right = x + w > x1;
      double from = right ? x - w : x;
      double to = right ? x : x + w;
      int row = -1;
      for (int r = 0; r < rowEnds.size(); r++) {
        if (rowEnds.get(r) + gapMs <= from) {
          row = r;
          break;
        }
      }
      if (row < 0) {
        if (rowEnds.size() >= maxRows) {
          continue;
        }
        rowEnds.add(0.0);
        row = rowEnds.size() - 1;
      }
      rowEnds.set(row, to);
      placed.add(new Placed(e, text, row, from, to, right));
    }
    return placed;
  }

  private static String baseText(String text) {
    int i = text.lastIndexOf(" \u00d7");
    return i < 0 ? text : text.substring(0, i);
  }

  private static int count(String text) {
    int i = text.lastIndexOf(" \u00d7");
    return i < 0 ? 1 : Integer.parseInt(text.substring(i + 2));
  }

  private static XYPlot lanePlot(
      EventStyle.Lane lane, List<EventRow> events, List<Placed> placed, int rows) {
    Paint paint =
        switch (lane) {
          case US -> ChartTheme.US;
          case CN -> ChartTheme.CN;
          case TABLE -> ChartTheme.NEUTRAL;
        };
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    List<EventStyle> styles = EventStyle.legendOrder();
    for (int s = 0; s < styles.size(); s++) {
      EventStyle style = styles.get(s);
      XYSeries series = new XYSeries(style.legend(), false, true);
      for (EventRow e : events) {
        if (EventStyle.of(e.kind()) == style) {
          series.add((double) ChartTheme.millis(e.date()), MARKER_Y);
        }
      }
      data.addSeries(series);
      renderer.setSeriesShape(s, style.shape());
      renderer.setSeriesPaint(s, paint);
      renderer.setSeriesFillPaint(s, paint);
      renderer.setSeriesOutlinePaint(s, paint);
      renderer.setSeriesShapesFilled(s, style.filled());
      renderer.setSeriesOutlineStroke(s, new BasicStroke(2.5f));
      renderer.setSeriesVisibleInLegend(s, false);
    }
    renderer.setUseFillPaint(true);
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);

    NumberAxis y =
        new NumberAxis(
            switch (lane) {
              case US -> "US";
              case TABLE -> "Talks";
              case CN -> "China";
            });
    y.setLabelFont(ChartTheme.AXIS_LABEL.deriveFont(java.awt.Font.BOLD));
    y.setLabelPaint(paint);
    y.setLabelAngle(Math.PI / 2);
    y.setTickLabelsVisible(false);
    y.setTickMarksVisible(false);
    y.setAxisLineVisible(false);
    y.setRange(0, Math.max(1.2, rows + 0.6));
    XYPlot plot = new XYPlot(data, null, y, renderer);
    ChartTheme.stylePlot(plot);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(true);
    plot.setOutlinePaint(ChartTheme.GRID);
    plot.setInsets(new RectangleInsets(2, 8, 2, 28));

    BasicStroke leader = new BasicStroke(1.2f);
    Color leaderPaint = new Color(0x99, 0x99, 0x99);
    for (Placed p : placed) {
      double x = ChartTheme.millis(p.event.date());
      double labelY = 1.0 + p.row;
      plot.addAnnotation(
          new XYLineAnnotation(x, MARKER_Y + 0.18, x, labelY - 0.05, leader, leaderPaint), false);
    }
    for (Placed p : placed) {
      double x = ChartTheme.millis(p.event.date());
      XYTextAnnotation t = new XYTextAnnotation(p.text, x, 1.0 + p.row);
      t.setFont(
          EventStyle.of(p.event.kind()) == EventStyle.DEAL
                  || EventStyle.of(p.event.kind()) == EventStyle.TRUCE
              ? ChartTheme.ANNOTATION_BOLD
              : ChartTheme.ANNOTATION);
      t.setPaint(ChartTheme.TEXT);
      t.setTextAnchor(p.rightAligned ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
      t.setBackgroundPaint(new Color(255, 255, 255, 225));
      plot.addAnnotation(t, false);
    }
    return plot;
  }

  /**
   * Shades truces until the next breakdown, deal or escalation; draws deals and breakdowns as
   * lines.
   */
  private static void markPhases(
      XYPlot plot, List<EventRow> events, double x0, double x1, java.util.Set<String> quiet) {
    for (int i = 0; i < events.size(); i++) {
      EventRow e = events.get(i);
      double x = ChartTheme.millis(e.date());
      switch (e.kind()) {
        case "truce" -> {
          double end = x1;
          for (int j = i + 1; j < events.size(); j++) {
            String k = events.get(j).kind();
            if (k.equals("breakdown")
                || k.equals("deal")
                || k.equals("raise")
                || k.equals("tariff")
                || k.equals("retaliation")) {
              end = ChartTheme.millis(events.get(j).date());
              break;
            }
          }
          IntervalMarker m = new IntervalMarker(Math.max(x0, x), Math.min(x1, end));
          m.setPaint(ChartTheme.TRUCE_SHADE);
          m.setOutlinePaint(null);
          plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        case "deal" -> plot.addDomainMarker(line(x, ChartTheme.DEAL), Layer.BACKGROUND);
        case "breakdown" -> {
          if (!quiet.contains("breakdown")) {
            plot.addDomainMarker(line(x, ChartTheme.BREAKDOWN), Layer.BACKGROUND);
          }
        }
        default -> {}
      }
    }
  }

  private static ValueMarker line(double x, Color c) {
    ValueMarker m = new ValueMarker(x);
    m.setPaint(c);
    m.setStroke(
        new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    return m;
  }

  /**
   * Legend items for the kinds of event the run has, in legend order (no kind that never occurs).
   */
  private static LegendItemCollection legend(List<EventRow> events) {
    java.util.Set<EventStyle> present = java.util.EnumSet.noneOf(EventStyle.class);
    for (EventRow e : events) {
      if (EventStyle.drawn(e.kind())) {
        present.add(EventStyle.of(e.kind()));
      }
    }
    LegendItemCollection items = new LegendItemCollection();
    for (EventStyle s : EventStyle.legendOrder()) {
      if (!present.contains(s)) {
        continue;
      }
      LegendItem item =
          new LegendItem(
              s.legend(),
              null,
              null,
              null,
              s.shape(),
              ChartTheme.NEUTRAL,
              new BasicStroke(2.5f),
              ChartTheme.NEUTRAL);
      item.setShapeVisible(true);
      // Hollow shapes show as outlines only.
      if (!s.filled()) {
        item =
            new LegendItem(
                s.legend(),
                null,
                null,
                null,
                true,
                s.shape(),
                false,
                ChartTheme.NEUTRAL,
                true,
                ChartTheme.NEUTRAL,
                new BasicStroke(2.5f),
                false,
                new java.awt.geom.Line2D.Double(),
                new BasicStroke(1f),
                ChartTheme.NEUTRAL);
      }
      items.add(item);
    }
    return items;
  }

  private static String plural(String kind) {
    return switch (kind) {
      case "talks" -> "rounds of talks";
      case "review" -> "implementation reviews";
      case "non_tariff" -> "non-tariff measures";
      case "commitment_honoured" -> "commitments kept";
      case "commitment_shortfall" -> "purchase shortfalls";
      case "truce_extended" -> "truce extensions";
      case "commitment_broken" -> "commitments broken";
      default -> kind.replace('_', ' ') + "s";
    };
  }

  private static FontMetrics metrics() {
    BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setFont(ChartTheme.ANNOTATION_BOLD);
      return g.getFontMetrics();
    } finally {
      g.dispose();
    }
  }

  /**
   * Marks on the talks lane what the articles report on the path (the patterns of the calibration):
   * one hollow star per date (statements within a month share one), the statements and sources on
   * hover in the SVG. The report lists them.
   */
  public static void markReported(JFreeChart chart, List<ReportedRow> reported, LocalDate last) {
    if (reported.isEmpty() || !(chart.getPlot() instanceof CombinedDomainXYPlot combined)) {
      return;
    }
    List<?> plots = combined.getSubplots();
    XYPlot talks = (XYPlot) plots.get(Math.min(1, plots.size() - 1));
    // A row of its own above the talks' labels, so that a star never sits on a label.
    double top = talks.getRangeAxis().getUpperBound();
    talks.getRangeAxis().setUpperBound(top + 0.9);
    List<ReportedRow> rows =
        new ArrayList<>(reported.stream().filter(r -> !r.date().isAfter(last)).toList());
    rows.sort(java.util.Comparator.comparing(ReportedRow::date));
    int i = 0;
    while (i < rows.size()) {
      LocalDate d = rows.get(i).date();
      StringBuilder title = new StringBuilder();
      int j = i;
      while (j < rows.size() && !rows.get(j).date().isAfter(d.plusDays(30))) {
        title
            .append(title.length() == 0 ? "" : "\n")
            .append(rows.get(j).id())
            .append(": ")
            .append(rows.get(j).text())
            .append(" - ")
            .append(rows.get(j).sources());
        j++;
      }
      // No text on the lane (it would crowd the talks' labels): the legend names the mark, the SVG
      // gives the statements on hover and the report lists them.
      talks.addAnnotation(
          new ReportedAnnotation(ChartTheme.millis(d), top + 0.45, "", title.toString()));
      i = j;
    }
    LegendItemCollection items = combined.getFixedLegendItems();
    LegendItem star =
        new LegendItem(
            "Reported in the articles (P1...: the report lists them)",
            null,
            null,
            null,
            true,
            ReportedAnnotation.STAR,
            false,
            ChartTheme.NEUTRAL,
            true,
            ChartTheme.NEUTRAL,
            new BasicStroke(2.5f),
            false,
            new java.awt.geom.Line2D.Double(),
            new BasicStroke(1f),
            ChartTheme.NEUTRAL);
    items.add(star);
    combined.setFixedLegendItems(items);
  }
}
