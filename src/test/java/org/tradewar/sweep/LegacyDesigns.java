package org.tradewar.sweep;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The designs as they were before points were computed by index: every point built into one list.
 * Kept only to check that {@link Points} gives the same points, values and occurrences.
 */
final class LegacyDesigns {
  private LegacyDesigns() {}

  static List<Point> points(SweepSpec spec) {
    return switch (spec.design()) {
      case GRID -> grid(spec);
      case RANDOM -> random(spec);
      case LHS -> lhs(spec);
      case SOBOL -> sobol(spec);
    };
  }

  static List<Point> grid(SweepSpec spec) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of());
    for (Axis axis : spec.axes()) {
      List<List<String>> next = new ArrayList<>(rows.size() * axis.gridValues().size());
      for (List<String> row : rows) {
        for (String v : axis.gridValues()) {
          List<String> r = new ArrayList<>(row);
          r.add(v);
          next.add(r);
        }
      }
      rows = next;
    }
    return number(rows);
  }

  static List<Point> random(SweepSpec spec) {
    MersenneTwisterFast rng =
        new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "random"));
    int k = spec.axes().size();
    double[][] u = new double[spec.samples()][k];
    for (double[] row : u) {
      for (int d = 0; d < k; d++) {
        row[d] = rng.nextDouble();
      }
    }
    return number(scale(spec.axes(), u));
  }

  static List<Point> lhs(SweepSpec spec) {
    MersenneTwisterFast rng = new MersenneTwisterFast(SeedDeriver.stream(spec.masterSeed(), "lhs"));
    int n = spec.samples();
    int k = spec.axes().size();
    double[][] u = new double[n][k];
    int[] perm = new int[n];
    for (int d = 0; d < k; d++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = rng.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      for (int i = 0; i < n; i++) {
        u[i][d] = (perm[i] + rng.nextDouble()) / n;
      }
    }
    return number(scale(spec.axes(), u));
  }

  static List<Point> sobol(SweepSpec spec) {
    int k = spec.axes().size();
    int n = spec.samples();
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    double[][] unit = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] x = sobol.nextVector();
      double[] a = new double[k];
      double[] b = new double[k];
      System.arraycopy(x, 0, a, 0, k);
      System.arraycopy(x, k, b, 0, k);
      int base = j * (k + 2);
      unit[base + SobolDesign.ROLE_A] = a;
      unit[base + SobolDesign.ROLE_B] = b;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        unit[base + 2 + i] = ab;
      }
    }
    List<List<String>> rows = new ArrayList<>(scale(spec.axes(), unit));
    return number(rows);
  }

  /** Numbers the points and counts repeats of the same values (for the seeds). */
  static List<Point> number(List<List<String>> valueRows) {
    List<Point> out = new ArrayList<>(valueRows.size());
    Map<List<String>, Integer> seen = new HashMap<>();
    for (List<String> row : valueRows) {
      int occurrence = seen.merge(row, 1, Integer::sum) - 1;
      out.add(new Point(out.size(), row, occurrence));
    }
    return out;
  }

  /** Maps rows of unit-interval coordinates onto the axes. */
  static List<List<String>> scale(List<Axis> axes, double[][] unit) {
    List<List<String>> rows = new ArrayList<>(unit.length);
    for (double[] u : unit) {
      List<String> row = new ArrayList<>(axes.size());
      for (int d = 0; d < axes.size(); d++) {
        row.add(axes.get(d).at(u[d]));
      }
      rows.add(row);
    }
    return rows;
  }
}
