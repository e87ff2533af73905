package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The full factorial: every combination of the axes' values, the first axis varying slowest. Point
 * i is i written in mixed radix (one digit per axis), so any point is computed directly from its
 * index.
 */
public final class Grid implements Design {
  @Override
  public Points points(SweepSpec spec) {
    // No grid point repeats another: the loader refuses a value listed twice, and a range's grid
    // values are distinct, so no pass for repeats.
    return new Points(() -> new Layout(spec.axes()), Repeats.NONE);
  }

  /** How many points a grid over these axes has (saturating at Long.MAX_VALUE). */
  public static long size(List<Axis> axes) {
    long n = 1;
    for (Axis a : axes) {
      n =
          Math.multiplyHigh(n, a.gridValues().size()) != 0
              ? Long.MAX_VALUE
              : n * a.gridValues().size();
    }
    return n;
  }

  /** The digits of the grid: point i is i in mixed radix, the last axis the lowest digit. */
  private static final class Layout implements Design.Source {
    private final List<List<String>> values = new ArrayList<>();
    private final int size;

    Layout(List<Axis> axes) {
      long n = 1;
      for (Axis a : axes) {
        values.add(a.gridValues());
        n *= a.gridValues().size();
      }
      size = Math.toIntExact(n);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public List<String> values(int index) {
      String[] row = new String[values.size()];
      int rest = index;
      for (int d = values.size() - 1; d >= 0; d--) {
        List<String> v = values.get(d);
        row[d] = v.get(rest % v.size());
        rest /= v.size();
      }
      return List.of(row);
    }
  }
}
