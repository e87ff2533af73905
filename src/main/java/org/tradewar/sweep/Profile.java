package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A metric's means by level of one axis, optionally one row per level of a second axis, computed
 * from the points' means, never by pooling runs: the values of other axes are not noise.
 *
 * <p>When each cell holds one point (a one- or two-axis grid cut by its other axis), the cell's
 * band is the 95% confidence interval of the point's mean over its replications: noise. When a cell
 * holds several points (the other axes vary within it), its value is the mean of their means (each
 * point counts once) and its band the 10th to 90th percentile of those means: how far the other
 * parameters move the metric, which no number of replications would shrink.
 */
final class Profile {
  /**
   * One cell: the mean, the band around it (NaN when there is none), the points it holds, and the
   * standard error of the mean that comes from the replications alone (NaN below two runs a point).
   */
  record Cell(double mean, double low, double high, int points, double se) {
    boolean empty() {
      return points == 0;
    }
  }

  static final double LOW = 0.10;
  static final double HIGH = 0.90;

  /** [slice][level]; one slice when there is no second axis. */
  final Cell[][] cells;

  /** True when every cell holds at most one point, so bands are over replications. */
  final boolean replicationBand;

  private Profile(Cell[][] cells, boolean replicationBand) {
    this.cells = cells;
    this.replicationBand = replicationBand;
  }

  /**
   * The profile of metric {@code j} along axis {@code xAxis}, per level of {@code splitAxis} (or
   * -1).
   */
  static Profile of(
      SweepResults r, int j, AxisLevels x, int xAxis, AxisLevels split, int splitAxis) {
    int slices = split == null ? 1 : split.size();
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < slices * x.size(); c++) {
      members.add(new ArrayList<>());
    }
    int most = 0;
    for (int p = 0; p < r.points; p++) {
      if (r.values[p] == null || Double.isNaN(r.mean(j, p))) {
        continue;
      }
      int l = x.level(r.values[p][xAxis]);
      int s = split == null ? 0 : split.level(r.values[p][splitAxis]);
      if (l < 0 || s < 0) {
        continue;
      }
      List<Integer> m = members.get(s * x.size() + l);
      m.add(p);
      most = Math.max(most, m.size());
    }
    boolean single = most <= 1;
    Cell[][] cells = new Cell[slices][x.size()];
    for (int s = 0; s < slices; s++) {
      for (int l = 0; l < x.size(); l++) {
        List<Integer> m = members.get(s * x.size() + l);
        cells[s][l] = single ? onePoint(r, j, m) : spread(r, j, m);
      }
    }
    return new Profile(cells, single);
  }

  private static Cell onePoint(SweepResults r, int j, List<Integer> m) {
    if (m.isEmpty()) {
      return new Cell(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }
    int p = m.get(0);
    double mean = r.mean(j, p);
    double half = r.half(j, p);
    return new Cell(mean, mean - half, mean + half, 1, r.se(j, p));
  }

  private static Cell spread(SweepResults r, int j, List<Integer> m) {
    if (m.isEmpty()) {
      return new Cell(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }
    double[] v = m.stream().mapToDouble(p -> r.mean(j, p)).sorted().toArray();
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    // the mean of k point means: its replication variance is the sum of theirs over k squared
    double var = m.stream().mapToDouble(p -> r.se(j, p) * r.se(j, p)).sum();
    return new Cell(
        mean,
        DistributionChart.quantile(v, LOW),
        DistributionChart.quantile(v, HIGH),
        v.length,
        Math.sqrt(var) / v.length);
  }

  /** The smallest and largest cell mean, or NaN when every cell is empty. */
  double[] meanRange() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Cell[] row : cells) {
      for (Cell c : row) {
        if (!c.empty()) {
          lo = Math.min(lo, c.mean());
          hi = Math.max(hi, c.mean());
        }
      }
    }
    return Double.isFinite(lo) ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
  }
}
