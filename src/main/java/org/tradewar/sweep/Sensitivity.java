package org.tradewar.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/** The rows of a sweep's {@code sensitivity.csv}, for its chart and its report. */
final class Sensitivity {
  private Sensitivity() {}

  /**
   * First- and total-order indices of one metric for one axis, with their bootstrap 95% intervals.
   */
  record Row(
      String metric,
      String axis,
      double s1,
      double s1Low,
      double s1High,
      double st,
      double stLow,
      double stHigh,
      int rows) {}

  /** The rows of {@code dir}'s sensitivity.csv; empty when the sweep has none. */
  static List<Row> read(Path dir) {
    Path file = dir.resolve(SweepRunner.SENSITIVITY);
    List<Row> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> h = Csv.split(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        List<String> f = Csv.split(line);
        out.add(
            new Row(
                f.get(h.indexOf("metric")),
                f.get(h.indexOf("axis")),
                num(f, h, "S1"),
                num(f, h, "S1_ci95_low"),
                num(f, h, "S1_ci95_high"),
                num(f, h, "ST"),
                num(f, h, "ST_ci95_low"),
                num(f, h, "ST_ci95_high"),
                Integer.parseInt(f.get(h.indexOf("rows")))));
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          file
              + ": cannot read: "
              + (e instanceof IOException io ? AtomicFiles.describe(io) : e.toString()));
    }
    return out;
  }

  private static double num(List<String> f, List<String> h, String column) {
    return Csv.parse(f.get(h.indexOf(column)));
  }

  /** The rows of one metric, the largest total-order index first. */
  static List<Row> of(List<Row> all, String metric) {
    List<Row> out = new ArrayList<>(all.stream().filter(r -> r.metric().equals(metric)).toList());
    out.sort((a, b) -> Double.compare(nanLow(b.st()), nanLow(a.st())));
    return out;
  }

  private static double nanLow(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }
}
