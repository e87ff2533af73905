package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignTest {
  @TempDir Path dir;

  private SweepSpec spec(String design, int samples, String axes) {
    return Fakes.spec(
        dir,
        "d.yaml",
        "base: f\ndesign: "
            + design
            + "\n"
            + (samples > 0 ? "samples: " + samples + "\n" : "")
            + "seed: 11\naxes:\n"
            + axes
            + "metrics: [m]\n",
        Fakes::noisy);
  }

  @Test
  void gridVariesTheFirstAxisSlowest() {
    List<Point> p = spec("grid", 0, "  a: [1, 2]\n  b: [x, y, z]\n").points();
    assertEquals(6, p.size());
    assertEquals(List.of("1", "x"), p.get(0).values());
    assertEquals(List.of("1", "y"), p.get(1).values());
    assertEquals(List.of("2", "z"), p.get(5).values());
  }

  @Test
  void randomDesignsKeepTheirPrefixWhenSamplesGrow() {
    List<Point> small =
        spec("random", 10, "  a: {min: 0, max: 1}\n  b: {min: 1, max: 1000, log: true}\n").points();
    List<Point> big =
        spec("random", 20, "  a: {min: 0, max: 1}\n  b: {min: 1, max: 1000, log: true}\n").points();
    assertEquals(small, big.subList(0, 10));
    for (Point p : big) {
      double b = Double.parseDouble(p.values().get(1));
      assertTrue(b >= 1 && b <= 1000);
    }
  }

  @Test
  void latinHypercubeUsesEveryStratumOnce() {
    int n = 50;
    List<Point> p = spec("lhs", n, "  a: {min: 0, max: 1}\n  b: {min: 0, max: 10}\n").points();
    for (int d = 0; d < 2; d++) {
      double width = d == 0 ? 1 : 10;
      Set<Integer> strata = new HashSet<>();
      for (Point pt : p) {
        strata.add((int) Math.floor(Double.parseDouble(pt.values().get(d)) / width * n));
      }
      assertEquals(n, strata.size(), "axis " + d);
    }
  }

  @Test
  void sobolRowsAreABThenABi() {
    List<Point> p =
        spec("sobol", 4, "  a: {min: 0, max: 1}\n  b: {min: 0, max: 1}\n  c: {min: 0, max: 1}\n")
            .points();
    assertEquals(4 * 5, p.size());
    for (int j = 0; j < 4; j++) {
      List<String> a = p.get(j * 5).values();
      List<String> b = p.get(j * 5 + 1).values();
      for (int i = 0; i < 3; i++) {
        List<String> ab = p.get(j * 5 + 2 + i).values();
        for (int d = 0; d < 3; d++) {
          assertEquals(d == i ? b.get(d) : a.get(d), ab.get(d));
        }
      }
    }
  }

  @Test
  void repeatedPointsGetDistinctOccurrencesAndSeeds() {
    SweepSpec s = spec("random", 30, "  a: [1, 2]\n");
    List<Point> p = s.points();
    Set<Long> seeds = new HashSet<>();
    for (Point pt : p) {
      seeds.add(SeedDeriver.seed(s.masterSeed(), s.axes(), pt, 1));
    }
    assertEquals(30, seeds.size());
    assertTrue(
        p.stream().anyMatch(pt -> pt.occurrence() > 0), "a 2-value axis sampled 30 times repeats");
  }

  @Test
  void integerRangesCoverEveryWholeNumber() {
    Axis a = new Axis("w", null, 4, 8, false, true, 0);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.add(a.at(i / 100.0));
    }
    assertEquals(Set.of("4", "5", "6", "7", "8"), seen);
  }
}
