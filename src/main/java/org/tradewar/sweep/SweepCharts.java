package org.tradewar.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.chart.ChartFiles;
import org.tradewar.chart.ChartTheme;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/**
 * Charts of a sweep, drawn from its files (manifest.json, runs.csv, sensitivity.csv), never from
 * live runs, into {@code charts/} as PNG (1600x900) and SVG, then the folder's {@code report.html},
 * which shows them with the design, a summary and a reading of the largest effects ({@link
 * SweepReport}). Per metric:
 *
 * <ul>
 *   <li>{@code METRIC__heat__AXIS1__AXIS2}: the mean over the first two axes ({@link
 *       HeatMapChart});
 *   <li>{@code METRIC__sobol}: Sobol indices per parameter (Sobol designs; {@link SobolChart});
 *   <li>{@code METRIC__vs__AXIS}: the metric against each axis that moves ({@link ProfileChart});
 *   <li>{@code METRIC__distribution}: instead of the others, for a sweep of one point ({@link
 *       DistributionChart}).
 * </ul>
 *
 * A metric no run defines gets no chart. Titles and axes name parameters and metrics as people do
 * ({@link ParameterNames}, {@link MetricNames}).
 */
public final class SweepCharts {
  static final int WIDTH = ChartTheme.WIDTH;
  static final int HEIGHT = ChartTheme.HEIGHT;

  private SweepCharts() {}

  /**
   * Draws every chart of the sweep in {@code sweepDir} and its report; returns the chart files
   * written.
   */
  public static List<Path> write(Path sweepDir) {
    SweepResults r = SweepResults.read(sweepDir);
    List<Sensitivity.Row> sensitivity = Sensitivity.read(sweepDir);
    List<SweepChart> charts = charts(r, sensitivity);
    Path dir = sweepDir.resolve("charts");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot draw charts in " + dir + ": " + AtomicFiles.describe(e));
    }
    for (SweepChart c : charts) {
      // the run charts' exporter: no DOCTYPE to fetch, ids from the file name, so the same bytes
      // each time
      ChartFiles.write(c.chart(), dir.resolve(c.stem()), WIDTH, HEIGHT);
      written.add(dir.resolve(c.stem() + ".png"));
      written.add(dir.resolve(c.stem() + ".svg"));
    }
    SweepReport.write(r, charts, sensitivity);
    return written;
  }

  /** The charts of a read sweep, metric by metric, not yet drawn. */
  static List<SweepChart> charts(SweepResults r, List<Sensitivity.Row> sensitivity) {
    List<AxisLevels> levels = new ArrayList<>();
    for (int i = 0; i < r.axes.size(); i++) {
      levels.add(new AxisLevels(r, i));
    }
    List<SweepChart> out = new ArrayList<>();
    for (int j = 0; j < r.metrics.size(); j++) {
      if (!r.hasValues(j)) {
        continue; // no run defines it (deal_week without a deal): the report says so, an empty
        // chart would not
      }
      if (r.onePoint()) {
        // a study of replications: lines against axes that do not move would be single dots
        SweepChart d = DistributionChart.of(r, j);
        if (d != null) {
          out.add(d);
        }
        continue;
      }
      if (levels.size() >= 2 && levels.get(0).size() > 1 && levels.get(1).size() > 1) {
        out.add(HeatMapChart.of(r, j, levels.get(0), levels.get(1)));
      }
      SweepChart sobol = SobolChart.of(r, j, sensitivity);
      if (sobol != null) {
        out.add(sobol);
      }
      for (int i = 0; i < levels.size(); i++) {
        if (levels.get(i).size() > 1) {
          out.add(ProfileChart.of(r, j, i, levels));
        }
      }
    }
    return out;
  }

  /** A file-name-safe form of a key. */
  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
