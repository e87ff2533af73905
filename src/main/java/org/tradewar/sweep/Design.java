package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a sweep into its points, in a canonical order that does not depend on threads or time. */
public interface Design {
  /** The points of {@code spec}. */
  List<Point> points(SweepSpec spec);

  /** The implementation of a design kind. */
  static Design of(SweepSpec.DesignKind kind) {
    return switch (kind) {
      case GRID -> new Grid();
      case RANDOM -> new RandomDesign();
      case LHS -> new LatinHypercube();
      case SOBOL -> new SobolDesign();
    };
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
