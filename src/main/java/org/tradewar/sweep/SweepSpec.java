package org.tradewar.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep file: immutable; build it with {@link SweepLoader}.
 *
 * @param file the sweep file
 * @param name short name (default: the file name without extension); names the default output
 *     folder
 * @param title for people
 * @param description for people, "" when the file gives none
 * @param base the model the sweep varies
 * @param design grid, random, lhs or sobol
 * @param samples points for random and lhs; base samples N for sobol (N (k + 2) points); 0 for grid
 * @param replications runs per point, each with its own seed
 * @param masterSeed the seed every run's seed derives from
 * @param axes the swept parameters, in file order
 * @param metrics what each run records, in file order
 * @param bootstrap bootstrap resamples for the Sobol confidence intervals
 * @param fingerprint sha256 of everything that decides the runs and their rows (not the name or
 *     title)
 */
public record SweepSpec(
    Path file,
    String name,
    String title,
    String description,
    BaseModel base,
    DesignKind design,
    int samples,
    int replications,
    long masterSeed,
    List<Axis> axes,
    List<MetricSpec> metrics,
    int bootstrap,
    String fingerprint) {

  public SweepSpec {
    axes = List.copyOf(axes);
    metrics = List.copyOf(metrics);
  }

  /** The four designs. */
  public enum DesignKind {
    GRID,
    RANDOM,
    LHS,
    SOBOL;

    /** The name in the sweep file. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The points of this sweep, in their canonical order, computed from their index when read (a
   * sampled design makes one pass to find its repeated points).
   */
  public Points points() {
    return Design.of(design).points(this);
  }

  /** How many points, without computing any. */
  public int pointCount() {
    return Math.toIntExact(
        switch (design) {
          case GRID -> Grid.size(axes);
          case SOBOL -> SobolDesign.size(samples, axes.size());
          default -> samples;
        });
  }

  /** How many runs: points times replications. */
  public long runCount() {
    return (long) pointCount() * replications;
  }
}
