package org.tradewar.sweep;

import java.util.AbstractList;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The points of a sweep as a list that stores none of them: point {@code i} is computed from its
 * index when asked, with its occurrence (how many earlier points have the same values, for the
 * seeds). Reading in increasing order is cheapest; {@code get} is synchronized because the values
 * come from one cursor.
 */
public final class Points extends AbstractList<Point> {
  private final Supplier<Design.Source> sources;
  private final Design.Source source;
  private final Repeats repeats;
  private Point last; // a point is asked for once per replicate: the sampled designs would rewind

  Points(Supplier<Design.Source> sources, Repeats repeats) {
    this.sources = sources;
    this.source = sources.get();
    this.repeats = repeats;
  }

  /** Points of a sampled design: one pass over a fresh source finds the repeated points. */
  static Points sampled(Supplier<Design.Source> sources) {
    return new Points(sources, Repeats.scan(sources.get()));
  }

  /** The same points with a cursor of their own, for another thread (the repeats are shared). */
  public Points fork() {
    return new Points(sources, repeats);
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public synchronized Point get(int index) {
    Objects.checkIndex(index, source.size());
    if (last == null || last.index() != index) {
      last = new Point(index, source.values(index), repeats.occurrence(index));
    }
    return last;
  }
}
