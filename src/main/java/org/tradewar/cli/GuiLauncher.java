package org.tradewar.cli;

import java.io.PrintWriter;
import org.tradewar.gui.DisplayCheck;
import org.tradewar.gui.TradeWarModelWithUI;
import org.tradewar.model.Country;
import org.tradewar.scenario.Scenario;

/** Opens the windows of {@code gui} and {@code play --gui}, or refuses in one line without a display. */
final class GuiLauncher {
  private GuiLauncher() {}

  /** Opens the classroom window; returns at once (the window keeps the JVM alive). */
  static int open(Scenario s, Country seat) {
    DisplayCheck.requireDisplay();
    TradeWarModelWithUI.open(s, seat);
    return 0;
  }

  static int play(Scenario s, Country side, PrintWriter err) {
    return open(s, side);
  }
}
