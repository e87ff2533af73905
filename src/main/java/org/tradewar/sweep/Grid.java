package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;

/** The full factorial: every combination of the axes' values, the first axis varying slowest. */
public final class Grid implements Design {
  @Override
  public List<Point> points(SweepSpec spec) {
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
    return Design.number(rows);
  }

  /** How many points a grid over these axes has (saturating at Long.MAX_VALUE). */
  public static long size(List<Axis> axes) {
    long n = 1;
    for (Axis a : axes) {
      n = Math.multiplyHigh(n, a.gridValues().size()) != 0 ? Long.MAX_VALUE : n * a.gridValues().size();
    }
    return n;
  }
}
