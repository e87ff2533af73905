package org.tradewar.sweep;

import org.tradewar.io.BadInputException;

/**
 * One contiguous part of a sweep's run slots, shard {@code index} of {@code count}: slots [total (I
 * - 1) / N, total I / N), so the shards of a sweep cover every slot once, in order, and their
 * sorted runs.csv put end to end are the whole sweep's.
 *
 * @param index 1-based
 * @param count how many shards the sweep is cut into
 */
public record Shard(int index, int count) {
  /** The most shards a sweep is cut into. */
  public static final int MAX_COUNT = org.tradewar.io.Limits.MAX_SHARDS;

  public Shard {
    if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
      throw new BadInputException(
          "--shard "
              + index
              + "/"
              + count
              + ": expected I/N with 1 <= I <= N <= "
              + MAX_COUNT
              + ", e.g. 2/3");
    }
  }

  /** Parses {@code I/N}, as given to {@code --shard}. */
  public static Shard parse(String text) {
    String[] p = text.strip().split("/", -1);
    try {
      if (p.length == 2) {
        return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new BadInputException("--shard '" + text + "': expected I/N with 1 <= I <= N, e.g. 2/3");
  }

  /** The first slot of this shard among {@code total}. */
  public long first(long total) {
    return total * (index - 1) / count;
  }

  /** The slot after this shard's last. */
  public long end(long total) {
    return total * index / count;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
