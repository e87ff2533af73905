/**
 * Running scenarios: in memory ({@link org.tradewar.run.Simulations}, with the headline numbers of
 * {@link org.tradewar.run.SummaryMetrics}) and into run folders ({@link
 * org.tradewar.run.RunFolderWriter}), written whole or not at all.
 */
package org.tradewar.run;
