package org.tradewar.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.tradewar.vocabulary.Country;

/**
 * The look every chart shares: sizes, fonts, the palette (US and China keep their colours in every
 * chart and stay distinct in greyscale), strokes and the calendar axis.
 */
public final class ChartTheme {
  private ChartTheme() {}

  /** Default export size in pixels: 16:9, large enough for slides and print. */
  public static final int WIDTH = 1600;

  public static final int HEIGHT = 900;

  public static final String FONT = "SansSerif";
  public static final Font TITLE = new Font(FONT, Font.BOLD, 32);
  public static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 20);
  public static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 21);
  public static final Font TICK = new Font(FONT, Font.PLAIN, 18);
  public static final Font LEGEND = new Font(FONT, Font.PLAIN, 19);
  public static final Font ANNOTATION = new Font(FONT, Font.PLAIN, 16);
  public static final Font ANNOTATION_BOLD = new Font(FONT, Font.BOLD, 16);

  /** United States: dark navy (greyscale: dark). */
  public static final Color US = new Color(0x1B, 0x3A, 0x6F);

  /** China: vermilion orange (greyscale: mid grey). */
  public static final Color CN = new Color(0xE0, 0x62, 0x0D);

  public static final Color TEXT = new Color(0x22, 0x22, 0x22);
  public static final Color GRID = new Color(0xD8, 0xD8, 0xD8);
  public static final Color NEUTRAL = new Color(0x55, 0x55, 0x55);

  /** Shading of truce periods. */
  public static final Color TRUCE_SHADE = new Color(0x9E, 0xC9, 0xA4, 90);

  public static final Color DEAL = new Color(0x1E, 0x7B, 0x3A);
  public static final Color BREAKDOWN = new Color(0x8B, 0x1A, 0x1A);

  public static final float LINE_WIDTH = 3.5f;
  public static final Stroke SOLID =
      new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
  public static final Stroke BASELINE =
      new BasicStroke(
          2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 8f}, 0f);
  public static final Stroke DASHED =
      new BasicStroke(
          LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {16f, 8f}, 0f);
  public static final Stroke DOTTED =
      new BasicStroke(
          LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 7f}, 0f);
  public static final Stroke DASH_DOT =
      new BasicStroke(
          LINE_WIDTH,
          BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_ROUND,
          10f,
          new float[] {18f, 6f, 3f, 6f},
          0f);

  /** China's series carry a marker every this many weeks (a quarter), so they read in greyscale. */
  public static final int MARKER_EVERY = 13;

  /** Opacity of the bands. */
  public static final float BAND_ALPHA = 0.22f;

  public static Color color(Country c) {
    return c == Country.US ? US : CN;
  }

  /**
   * The marker that tells a country's line apart without colour: none for the US, squares for
   * China.
   */
  public static Shape marker(Country c) {
    return c == Country.US
        ? new Ellipse2D.Double(-5, -5, 10, 10)
        : new Rectangle2D.Double(-6, -6, 12, 12);
  }

  /** Line styles for scenarios in comparisons, distinct in colour, dash and marker. */
  /** Scenario colours (Okabe-Ito, without the navy and orange that mean US and China elsewhere). */
  @SuppressWarnings("MutablePublicArray") // read by index by the chart classes, never written
  public static final Color[] SCENARIO_COLORS = {
    new Color(0x11, 0x11, 0x11),
    new Color(0x00, 0x9E, 0x73),
    new Color(0xCC, 0x79, 0xA7),
    new Color(0x00, 0x72, 0xB2),
    new Color(0x8C, 0x6D, 0x00),
    new Color(0x56, 0xB4, 0xE9),
    new Color(0x66, 0x33, 0x99),
    new Color(0x99, 0x99, 0x99)
  };

  @SuppressWarnings("MutablePublicArray") // read by index by the chart classes, never written
  public static final Stroke[] SCENARIO_STROKES = {
    SOLID, DASHED, DASH_DOT, DOTTED, SOLID, DASHED, DASH_DOT, DOTTED
  };

  public static Paint scenarioColor(int i) {
    return SCENARIO_COLORS[i % SCENARIO_COLORS.length];
  }

  public static Stroke scenarioStroke(int i) {
    return SCENARIO_STROKES[i % SCENARIO_STROKES.length];
  }

  /** A marker for scenario {@code i}: none, circle, square, triangle, diamond, ... */
  public static Shape scenarioMarker(int i) {
    return switch (i % 5) {
      case 0 -> null;
      case 1 -> new Ellipse2D.Double(-6, -6, 12, 12);
      case 2 -> new Rectangle2D.Double(-6, -6, 12, 12);
      case 3 -> triangle(7, true);
      default -> diamond(8);
    };
  }

  public static Shape triangle(double r, boolean up) {
    Path2D.Double p = new Path2D.Double();
    double s = up ? 1 : -1;
    p.moveTo(0, -r * s);
    p.lineTo(r, r * s);
    p.lineTo(-r, r * s);
    p.closePath();
    return p;
  }

  public static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  /** Milliseconds of a calendar date at midnight UTC: the x values of every chart. */
  public static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * A calendar axis from {@code first} to {@code last} for a full-width plot: ticks at quarters
   * ("Jan 2018", "Apr 2018", ...), or half-years or years on longer horizons, so labels never
   * crowd.
   */
  public static DateAxis dateAxis(LocalDate first, LocalDate last) {
    return dateAxis(first, last, WIDTH - 150);
  }

  /** A calendar axis for a plot about {@code widthPx} wide: at most one label per 120 pixels. */
  public static DateAxis dateAxis(LocalDate first, LocalDate last, int widthPx) {
    long months = Math.max(1, ChronoUnit.MONTHS.between(first, last));
    int maxLabels = Math.max(2, widthPx / 120);
    int step = 1;
    for (int s : new int[] {1, 3, 6, 12, 24, 60}) {
      step = s;
      if (months / s <= maxLabels) {
        break;
      }
    }
    DateAxis axis = new CalendarAxis(step);
    axis.setRange((double) millis(first), (double) millis(last));
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(TEXT);
    axis.setLabelFont(AXIS_LABEL);
    axis.setVerticalTickLabels(false);
    return axis;
  }

  /** A value axis with its label (which names the unit). */
  public static NumberAxis valueAxis(String label) {
    NumberAxis axis = new SparseNumberAxis(label);
    axis.setLabelFont(AXIS_LABEL);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(TEXT);
    axis.setAutoRangeIncludesZero(true);
    return axis;
  }

  /** Plot background, grid and insets of an XY plot. */
  public static void stylePlot(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(8, 8, 8, 28));
  }

  /**
   * Title, subtitles and legend in the shared fonts; the legend below the plot, never over lines.
   */
  public static JFreeChart finish(JFreeChart chart, List<String> subtitles) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(12, 16, 12, 16));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setText(ShortText.cut(title.getText(), ShortText.LINE));
      title.setFont(TITLE);
      title.setPaint(TEXT);
      title.setMargin(4, 0, 6, 0);
    }
    for (String s : subtitles) {
      TextTitle t = new TextTitle(ShortText.cut(s, ShortText.LINE), SUBTITLE);
      t.setPaint(NEUTRAL);
      t.setMargin(0, 0, 8, 0);
      chart.addSubtitle(t);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LEGEND);
      legend.setItemPaint(TEXT);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setMargin(10, 0, 0, 0);
      legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
    }
    return chart;
  }
}
