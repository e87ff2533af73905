package org.tradewar.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import sim.display.Console;

/**
 * With a display: {@code play --gui} as a student sees it. The student holds until something
 * happens, accepts the first offer that can close a deal, and at the end sees their play beside the
 * agents'. Writes target/screenshots/play-offer.png and play-comparison.png. Tagged "display".
 */
@Tag("display")
class PlayWindowTest {
  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void aStudentAnswersInDialogsAndSeesTheComparison() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    Scenario s = ScenarioLoader.load(Path.of("scenarios/agents-free.yaml")).with(null, 104, 1);
    TradeWarModelWithUI gui = new TradeWarModelWithUI(s);
    gui.playAs(Country.US);
    Console[] console = new Console[1];
    SwingUtilities.invokeAndWait(
        () -> {
          console[0] = new Console(gui);
          console[0].setBounds(0, 0, 420, 560);
          console[0].setVisible(true);
          gui.window().frame().setBounds(420, 0, 1500, 1000);
        });
    SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    boolean offerShot = false;
    boolean compared = false;
    long end = System.nanoTime() + 200_000_000_000L;
    while (!compared && System.nanoTime() < end) {
      JDialog d = dialog();
      if (d == null) {
        Thread.sleep(50);
        continue;
      }
      Thread.sleep(300);
      String title = d.getTitle();
      JOptionPane pane = find(d, JOptionPane.class);
      if (title.startsWith("Your answer")) {
        if (!offerShot) {
          ImageIO.write(
              new Robot().createScreenCapture(new Rectangle(0, 0, 1920, 1000)),
              "png",
              shots.resolve("play-offer.png").toFile());
          offerShot = true;
        }
        String answer =
            title.startsWith("Your answer") && hasOption(pane, "Accept")
                ? "Accept"
                : "Counter as advised";
        SwingUtilities.invokeAndWait(() -> pane.setValue(answer));
      } else if (title.startsWith("Your move")) {
        JComboBox<?> box = find(d, JComboBox.class);
        SwingUtilities.invokeAndWait(
            () -> {
              box.setSelectedItem("hold until something happens");
              pane.setValue(JOptionPane.OK_OPTION);
            });
      } else if (title.startsWith("Your play beside")) {
        ImageIO.write(
            new Robot().createScreenCapture(new Rectangle(0, 0, 1920, 1000)),
            "png",
            shots.resolve("play-comparison.png").toFile());
        SwingUtilities.invokeAndWait(() -> pane.setValue(JOptionPane.OK_OPTION));
        compared = true;
      }
      Thread.sleep(100);
    }
    assertTrue(offerShot, "an offer was put to the student");
    assertTrue(compared, "the comparison was shown at the end");
    SwingUtilities.invokeAndWait(
        () -> {
          gui.window().frame().dispose();
          console[0].dispose();
        });
  }

  private static boolean hasOption(JOptionPane pane, String option) {
    for (Object o : pane.getOptions() == null ? new Object[0] : pane.getOptions()) {
      if (option.equals(o)) {
        return true;
      }
    }
    return false;
  }

  private static JDialog dialog() {
    for (Window w : Window.getWindows()) {
      if (w instanceof JDialog d
          && d.isShowing()
          && d.getTitle() != null
          && d.getTitle().startsWith("Your")) {
        return d;
      }
    }
    return null;
  }

  private static <T> T find(Container c, Class<T> type) {
    for (Component k : c.getComponents()) {
      if (type.isInstance(k)) {
        return type.cast(k);
      }
      if (k instanceof Container inner) {
        T t = find(inner, type);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }
}
