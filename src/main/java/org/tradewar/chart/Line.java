package org.tradewar.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.time.LocalDate;
import java.util.List;
import org.tradewar.io.Check;
import org.tradewar.output.Band;
import org.tradewar.vocabulary.Country;

/**
 * One line of a chart: a labelled weekly series (mean and band) with its style. {@code marker} is
 * drawn every {@link ChartTheme#MARKER_EVERY} weeks (null for none); {@code step} draws a
 * staircase, for rates that change on a date.
 */
public record Line(
    String label,
    List<LocalDate> dates,
    Band band,
    Color color,
    Stroke stroke,
    Shape marker,
    boolean markerFilled,
    boolean step) {

  public Line {
    Check.notNull(label, "label");
    dates = List.copyOf(Check.notNull(dates, "dates"));
    Check.notNull(band, "band");
    Check.notNull(color, "color");
    Check.notNull(stroke, "stroke");
  }

  /** A country's main line: its colour, solid, with its greyscale marker. */
  public static Line of(String label, List<LocalDate> dates, Band band, Country c) {
    return new Line(
        label,
        dates,
        band,
        ChartTheme.color(c),
        ChartTheme.SOLID,
        c == Country.US ? null : ChartTheme.marker(c),
        true,
        false);
  }

  /** A country's no-war baseline: its colour, dashed, hollow markers for China. */
  public static Line baseline(String label, List<LocalDate> dates, Band band, Country c) {
    return new Line(
        label,
        dates,
        band,
        ChartTheme.color(c),
        ChartTheme.BASELINE,
        c == Country.US ? null : ChartTheme.marker(c),
        false,
        false);
  }

  public Line asStep() {
    return new Line(label, dates, band, color, stroke, marker, markerFilled, true);
  }

  public Line withStroke(Stroke s) {
    return new Line(label, dates, band, color, s, marker, markerFilled, step);
  }

  public Line withMarker(Shape m, boolean filled) {
    return new Line(label, dates, band, color, stroke, m, filled, step);
  }
}
