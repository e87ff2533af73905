/**
 * The output tables of a run, read back from its folder into small immutable datasets: the weekly
 * {@link org.tradewar.output.TimeSeries} (summarised over replications as the rows stream past, by
 * {@link org.tradewar.output.TimeSeriesBuilder} into {@link org.tradewar.output.WeeklyStats}, so
 * that memory does not grow with replications), the {@link org.tradewar.output.EventRow}s of the
 * escalation timeline (those of the replication shown, {@link org.tradewar.output.RunEvents}), the
 * {@link org.tradewar.output.SummaryTable}, the parameters with their provenance, and {@link
 * org.tradewar.output.RunTables} that gathers them. Charts and reports are drawn from these, never
 * from the live model, so an old run can be charted again without simulating. Nothing here knows
 * about drawing. The tool's one CSV writer ({@link org.tradewar.output.CsvText}, with the one
 * number format of {@link org.tradewar.output.Numbers}) and its one 95% interval of a mean ({@link
 * org.tradewar.output.MeanInterval}) live here too; sweeps use both.
 *
 * <p>Start with {@link org.tradewar.output.RunTables#read}, which reads a whole run folder.
 */
package org.tradewar.output;
