package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points computed from their index equal the designs as they were built before, one list of every
 * point ({@link LegacyDesigns}): values and occurrences, read forward, backward and at random.
 */
class PointsByIndexTest {
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

  private static void assertSame(SweepSpec s) {
    List<Point> old = LegacyDesigns.points(s);
    Points now = s.points();
    assertEquals(old.size(), now.size());
    assertEquals(old.size(), s.pointCount());
    for (int i = 0; i < old.size(); i++) {
      assertEquals(old.get(i), now.get(i), "point " + i);
    }
    Points fresh = s.points();
    for (int i = old.size() - 1; i >= 0; i -= 7) { // backward: each read rewinds
      assertEquals(old.get(i), fresh.get(i), "point " + i + " read backward");
    }
    ec.util.MersenneTwisterFast rng = new ec.util.MersenneTwisterFast(3);
    for (int t = 0; t < 50; t++) {
      int i = rng.nextInt(old.size());
      assertEquals(old.get(i), fresh.get(i), "point " + i + " read at random");
    }
  }

  private static long repeats(SweepSpec s) {
    return LegacyDesigns.points(s).stream().filter(p -> p.occurrence() > 0).count();
  }

  @Test
  void readingAPointOncePerReplicateStaysLinear() {
    SweepSpec s = spec("random", 200_000, "  a: {min: 0, max: 1}\n");
    Points p = s.points();
    long t0 = System.nanoTime();
    for (int i = 0; i < p.size(); i++) {
      for (int r = 0; r < 3; r++) { // as the runner asks: each point once per replicate
        assertEquals(i, p.get(i).index());
      }
    }
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "no rewind per replicate");
  }

  @Test
  void grid() {
    assertSame(
        spec(
            "grid",
            0,
            "  a: [1, 2, 3]\n  b: {min: 1, max: 8, log: true, steps: 7}\n  c: [x, y]\n"));
  }

  @Test
  void gridPointsNeverRepeat() {
    assertEquals(
        0,
        repeats(
            spec("grid", 0, "  a: [1, 2, 3]\n  b: {min: 1, max: 3, integer: true, steps: 9}\n")));
  }

  @Test
  void random() {
    assertSame(
        spec(
            "random",
            300,
            "  a: {min: 0, max: 1}\n  b: {min: 1, max: 1000, log: true}\n"
                + "  c: {min: 4, max: 9, integer: true}\n"));
  }

  @Test
  void randomOverListsRepeats() {
    SweepSpec s = spec("random", 200, "  a: [1, 2]\n  b: {min: 1, max: 3, integer: true}\n");
    assertTrue(repeats(s) > 100);
    assertSame(s);
  }

  @Test
  void latinHypercube() {
    assertSame(spec("lhs", 257, "  a: {min: 0, max: 1}\n  b: {min: 0, max: 10}\n  c: [p, q, r]\n"));
  }

  @Test
  void sobol() {
    assertSame(
        spec(
            "sobol",
            100,
            "  a: {min: 0, max: 1}\n  b: {min: -3, max: 3}\n  c: {min: 1, max: 9, log: true}\n"));
  }

  @Test
  void sobolOverListsRepeats() {
    SweepSpec s = spec("sobol", 64, "  a: [1, 2, 3]\n  b: [u, v]\n");
    assertTrue(repeats(s) > 0);
    assertSame(s);
  }

  @Test
  void theShippedSweepsDesigns() throws Exception {
    try (var files = java.nio.file.Files.list(Path.of("scenarios", "sweeps"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        assertSame(SweepLoader.load(f));
      }
    }
  }
}
