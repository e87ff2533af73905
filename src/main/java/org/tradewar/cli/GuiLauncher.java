package org.tradewar.cli;

import org.tradewar.gui.DisplayCheck;
import org.tradewar.gui.TradeWarModelWithUI;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;

/**
 * Opens the windows of {@code gui} and {@code play --gui}, or refuses in one line without a
 * display.
 */
final class GuiLauncher {
  private GuiLauncher() {}

  /** Opens the classroom window; returns when the Console is closed. */
  static int open(Scenario s, Country seat) {
    DisplayCheck.requireDisplay();
    TradeWarModelWithUI.open(s, seat);
    return 0;
  }

  /** {@code play --gui}: the same window, with the student in {@code side}'s seat. */
  static int play(Scenario s, Country side) {
    return open(s, side);
  }
}
