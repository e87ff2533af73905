/**
 * Running scenarios, between the scenario files and the output tables.
 *
 * <p>Start with {@link org.tradewar.run.Simulations}: runs in memory, no files (what {@code run},
 * {@code compare}, sweeps and fits build on), each replication a {@link org.tradewar.run.RunResult}
 * with the headline numbers of {@link org.tradewar.run.SummaryMetrics}. Then {@link
 * org.tradewar.run.ScenarioRuns}: a run folder written whole or not at all, through {@link
 * org.tradewar.run.RunTablesWriter} (replications streamed as they finish) and {@link
 * org.tradewar.run.RunFolderWriter} (the format of docs/outputs.md), with its {@link
 * org.tradewar.run.Manifest}.
 */
package org.tradewar.run;
