package org.tradewar.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.Check;

/**
 * Exports a chart as PNG (raster, for slides) and SVG (vector, for papers), each written
 * atomically.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** The chart as PNG bytes of {@code width} x {@code height} pixels. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    Check.notNull(chart, "chart");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The chart as an SVG document of {@code width} x {@code height} user units, with a view box so
   * it scales, no DOCTYPE (nothing to fetch from the network) and ids prefixed by {@code idPrefix},
   * so the same chart gives the same bytes and two charts inlined in one page do not clash.
   */
  public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
    Check.notNull(chart, "chart");
    SvgGraphics2D g = new SvgGraphics2D(width, height, idPrefix);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.document();
  }

  /** Writes {@code base}.png and {@code base}.svg; {@code base} is a path without extension. */
  public static void write(JFreeChart chart, Path base, int width, int height) {
    Check.notNull(base, "base");
    AtomicFiles.write(base.resolveSibling(base.getFileName() + ".png"), png(chart, width, height));
    AtomicFiles.writeString(
        base.resolveSibling(base.getFileName() + ".svg"),
        svg(chart, width, height, base.getFileName().toString()));
  }
}
