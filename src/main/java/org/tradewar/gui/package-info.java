/**
 * The classroom window, the MASON way: {@link org.tradewar.gui.TradeWarModelWithUI} is the model's
 * {@code GUIState} (the model never imports this package). It holds the MASON Console, the
 * parameter controls, the live charts and the transcript pane. Data flow one way: each week the
 * model's record and timeline are read on the simulation thread and handed to the Swing thread.
 */
package org.tradewar.gui;
