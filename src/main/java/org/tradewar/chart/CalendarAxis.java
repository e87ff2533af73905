package org.tradewar.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A date axis whose ticks fall on the first day of calendar quarters (or half-years, or years):
 * "Jan 2018", "Apr 2018", ... JFreeChart's own month ticks can start off the quarter; these never
 * do. Labels are horizontal; the step is chosen by the caller so that they never crowd.
 */
final class CalendarAxis extends DateAxis {
  private static final long serialVersionUID = 1L;

  private final int stepMonths;
  private final DateTimeFormatter format;

  CalendarAxis(int stepMonths) {
    super(null, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
    this.stepMonths = stepMonths;
    this.format =
        DateTimeFormatter.ofPattern(stepMonths >= 12 ? "yyyy" : "MMM yyyy", Locale.ENGLISH);
  }

  @Override
  @SuppressWarnings({"rawtypes", "JavaUtilDate"}) // JFreeChart's signature; its ticks take a Date
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<DateTick> ticks = new ArrayList<>();
    LocalDate lo = toDate(getLowerBound());
    LocalDate hi = toDate(getUpperBound());
    int firstMonth = (lo.getMonthValue() - 1) / stepMonths * stepMonths + 1;
    LocalDate d = LocalDate.of(lo.getYear(), firstMonth, 1);
    if (stepMonths >= 12) {
      d = LocalDate.of(lo.getYear() - Math.floorMod(lo.getYear(), stepMonths / 12), 1, 1);
    }
    while (!d.isAfter(hi)) {
      if (!d.isBefore(lo)) {
        ticks.add(
            new DateTick(
                TickType.MAJOR,
                new Date(ChartTheme.millis(d)),
                format.format(d),
                TextAnchor.TOP_CENTER,
                TextAnchor.CENTER,
                0.0));
      }
      d = d.plusMonths(stepMonths);
    }
    return ticks;
  }

  private static LocalDate toDate(double millis) {
    return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
