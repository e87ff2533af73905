package org.tradewar.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.TreeMap;

/**
 * The seed of every run, a pure function of (master seed, the point's values, replicate).
 *
 * <p>The point enters through its <em>values</em>, not its position: the canonical text {@code
 * path=value} per axis, axes sorted by path, one per line, then {@code #occurrence} (how many
 * earlier points of the design had the same values: 0 unless a random design repeats a point), is
 * hashed with SHA-256 and its first 8 bytes read as a big-endian long {@code h}. Then, with {@code
 * mix} the SplitMix64 finaliser (Steele, Lea and Flood 2014) of {@code x + 0x9E3779B97F4A7C15}:
 *
 * <pre>seed = mix(mix(mix(master) ^ h) + replicate * 0x9E3779B97F4A7C15) &amp; Long.MAX_VALUE</pre>
 *
 * <p>So adding a value to an axis, a point to a random design, replications or threads changes no
 * existing run's seed; reordering the axes in the file changes none either. Adding or removing an
 * axis changes every point (the points are different points). Seeds are non-negative so they can be
 * passed to {@code ./tradewar run --seed}.
 */
public final class SeedDeriver {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private SeedDeriver() {}

  /** The seed of replicate {@code replicate} (1-based) of {@code point}. */
  public static long seed(long master, List<Axis> axes, Point point, int replicate) {
    return seed(master, pointHash(axes, point.values(), point.occurrence()), replicate);
  }

  /** The seed from a point hash (see {@link #pointHash}). */
  public static long seed(long master, long pointHash, int replicate) {
    return mix(mix(mix(master) ^ pointHash) + replicate * GOLDEN) & Long.MAX_VALUE;
  }

  /** The 64-bit hash of a point's canonical text. */
  public static long pointHash(List<Axis> axes, List<String> values, int occurrence) {
    TreeMap<String, String> sorted = new TreeMap<>();
    for (int i = 0; i < axes.size(); i++) {
      sorted.put(axes.get(i).path(), values.get(i));
    }
    StringBuilder text = new StringBuilder();
    sorted.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    text.append('#').append(occurrence);
    byte[] d = sha256(text.toString());
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return h;
  }

  /** A seed for a named random stream of the sweep itself (designs, bootstrap). */
  public static long stream(long master, String purpose) {
    long h = 0;
    byte[] d = sha256(purpose);
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return mix(mix(master) ^ h);
  }

  /** SplitMix64: one step of the generator, a bijection with good avalanche. */
  public static long mix(long x) {
    long z = x + GOLDEN;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
