package org.tradewar.io;

import java.util.Collection;
import java.util.Optional;

/** Suggests the valid name nearest to a misspelt one ("did you mean 'elasticity'?"). */
public final class NearestName {
  private NearestName() {}

  /** The candidate closest by edit distance, if it is close enough to be a plausible typo. */
  public static Optional<String> among(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d =
          distance(wrong.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(2, wrong.length() / 3);
    return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
  }

  /** " (did you mean 'x'?)" or "" when nothing is near; ready to append to a message. */
  public static String hint(String wrong, Collection<String> candidates) {
    return among(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Levenshtein distance, two rows: names are short. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
