package org.tradewar.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tradewar.io.BadInputException;
import org.tradewar.scenario.Scenario;

/**
 * Refuses a run whose tables cannot fit on the disk before it starts, rather than after an hour of
 * simulating: {@code --replications 1000 --weeks 1040} writes about 24 GB (docs/limits.md). The
 * estimate is the bytes a replication-week takes in {@code timeseries.csv}, measured on the shipped
 * scenarios, with a margin; a disk with less free space than that is refused.
 */
final class DiskRoom {
  /**
   * Bytes per replication-week: 340 rows with sector rows (about 23 KB measured), 32 rows without.
   */
  static final long WITH_SECTORS = 25_000;

  static final long TOTALS_ONLY = 2_500;

  /** Events, summary, charts and report of a run: small beside the table, but not nothing. */
  private static final long REST = 8L << 20;

  private DiskRoom() {}

  /** What the run's folder will take, about. */
  static long estimatedBytes(Scenario s) {
    long perWeek = s.outputs().sectors() ? WITH_SECTORS : TOTALS_ONLY;
    return (long) s.replications() * s.weeks() * perWeek + REST;
  }

  /** Refuses the run when the disk holding {@code folder} has less room than it needs. */
  static void require(Path folder, Scenario s) {
    Path existing = folder.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    long free;
    try {
      free = Files.getFileStore(existing).getUsableSpace();
    } catch (IOException | SecurityException e) {
      return; // nothing to measure by: the write itself will say what is wrong
    }
    require(free, existing, s);
  }

  static void require(long free, Path where, Scenario s) {
    long needed = estimatedBytes(s);
    if (free < needed) {
      throw new BadInputException(
          String.format(
              Locale.ROOT,
              "the run needs about %s of disk (%d replications x %d weeks) but %s has %s free: run"
                  + " fewer replications or weeks, write elsewhere with --results, or set outputs:"
                  + " {sectors: false} in the scenario (a twelfth of the size)",
              size(needed),
              s.replications(),
              s.weeks(),
              where,
              size(free)));
    }
  }

  private static String size(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
  }
}
