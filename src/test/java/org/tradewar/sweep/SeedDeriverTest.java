package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedDeriverTest {
  @TempDir Path dir;

  private Map<List<String>, Long> seeds(String axes, int reps) {
    SweepSpec s =
        Fakes.spec(
            dir,
            "s.yaml",
            "base: f\ndesign: grid\nseed: 99\nreplications: "
                + reps
                + "\naxes:\n"
                + axes
                + "metrics: [m]\n",
            Fakes::noisy);
    Map<List<String>, Long> out = new HashMap<>();
    for (Point p : s.points()) {
      for (int r = 1; r <= reps; r++) {
        List<String> key = new java.util.ArrayList<>(p.values());
        key.add("r" + r);
        out.put(key, SeedDeriver.seed(s.masterSeed(), s.axes(), p, r));
      }
    }
    return out;
  }

  @Test
  void addingAValueOrAReplicateMovesNoOtherSeed() {
    Map<List<String>, Long> before = seeds("  a: [1, 2]\n  b: [x, y]\n", 2);
    Map<List<String>, Long> after = seeds("  a: [0, 1, 2, 3]\n  b: [x, w, y]\n", 3);
    for (Map.Entry<List<String>, Long> e : before.entrySet()) {
      assertEquals(e.getValue(), after.get(e.getKey()), e.getKey().toString());
    }
  }

  @Test
  void axisOrderDoesNotMatter() {
    Map<List<String>, Long> ab = seeds("  a: [1, 2]\n  b: [x, y]\n", 1);
    Map<List<String>, Long> ba = seeds("  b: [x, y]\n  a: [1, 2]\n", 1);
    assertEquals(ab.get(List.of("1", "y", "r1")), ba.get(List.of("y", "1", "r1")));
  }

  @Test
  void seedsAreDistinctAndNonNegative() {
    Map<List<String>, Long> s =
        seeds("  a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n  b: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", 10);
    Set<Long> distinct = new HashSet<>(s.values());
    assertEquals(1000, distinct.size());
    assertTrue(distinct.stream().allMatch(x -> x >= 0));
  }

  @Test
  void theDerivationIsPinned() {
    // Changing the derivation would change every published sweep's runs: this value must not move.
    Axis a = Axis.list("economy.elasticity", List.of("2"));
    long seed = SeedDeriver.seed(42, List.of(a), new Point(0, List.of("2"), 0), 1);
    long again = SeedDeriver.seed(42, SeedDeriver.pointHash(List.of(a), List.of("2"), 0), 1);
    assertEquals(seed, again);
    assertEquals(PINNED, seed);
    assertNotEquals(seed, SeedDeriver.seed(43, List.of(a), new Point(0, List.of("2"), 0), 1));
  }

  static final long PINNED = 5291571031885698206L;
}
