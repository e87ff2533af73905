package org.tradewar.io;

/**
 * The sizes the tool accepts, in one place (docs/limits.md): every reader and every option checks
 * against these, so a run folder that passed one limit is never refused by another.
 */
public final class Limits {
  private Limits() {}

  /** Longest horizon, weeks (20 years). */
  public static final int MAX_WEEKS = 1040;

  /** Most replications of one run. */
  public static final int MAX_REPLICATIONS = 1000;

  /** Fewest and most importing firms. */
  public static final int MIN_FIRMS = 200;

  public static final int MAX_FIRMS = 2_000_000;

  /**
   * Most series in one {@code timeseries.csv}: distinct (variable, country, partner, sector), and
   * distinct (variable, country, partner) whose totals are drawn as bands. A run writes 340 and 32;
   * the second bounds the memory of reading a table (docs/limits.md).
   */
  public static final int MAX_SERIES = 1000;

  public static final int MAX_TOTALS = 64;

  /** Largest scenario, sweep, fit or parameter file, bytes. */
  public static final long MAX_INPUT_BYTES = 4L << 20;

  /**
   * Largest article, bytes: news articles are tens of kilobytes; 256 KB calibrates in a few
   * seconds.
   */
  public static final long MAX_ARTICLE_BYTES = 256L << 10;

  /**
   * Most runs of one sweep (points times replications): above it a sweep file is surely a mistake.
   */
  public static final long MAX_SWEEP_RUNS = 100_000_000L;

  /**
   * Most replications of each point of a sweep. A sweep keeps summaries, not rows per week, so a
   * study of replications may have many more than a run ({@link #MAX_REPLICATIONS}).
   */
  public static final int MAX_SWEEP_REPLICATIONS = 1_000_000;

  /** Most samples of a random, Latin hypercube or Sobol design. */
  public static final int MAX_SWEEP_SAMPLES = 10_000_000;

  /** Most axes of a Sobol design (its matrices take two columns an axis, at most 1000). */
  public static final int MAX_SOBOL_AXES = 500;

  /** Most shards a sweep is split into ({@code --shard i/n}). */
  public static final int MAX_SHARDS = 1_000_000;
}
