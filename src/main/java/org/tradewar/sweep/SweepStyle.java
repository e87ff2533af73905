package org.tradewar.sweep;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.tradewar.chart.ChartTheme;

/**
 * What the sweep charts share beyond the project's {@link ChartTheme}: axes named by their labels,
 * a 0..1 scale for shares, and colours that do not mean a country. Navy and orange mean the US and
 * China in every other chart, so the Sobol bars take the Okabe-Ito bluish green (first order) and
 * reddish purple (total order), which differ in greyscale too, and slices of a second axis take
 * viridis, whose order reads as the order of the values.
 */
final class SweepStyle {
  private SweepStyle() {}

  /** First-order Sobol index. */
  static final Color FIRST_ORDER = new Color(0x00, 0x9E, 0x73);

  /** Total-order Sobol index. */
  static final Color TOTAL_ORDER = new Color(0xCC, 0x79, 0xA7);

  /** Bars of a distribution: a neutral dark grey, not a country's colour. */
  static final Color BARS = new Color(0x4D, 0x4D, 0x4D);

  /** A cell of a heat map with no run. */
  static final Color EMPTY = new Color(0xEE, 0xEE, 0xEE);

  /**
   * The colour of slice {@code s} of {@code n}: viridis from dark to light, short of its pale
   * yellow.
   */
  static Color slice(int s, int n) {
    return ViridisScale.at(n <= 1 ? 0 : 0.85 * s / (n - 1));
  }

  /** A value axis for a metric: a share runs 0 to 1, anything else fits its data. */
  static NumberAxis metricAxis(MetricNames.Label m) {
    NumberAxis y = ChartTheme.valueAxis(m.withUnit());
    y.setAutoRangeIncludesZero(false);
    if (m.share()) {
      y.setRange(0, 1);
      y.setTickUnit(new NumberTickUnit(0.2));
    }
    return y;
  }

  /** An axis over a swept parameter's levels: round ticks, log when the range is. */
  static ValueAxis parameterAxis(AxisLevels a, boolean categories) {
    String label = a.def.label().withUnit() + (a.binned ? ", in " + AxisLevels.BINS + " bins" : "");
    ValueAxis x;
    if (!a.numeric || categories) {
      SymbolAxis s = new SymbolAxis(label, a.labels.toArray(new String[0]));
      s.setGridBandsVisible(false);
      x = s;
    } else if (a.useLog()) {
      RoundLogAxis l = new RoundLogAxis(label);
      l.setRange(a.position[0] / 1.06, a.position[a.size() - 1] * 1.06);
      x = l;
    } else {
      NumberAxis n = ChartTheme.valueAxis(label);
      n.setAutoRangeIncludesZero(false);
      x = n;
    }
    fonts(x);
    return x;
  }

  static void fonts(Axis a) {
    a.setLabelFont(ChartTheme.AXIS_LABEL);
    a.setLabelPaint(ChartTheme.TEXT);
    a.setTickLabelFont(ChartTheme.TICK);
    a.setTickLabelPaint(ChartTheme.TEXT);
  }

  /** The chart in the project's fonts, with "Sweep: TITLE" and {@code more} as subtitles. */
  static JFreeChart finish(JFreeChart chart, String sweepTitle, String... more) {
    List<String> subtitles = new ArrayList<>();
    subtitles.add("Sweep: " + sweepTitle);
    subtitles.addAll(List.of(more));
    return ChartTheme.finish(chart, subtitles);
  }

  /** True when {@code lo} and {@code hi} are the same value to a reader (within rounding). */
  static boolean flat(double lo, double hi) {
    return !Double.isNaN(lo) && hi - lo <= 1e-9 * Math.max(1, Math.abs(hi));
  }

  /**
   * "Share of runs ending in a deal is 0% at every point: these parameters do not move it here".
   */
  static String constantNote(MetricNames.Label m, double value) {
    return m.name()
        + " is "
        + Readable.quantity(value, m.share() ? "share" : m.unit())
        + " at every point: these parameters do not move it here";
  }

  /**
   * A name inside a sentence: "Tariff pass-through" becomes "tariff pass-through", "US ..." stays.
   */
  static String inSentence(String name) {
    if (name.length() < 2
        || !Character.isUpperCase(name.charAt(0))
        || Character.isUpperCase(name.charAt(1))
        || name.startsWith("China")) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
