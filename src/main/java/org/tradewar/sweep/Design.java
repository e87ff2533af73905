package org.tradewar.sweep;

import java.util.List;

/**
 * Turns a sweep into its points, in a canonical order that does not depend on threads or time. A
 * design computes a point's values from its index when asked ({@link Points}), so no machine holds
 * the whole design.
 */
public interface Design {
  /** The points of {@code spec}, computed on demand. */
  Points points(SweepSpec spec);

  /** The implementation of a design kind. */
  static Design of(SweepSpec.DesignKind kind) {
    return switch (kind) {
      case GRID -> new Grid();
      case RANDOM -> new RandomDesign();
      case LHS -> new LatinHypercube();
      case SOBOL -> new SobolDesign();
    };
  }

  /**
   * The values of the points by index: a cursor, cheapest when read in increasing order (the
   * sampled designs replay a random stream), never shared between threads.
   */
  interface Source {
    /** How many points. */
    int size();

    /** The values of point {@code index}, one per axis. */
    List<String> values(int index);
  }

  /** Maps unit-interval coordinates onto the axes. */
  static List<String> scale(List<Axis> axes, double[] u) {
    String[] row = new String[axes.size()];
    for (int d = 0; d < row.length; d++) {
      row[d] = axes.get(d).at(u[d]);
    }
    return List.of(row);
  }
}
