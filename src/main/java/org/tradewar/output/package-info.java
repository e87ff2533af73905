/**
 * The output tables of a run, read back from its folder into small immutable datasets: the weekly
 * {@link org.tradewar.output.TimeSeries}, the {@link org.tradewar.output.EventRow}s of the escalation
 * timeline, the {@link org.tradewar.output.SummaryTable}, the parameters with their provenance, and
 * {@link org.tradewar.output.RunTables} that gathers them. Charts and reports are drawn from these,
 * never from the live model, so an old run can be charted again without simulating. Nothing here
 * knows about drawing.
 */
package org.tradewar.output;
