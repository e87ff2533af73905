package org.tradewar.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.CsvText;
import org.tradewar.output.MeanInterval;

/**
 * {@code summary.csv}: per point and metric, {@code n} (runs with a value), mean, sample standard
 * deviation and the 95% confidence interval of the mean (Student t with n - 1 degrees of freedom;
 * empty below n = 2), then {@code failed} (failed runs of the point).
 *
 * <p>Computed by streaming the sorted runs.csv: one point's {@link MeanInterval} cell per metric at
 * a time, so memory does not depend on the number of runs. A point's values are read from its rows.
 * For a Sobol design it keeps each point's mean per metric on the way (one double per point and
 * metric), which the analysis needs; other designs keep nothing per point.
 */
public final class SummaryWriter {
  /** The file name. */
  public static final String FILE = "summary.csv";

  /**
   * Per point means, [metric][point], NaN where a point has no value (Sobol designs; else null).
   */
  @SuppressWarnings("ArrayRecordComponent") // a result to read; never compared or hashed
  public record Result(double[][] pointMeans, long ok, long failed) {}

  /** Reads the sorted {@code runs} and writes {@code summary}. */
  public Result write(SweepSpec spec, Path runs, Path summary) {
    int k = spec.axes().size();
    int m = spec.metrics().size();
    List<String> names = spec.metrics().stream().map(MetricSpec::name).toList();
    double[][] means = null;
    if (spec.design() == SweepSpec.DesignKind.SOBOL) {
      means = new double[m][spec.pointCount()];
      for (double[] row : means) {
        Arrays.fill(row, Double.NaN);
      }
    }
    List<String> head = new ArrayList<>(List.of("point"));
    spec.axes().forEach(a -> head.add(a.path()));
    head.addAll(List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high", "failed"));
    Path tmp = summary.resolveSibling("." + FILE + ".writing");
    long ok = 0;
    long failed = 0;
    try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(CsvText.line(head) + "\n");
      in.readLine(); // header
      MeanInterval stats = new MeanInterval(m);
      int current = -1;
      List<String> currentValues = null;
      int pointFailed = 0;
      String line;
      while (true) {
        line = in.readLine();
        int point = -1;
        List<String> f = null;
        if (line != null) {
          f = Csv.split(line);
          point = Integer.parseInt(f.get(0)) - 1;
        }
        if (point != current && current >= 0) {
          flush(out, current, currentValues, names, stats, pointFailed, means);
          stats.clear();
          pointFailed = 0;
        }
        if (line == null) {
          break;
        }
        if (point != current) {
          currentValues = List.copyOf(f.subList(3, 3 + k));
        }
        current = point;
        if ("failed".equals(f.get(f.size() - 2))) {
          pointFailed++;
          failed++;
          continue;
        }
        ok++;
        for (int j = 0; j < m; j++) {
          double v = Csv.parse(f.get(3 + k + 1 + j));
          if (!Double.isNaN(v)) {
            stats.add(j, v);
          }
        }
      }
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw new BadInputException("cannot write " + summary + ": " + AtomicFiles.describe(e));
    }
    try {
      AtomicFiles.moveReplacing(tmp, summary);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + summary + ": " + AtomicFiles.describe(e));
    }
    return new Result(means, ok, failed);
  }

  private void flush(
      Writer out,
      int point,
      List<String> values,
      List<String> names,
      MeanInterval stats,
      int failed,
      double[][] means)
      throws IOException {
    for (int j = 0; j < stats.cells(); j++) {
      long n = stats.n(j);
      double mean = stats.mean(j);
      double sd = stats.sd(j);
      double half = stats.halfWidth(j);
      double lo = mean - half; // NaN below two values, as the interval is
      double hi = mean + half;
      if (means != null) {
        means[j][point] = mean;
      }
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(point + 1));
      row.addAll(values);
      row.add(names.get(j));
      row.add(String.valueOf(n));
      row.add(CsvText.number(mean));
      row.add(CsvText.number(sd));
      row.add(CsvText.number(lo));
      row.add(CsvText.number(hi));
      row.add(String.valueOf(failed));
      out.write(CsvText.line(row) + "\n");
    }
  }
}
