package org.tradewar.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * With a display (.ci/run gives it one with xvfb-run): the MASON Console opens beside the classroom
 * window, play pressed through the Swing thread runs the weeks and the charts receive their points.
 * It also logs the speed with live charts and 10,000 firms (a figure, not a pass mark) and writes
 * screenshots to target/screenshots/. Tagged "display": plain {@code mvn verify} skips it.
 */
@Tag("display")
class ConsoleSmokeTest {
  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void theConsolePlaysTheWeeksAndTheChartsFill() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    Scenario s = ScenarioLoader.load(Path.of("scenarios/historical.yaml")).with(null, null, 1);
    TradeWarModelWithUI gui = new TradeWarModelWithUI(s);
    Console[] console = new Console[1];
    SwingUtilities.invokeAndWait(
        () -> {
          console[0] = new Console(gui);
          console[0].setBounds(0, 0, 420, 560);
          console[0].setVisible(true);
          gui.window().frame().setBounds(420, 0, 1500, 1000);
        });
    long t0 = System.nanoTime();
    SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
    waitFor(() -> gui.weeksDone() >= s.weeks(), 180);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(500);
    SwingUtilities.invokeAndWait(gui::draw); // the last weeks' points reach the charts
    assertEquals(s.weeks(), gui.model().schedule.getSteps(), "the Console stops at the last week");
    assertEquals(s.weeks(), gui.charts().points("tariffs"));
    assertTrue(gui.charts().points("timeline") > 10);
    assertTrue(gui.transcript().model().size() > 50);
    // Again, warm (the first run pays for class loading and the JIT), with one official changed, as
    // a
    // lesson would: the first run stays behind, faded.
    String trump =
        s.roster().stream()
            .filter(p -> p.name().contains("Trump"))
            .findFirst()
            .orElseThrow()
            .slug();
    SwingUtilities.invokeAndWait(
        () -> {
          console[0].pressStop();
          gui.controls().set("negotiators." + trump + ".hawkishness", 0.1);
        });
    long t1 = System.nanoTime();
    SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
    waitFor(() -> gui.weeksDone() >= s.weeks(), 180);
    double warm = (System.nanoTime() - t1) / 1e9;
    Thread.sleep(500);
    SwingUtilities.invokeAndWait(gui::draw);
    assertEquals(
        s.weeks(), gui.charts().previousPoints(), "the first run stays on the charts, faded");
    String rate =
        String.format(
            Locale.ROOT,
            "live charts: %d weeks with %d firms: first run %.2f s = %.0f weeks/s;"
                + " re-run %.2f s = %.0f weeks/s",
            s.weeks(),
            (int) s.parameters().get("firms.count"),
            seconds,
            s.weeks() / seconds,
            warm,
            s.weeks() / warm);
    System.out.println(rate);
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    Files.writeString(shots.resolve("throughput.txt"), rate + "\n");
    Thread.sleep(500);
    int threat = 0;
    for (int i = 0; i < gui.transcript().model().size(); i++) {
      if (gui.transcript().model().get(i).text().contains("$200B")) {
        threat = i;
        break;
      }
    }
    int at = threat;
    SwingUtilities.invokeAndWait(() -> gui.transcript().select(at));
    Thread.sleep(700);
    BufferedImage screen = new Robot().createScreenCapture(new Rectangle(0, 0, 1920, 1000));
    ImageIO.write(screen, "png", shots.resolve("classroom.png").toFile());
    SwingUtilities.invokeAndWait(
        () -> {
          javax.swing.JTabbedPane tabs = console[0].getTabPane();
          for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals("Model")) {
              tabs.setSelectedIndex(i);
            }
          }
          console[0].getModelInspector().updateInspector();
        });
    Thread.sleep(500);
    ImageIO.write(
        new Robot().createScreenCapture(new Rectangle(0, 0, 420, 560)),
        "png",
        shots.resolve("console-model.png").toFile());
    SwingUtilities.invokeAndWait(
        () -> {
          console[0].pressStop();
          gui.window().frame().dispose();
          console[0].dispose();
        });
  }

  private static void waitFor(BooleanSupplier done, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertTrue(done.getAsBoolean(), "timed out");
  }
}
