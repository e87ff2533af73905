package org.tradewar.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Which points of a design repeat an earlier point's values, and how many times (the occurrence
 * that keeps a repeated point's seeds apart, see {@link SeedDeriver}).
 *
 * <p>Sampled designs repeat points (a list axis, an integer range, or two draws that round to the
 * same six digits), so one pass over the design counts the values seen so far in a table of 64-bit
 * hashes (12 bytes a slot, two slots a point, only during the pass: 24 MB for a million points) and
 * keeps the repeats alone, sorted by index: most designs have none, and a repeat costs 8 bytes. Two
 * different rows would have to share a 64-bit hash to be miscounted: about n^2 / 2^65, under 3e-6
 * for ten million points.
 */
interface Repeats {
  /** The occurrence of point {@code index}. */
  int occurrence(int index);

  /** No point repeats. */
  Repeats NONE = index -> 0;

  /** Counts the repeats of {@code source}, read once in increasing order. */
  static Repeats scan(Design.Source source) {
    int n = source.size();
    int cap =
        (int) Math.min(1L << 30, Long.highestOneBit(Math.max(4L, 2L * n) - 1) << 1); // load <= 1/2
    long[] keys = new long[cap];
    int[] counts = new int[cap]; // 0 = empty slot
    int[] idx = new int[16];
    int[] occ = new int[16];
    int repeats = 0;
    MessageDigest sha = sha256();
    for (int i = 0; i < n; i++) {
      long h = hash(sha, source.values(i));
      int s = (int) (SeedDeriver.mix(h) & (cap - 1));
      while (counts[s] != 0 && keys[s] != h) {
        s = (s + 1) & (cap - 1);
      }
      if (counts[s] == 0) {
        keys[s] = h;
      } else {
        if (repeats == idx.length) {
          idx = Arrays.copyOf(idx, repeats * 2);
          occ = Arrays.copyOf(occ, repeats * 2);
        }
        idx[repeats] = i;
        occ[repeats] = counts[s];
        repeats++;
      }
      counts[s]++;
    }
    if (repeats == 0) {
      return NONE;
    }
    int[] at = Arrays.copyOf(idx, repeats);
    int[] times = Arrays.copyOf(occ, repeats);
    return index -> {
      int k = Arrays.binarySearch(at, index);
      return k >= 0 ? times[k] : 0;
    };
  }

  private static long hash(MessageDigest sha, List<String> values) {
    sha.reset();
    for (String v : values) { // length-prefixed, so ("a,b") and ("a", "b") differ
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      sha.update((byte) (b.length >>> 24));
      sha.update((byte) (b.length >>> 16));
      sha.update((byte) (b.length >>> 8));
      sha.update((byte) b.length);
      sha.update(b);
    }
    byte[] d = sha.digest();
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return h;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
