package org.tradewar.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.chart.RunCharts;
import org.tradewar.cli.Main;
import org.tradewar.io.BadInputException;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * The classroom GUIState without a display: it steps the model the way the Console does, the charts
 * receive one point a week, the transcript pane shows the model's transcript, the lesson's changes
 * reach the model, a re-run keeps the last run faded, a finished run saves as a run folder, and the
 * window is refused in one line.
 */
class TradeWarModelWithUITest {
  @TempDir Path dir;

  private static Scenario scenario(int weeks) {
    return ScenarioLoader.load(Path.of("scenarios/historical.yaml"))
        .withOverrides(Map.of("firms.count", "2000"))
        .with(null, weeks, 1);
  }

  private static void steps(TradeWarModelWithUI gui, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      gui.step();
    }
    SwingUtilities.invokeAndWait(() -> {}); // the charts are fed on the Swing thread
  }

  @Test
  void eachWeekFeedsTheChartsAndTheTranscript() throws Exception {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(60));
    SwingUtilities.invokeAndWait(() -> gui.transcript().showOffers(true));
    gui.start();
    steps(gui, 40);
    assertEquals(40, gui.charts().points("tariffs"));
    assertEquals(40, gui.charts().points("trade"));
    assertEquals(40, gui.charts().points("pain"));
    assertTrue(gui.charts().points("timeline") > 0, "the timeline has markers by week 40");
    List<String> model =
        gui.model().timeline().events().stream().map(TimelineEvent::toString).toList();
    List<String> pane = gui.transcriptLines().stream().map(TimelineEvent::toString).toList();
    assertEquals(model, pane);
    assertTrue(pane.size() > 5, pane.toString());
    ModelView view = (ModelView) gui.getSimulationInspectedObject();
    assertEquals(40, view.getWeek());
    assertEquals(gui.model().pain(org.tradewar.vocabulary.Country.CN), view.getPain_China(), 5e-4);
  }

  @Test
  void aReRunKeepsThePreviousRunFaded() throws Exception {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(60));
    gui.start();
    steps(gui, 30);
    gui.finish();
    gui.start();
    steps(gui, 5);
    assertEquals(30, gui.charts().previousPoints());
    assertEquals(5, gui.charts().points("tariffs"));
    long shown =
        gui.model().timeline().events().stream()
            .filter(e -> e.kind() != org.tradewar.vocabulary.EventKind.OFFER)
            .count();
    assertEquals(shown, gui.transcript().model().size(), "offers are hidden until asked for");
  }

  @Test
  void theLessonsChangesReachTheModelAtTheNextStart() throws Exception {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(20));
    NegotiatorProfile official =
        gui.scenario().roster().stream()
            .filter(NegotiatorProfile::atTable)
            .findFirst()
            .orElseThrow();
    gui.controls().set("economy.elasticity", 5.0);
    gui.controls().set("negotiators." + official.slug() + ".hawkishness", 0.05);
    gui.start();
    assertEquals(5.0, gui.model().setup().parameters().get("economy.elasticity"), 1e-12);
    NegotiatorProfile now =
        gui.model().setup().roster().stream()
            .filter(p -> p.slug().equals(official.slug()))
            .findFirst()
            .orElseThrow();
    assertEquals(0.05, now.hawkishness(), 1e-12);
    assertTrue(gui.changes().size() == 2, gui.changes().toString());
  }

  @Test
  void aControlCannotLeaveItsCatalogRange() {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(20));
    assertThrows(
        IllegalArgumentException.class, () -> gui.controls().set("economy.pass_through", 7.0));
  }

  @Test
  void aFinishedRunSavesAsAnOrdinaryRunFolder() throws Exception {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(20));
    gui.start();
    assertThrows(IllegalStateException.class, () -> gui.save(dir, List.of()));
    steps(gui, 20);
    gui.finish();
    Path folder = gui.save(dir, List.of((d, s) -> RunCharts.writeAll(d)));
    for (String f :
        List.of(
            "manifest.json",
            "timeseries.csv",
            "events.csv",
            "summary.json",
            "parameters.json",
            "transcript.md",
            "charts/timeline.png")) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
  }

  @Test
  void clickingAnEventShowsItsDetailsAndTheArticlesNearIt() throws Exception {
    TradeWarModelWithUI gui = new TradeWarModelWithUI(scenario(40));
    gui.start();
    steps(gui, 30);
    List<TimelineEvent> lines = gui.transcriptLines();
    int threat = -1;
    for (int i = 0; i < lines.size() && threat < 0; i++) {
      if (lines.get(i).kind() == org.tradewar.vocabulary.EventKind.THREAT) {
        threat = i;
      }
    }
    assertTrue(threat >= 0, "a threat by week 30");
    int at = threat;
    SwingUtilities.invokeAndWait(() -> gui.transcript().select(at));
    String details = gui.transcript().detailsText();
    assertTrue(
        details.contains(lines.get(threat).text()) && details.contains("By: United States"),
        details);
    assertTrue(
        details.contains("What the articles report near this date") && details.contains(".txt"),
        details);
  }

  @Test
  void theWindowIsRefusedWithoutADisplayInOneLine() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> TradeWarModelWithUI.open(scenario(20), null));
    assertEquals(DisplayCheck.NO_DISPLAY, e.getMessage());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"gui"}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(2, code);
    assertEquals("tradewar: " + DisplayCheck.NO_DISPLAY, err.toString().strip());
    code =
        Main.execute(
            new String[] {"play", "--as", "US", "--gui"},
            new PrintWriter(out),
            new PrintWriter(err = new StringWriter()));
    assertEquals(2, code);
    assertEquals("tradewar: " + DisplayCheck.NO_DISPLAY, err.toString().strip());
  }
}
