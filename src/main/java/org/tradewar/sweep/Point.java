package org.tradewar.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a design: a value for every axis.
 *
 * @param index position in the design's canonical order (the {@code point} column)
 * @param values one value per axis, in axis order
 * @param occurrence how many earlier points of the design have exactly these values (0 almost
 *     always; random designs over lists repeat points, and a repeat must not repeat the seeds)
 */
public record Point(int index, List<String> values, int occurrence) {
  public Point {
    values = List.copyOf(values);
  }

  /** The overrides a run receives: axis path to value. */
  public Map<String, String> overrides(List<Axis> axes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < axes.size(); i++) {
      m.put(axes.get(i).path(), values.get(i));
    }
    return m;
  }
}
