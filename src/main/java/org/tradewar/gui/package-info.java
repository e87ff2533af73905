/**
 * The classroom window, the MASON way: {@link org.tradewar.gui.TradeWarModelWithUI} is the model's
 * {@code GUIState} (the model never imports this package). It holds the MASON Console, the
 * parameter controls, the live charts and the transcript pane. Data flow one way: each week the
 * model's record and timeline are read on the simulation thread and handed to the Swing thread.
 *
 * <p>Start with {@link org.tradewar.gui.TradeWarModelWithUI}, then {@link
 * org.tradewar.gui.ClassroomWindow} (the layout) and {@link org.tradewar.gui.LiveCharts}. These
 * classes need a display: their tests are tagged {@code display} and run under xvfb in CI
 * (CONTRIBUTING.md).
 */
package org.tradewar.gui;
