package org.tradewar.sweep;

/**
 * A set of run slots (slot = point x replications + replicate - 1) as one bit each: a resume index
 * for 10^8 runs takes 12.5 MB, where a row's offset and length per slot took 1.3 GB.
 */
final class SlotSet {
  private final long[] words;
  private final long size;

  SlotSet(long size) {
    this.size = size;
    this.words = new long[Math.toIntExact((size + 63) >>> 6)];
  }

  long size() {
    return size;
  }

  boolean get(long slot) {
    return (words[(int) (slot >>> 6)] & (1L << slot)) != 0;
  }

  void set(long slot, boolean on) {
    if (on) {
      words[(int) (slot >>> 6)] |= 1L << slot;
    } else {
      words[(int) (slot >>> 6)] &= ~(1L << slot);
    }
  }

  long cardinality() {
    long n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
