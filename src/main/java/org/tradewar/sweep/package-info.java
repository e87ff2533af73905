/**
 * Batch parameter sweeps (docs/sweeps.md). Read in this order:
 *
 * <ol>
 *   <li>{@link org.tradewar.sweep.SweepSpec} and {@link org.tradewar.sweep.SweepLoader}: the sweep
 *       file (base scenario, axes, design, replications, master seed, metrics), validated with the
 *       file, line and key of every error.
 *   <li>{@link org.tradewar.sweep.Design} and its four implementations ({@link
 *       org.tradewar.sweep.Grid}, {@link org.tradewar.sweep.RandomDesign}, {@link
 *       org.tradewar.sweep.LatinHypercube}, {@link org.tradewar.sweep.SobolDesign}): the points to
 *       run.
 *   <li>{@link org.tradewar.sweep.SeedDeriver}: the seed of a run from (master seed, point values,
 *       replicate), stable when points or threads are added.
 *   <li>{@link org.tradewar.sweep.SweepRunner}: the thread pool; each finished run is appended to
 *       {@code runs.csv} ({@link org.tradewar.sweep.RunsCsv}) and forgotten, so memory does not
 *       grow with the number of runs; a rerun resumes.
 *   <li>{@link org.tradewar.sweep.SummaryWriter} and {@link org.tradewar.sweep.SobolAnalysis}: the
 *       tables computed from {@code runs.csv} by streaming.
 *   <li>{@link org.tradewar.sweep.SweepCharts}: charts drawn from the folder's files ({@link
 *       org.tradewar.sweep.SweepResults}), never from live runs, named in words ({@link
 *       org.tradewar.sweep.ParameterNames}, {@link org.tradewar.sweep.MetricNames}); then {@link
 *       org.tradewar.sweep.SweepReport}, the sweep's report.html, with a reading of its largest
 *       effects ({@link org.tradewar.sweep.Effects}).
 * </ol>
 *
 * The sweep engine knows the simulation only through {@link org.tradewar.sweep.RunFunction} and
 * {@link org.tradewar.sweep.BaseModel}, so it is tested with functions whose answers are known.
 */
package org.tradewar.sweep;
