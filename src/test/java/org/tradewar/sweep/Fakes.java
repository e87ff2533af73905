package org.tradewar.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Fake models and sweep files for the tests. */
final class Fakes {
  private Fakes() {}

  /** A model that accepts every parameter path and value. */
  static BaseModel permissive(RunFunction fn) {
    return new BaseModel() {
      @Override
      public String label() {
        return "fake";
      }

      @Override
      public String sha256() {
        return "0".repeat(64);
      }

      @Override
      public void checkOverride(String path, String value) {}

      @Override
      public Set<String> metricKeys() {
        return Set.of();
      }

      @Override
      public Set<String> seriesVariables() {
        return Set.of();
      }

      @Override
      public Set<String> outcomes() {
        return Set.of();
      }

      @Override
      public RunFunction runFunction() {
        return fn;
      }
    };
  }

  /**
   * Deterministic in (overrides, seed): a noisy function of the axis "x" with seed-driven noise.
   */
  static RunResult noisy(Map<String, String> overrides, long seed) {
    double x = Double.parseDouble(overrides.getOrDefault("x", "0"));
    double y = Double.parseDouble(overrides.getOrDefault("y", "0"));
    double noise = (SeedDeriver.mix(seed) >>> 11) * 0x1.0p-53;
    return new RunResult(
        seed % 2 == 0 ? "deal" : "no_agreement",
        Map.of("m", x * x + y + noise, "k", seed % 7 == 0 ? Double.NaN : noise));
  }

  /**
   * Writes {@code yaml} to {@code dir/name} and loads it with a permissive model running {@code
   * fn}.
   */
  static SweepSpec spec(Path dir, String name, String yaml, RunFunction fn) {
    try {
      Path f = dir.resolve(name);
      Files.writeString(f, yaml);
      return new SweepLoader((file, base) -> permissive(fn)).read(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String GRID =
      String.join(
          "\n",
          "base: fake.yaml",
          "design: grid",
          "replications: 5",
          "seed: 7",
          "axes:",
          "  x: [0, 0.5, 1, 1.5, 2, 2.5]",
          "  y: {min: 1, max: 100, log: true, steps: 5}",
          "metrics:",
          "  - m",
          "  - k",
          "  - {name: p_deal, outcome: deal}",
          "");
}
