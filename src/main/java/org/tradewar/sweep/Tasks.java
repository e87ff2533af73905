package org.tradewar.sweep;

/**
 * Hands the runs still to do of a range of slots to the worker threads, in slot order, each with
 * its point and seed. Points are computed here, as they are handed out, so workers never share a
 * design cursor and the design is read forward, its cheapest order.
 */
final class Tasks {
  /** One run to do. */
  record Task(Point point, int replicate, long seed) {}

  private final SweepSpec spec;
  private final Points points;
  private final RunsCsv.Index index;
  private final boolean retryFailed;
  private long next;

  Tasks(SweepSpec spec, Points points, RunsCsv.Index index, boolean retryFailed) {
    this.spec = spec;
    this.points = points;
    this.index = index;
    this.retryFailed = retryFailed;
    this.next = index.first();
  }

  /** The next run to do, or null when there is none. */
  synchronized Task next() {
    int reps = spec.replications();
    while (next < index.end()) {
      long slot = next++;
      if (index.has(slot, !retryFailed)) {
        continue;
      }
      Point p = points.get((int) (slot / reps));
      int rep = (int) (slot % reps) + 1;
      return new Task(p, rep, SeedDeriver.seed(spec.masterSeed(), spec.axes(), p, rep));
    }
    return null;
  }
}
