package org.tradewar.gui;

import java.awt.GraphicsEnvironment;
import org.tradewar.io.BadInputException;

/** Refuses to open a window where there is no display, in one line a teacher can act on. */
public final class DisplayCheck {
  private DisplayCheck() {}

  /** The message when there is no display. */
  public static final String NO_DISPLAY =
      "no display: the window needs one (run it on a desktop, set DISPLAY,"
          + " or use xvfb-run); 'tradewar run' and 'tradewar play' work without";

  /**
   * Throws a {@link BadInputException} (exit 2, one line) when Java has no display to open windows
   * on.
   */
  public static void requireDisplay() {
    if (GraphicsEnvironment.isHeadless()) {
      throw new BadInputException(NO_DISPLAY);
    }
  }
}
