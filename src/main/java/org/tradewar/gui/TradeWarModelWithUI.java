package org.tradewar.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.play.Comparison;
import org.tradewar.play.PlaySession;
import org.tradewar.run.RunFolderWriter;
import org.tradewar.run.RunResult;
import org.tradewar.run.ScenarioRuns;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The model with its user interface, the MASON way ({@code HeatBugsWithUI}): the MASON Console
 * plays, pauses and steps the weeks and holds the seed; this class builds a fresh {@link
 * TradeWarModel} from the chosen scenario and the lesson's parameters at every start, and after
 * every week hands the week's numbers and transcript lines to the charts and the transcript pane on
 * the Swing thread.
 */
public final class TradeWarModelWithUI extends GUIState {
  private Scenario scenario;
  private LessonControls controls;
  private final LiveCharts charts = new LiveCharts();
  private final TranscriptPane transcript = new TranscriptPane();
  private final CountDownLatch closed = new CountDownLatch(1);
  private ClassroomWindow window;
  private Scenario running; // the scenario of the run on the charts, with the lesson's changes
  private List<String> runOfficials = List.of(); // what the lesson changed for this run
  private int seen; // transcript lines already handed to the pane
  private Country seatSide; // the side a student plays, or null
  private GuiSeat seat;
  private PlaySession.Played played; // the student's run beside the agents', at the end
  private int weeksDone;
  private Instant started;
  private long startNanos;
  private double wallSeconds;

  public TradeWarModelWithUI(Scenario scenario) {
    super(new TradeWarModel(Simulations.setupOf(scenario), scenario.seed()));
    choose(scenario);
  }

  public static String getName() {
    return "tradewar classroom";
  }

  /**
   * Opens the Console and the classroom window (needs a display); blocks until the window is
   * closed. With {@code seat}, a student plays that side in dialogs ({@code play --gui}).
   */
  public static void open(Scenario s, Country seat) {
    DisplayCheck.requireDisplay();
    TradeWarModelWithUI gui = new TradeWarModelWithUI(s);
    gui.playAs(seat);
    SwingUtilities.invokeLater(
        () -> {
          Console c = new Console(gui);
          c.setVisible(true);
        });
    try {
      gui.closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A new scenario: its own parameters in the controls (the Console's seed is kept). */
  void choose(Scenario s) {
    this.scenario = s;
    this.controls = new LessonControls(s);
    transcript.sources(e -> EventSources.near(s, e));
    if (controller instanceof Console c) {
      c.setWhenShouldEnd(s.weeks());
    }
    if (window != null) {
      window.showControls(controls);
    }
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    if (c instanceof Console console) {
      console.setWhenShouldEnd(scenario.weeks());
      console.setIncrementSeedOnStop(false); // the seed a teacher set is the seed of every re-run
      console.setRequiresConfirmationToStop(false);
    }
    if (c instanceof Console console) {
      console.getTabPane().setSelectedIndex(1); // the Console tab (play, seed), not About
    }
    drawTimer = new Timer(1000 / DRAWS_PER_SECOND, e -> draw());
    drawTimer.start();
    window = new ClassroomWindow(this);
    window.showControls(controls);
    c.registerFrame(window.frame());
    window.frame().setVisible(true);
  }

  @Override
  public void start() {
    long seed = state.seed();
    running = controls.scenario().with(seed, null, 1);
    runOfficials = new ArrayList<>(controls.parameterChanges());
    runOfficials.addAll(controls.officialChanges());
    state = new TradeWarModel(controls.setup(running), seed);
    played = null;
    if (seatSide != null) {
      if (seat == null) {
        seat = new GuiSeat(window == null ? null : window.frame());
      }
      seat.attach((TradeWarModel) state);
      ((TradeWarModel) state).seat(seatSide, seat);
    }
    super.start();
    seen = 0;
    weeksDone = 0;
    started = Instant.now();
    startNanos = System.nanoTime();
    if (controller instanceof Console c) {
      c.setWhenShouldEnd(running.weeks());
    }
    pending.add(new NewRun(running.start(), running.end()));
    onSwing(
        () -> {
          if (window != null) {
            window.status(
                (seatSide == null ? "" : "You play " + seatSide.named() + ". ")
                    + "Running "
                    + running.name()
                    + ", seed "
                    + seed
                    + (runOfficials.isEmpty()
                        ? ""
                        : " (changed: " + String.join("; ", changes()) + ")"));
          }
        });
    scheduleRepeatingImmediatelyAfter(this::afterWeek);
  }

  private void afterWeek(SimState s) {
    TradeWarModel m = (TradeWarModel) s;
    int week = (int) m.schedule.getSteps() - 1;
    if (week < 0 || week >= m.setup().weeks()) {
      return;
    }
    WeekPoint p = WeekPoint.of(m, week, seen);
    seen += p.events().size();
    weeksDone = week + 1;
    wallSeconds = (System.nanoTime() - startNanos) / 1e9;
    pending.add(p);
    if (drawTimer == null) {
      onSwing(this::draw); // no window (tests): draw every week
    }
  }

  /**
   * Draws the weeks waiting in {@link #pending}, on the Swing thread. With a window a timer calls
   * it a few times a second, so drawing costs the same however fast the weeks run.
   */
  void draw() {
    boolean any = false;
    for (Object o; (o = pending.poll()) != null; ) {
      if (o instanceof NewRun n) {
        charts.newRun(n.start(), n.end());
        transcript.clear();
      } else {
        WeekPoint p = (WeekPoint) o;
        charts.add(p);
        transcript.add(p.events());
      }
      any = true;
    }
    if (any) {
      charts.changed();
      transcript.showLatest();
    }
  }

  /** In the queue of weeks: a new run starts here. */
  private record NewRun(LocalDate start, LocalDate end) {}

  private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
  private Timer drawTimer;

  /** Redraws per second with a window: smooth to the eye, cheap at any speed. */
  static final int DRAWS_PER_SECOND = 8;

  @Override
  public void finish() {
    super.finish();
    int done = weeksDone;
    if (seatSide != null && complete()) {
      // The agents' own play of the same seat, same setup and seed, to set beside the student's.
      TradeWarModel agents = TradeWarModel.run(((TradeWarModel) state).setup(), state.seed());
      played =
          new PlaySession.Played(
              seatSide, Simulations.resultOf(model()), Simulations.resultOf(agents));
      String table = html(Comparison.markdown(played));
      onSwing(
          () -> {
            JOptionPane.showMessageDialog(
                window == null ? null : window.frame(),
                new JLabel(table),
                "Your play beside the agents' (Save run keeps both transcripts)",
                JOptionPane.INFORMATION_MESSAGE);
          });
    }
    onSwing(
        () -> {
          draw();
          if (window != null && running != null) {
            window.status(
                done >= running.weeks()
                    ? "Finished "
                        + running.name()
                        + " ("
                        + model().outcome().replace('_', ' ')
                        + "). Save run writes it as a run folder; change a parameter and press play"
                        + " to compare (this run stays on the charts, faded)."
                    : "Stopped at week " + done + " of " + running.weeks() + ".");
          }
        });
  }

  /** The Console's Model tab: the week, the accord, stances and pain, live. */
  @Override
  public Object getSimulationInspectedObject() {
    return view;
  }

  @Override
  @SuppressWarnings("deprecation") // MASON 18 still asks it of the Console
  public boolean isInspectorVolatile() {
    return true; // refreshed as the weeks pass
  }

  private final ModelView view = new ModelView(this::model);

  /** A Markdown table as the HTML a Swing label draws. */
  static String html(List<String> markdown) {
    StringBuilder b = new StringBuilder("<html><table border=0 cellpadding=3>");
    boolean head = true;
    for (String line : markdown) {
      if (line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      b.append("<tr>");
      for (int i = 0; i < cells.length; i++) {
        String tag = head ? "th" : "td";
        b.append('<')
            .append(tag)
            .append(i > 0 ? " align=right" : " align=left")
            .append('>')
            .append(cells[i].strip().replace("&", "&amp;").replace("<", "&lt;"))
            .append("</")
            .append(tag)
            .append('>');
      }
      b.append("</tr>");
      head = false;
    }
    return b.append("</table></html>").toString();
  }

  /** The Console's About tab. */
  public static Object getInfo() {
    return "<html><h2>tradewar classroom</h2><p>An agent-based simulation of US-China trade-war"
        + " negotiation.</p><p>Press <b>play</b> on the Console tab to run the scenario week"
        + " by week, <b>pause</b> to look, the step button for one week. The seed is on the"
        + " Console tab. The parameters, charts and transcript are in the classroom"
        + " window.</p></html>";
  }

  @Override
  public void quit() {
    if (drawTimer != null) {
      drawTimer.stop();
    }
    super.quit();
    if (window != null) {
      window.frame().dispose();
    }
    closed.countDown();
  }

  private static void onSwing(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
    } else {
      SwingUtilities.invokeLater(r);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // For the window and tests

  TradeWarModel model() {
    return (TradeWarModel) state;
  }

  Scenario scenario() {
    return scenario;
  }

  LessonControls controls() {
    return controls;
  }

  LiveCharts charts() {
    return charts;
  }

  TranscriptPane transcript() {
    return transcript;
  }

  /** A student plays {@code side} in dialogs from the next start ({@code play --gui}). */
  void playAs(Country side) {
    this.seatSide = side;
  }

  ClassroomWindow window() {
    return window;
  }

  int weeksDone() {
    return weeksDone;
  }

  /** True when the run on the charts reached its last week (it can be saved). */
  boolean complete() {
    return running != null && weeksDone >= running.weeks();
  }

  /** What the lesson changed for the run on the charts, one phrase each. */
  List<String> changes() {
    return List.copyOf(runOfficials);
  }

  /**
   * Writes the finished run as an ordinary run folder under {@code parent} (the files 'tradewar
   * run' writes, plus classroom-changes.txt listing what the lesson changed); returns it.
   */
  Path save(Path parent, List<ScenarioRuns.Finisher> finishers) {
    if (!complete()) {
      throw new IllegalStateException("run the scenario to its last week first (press play)");
    }
    RunResult r = Simulations.resultOf(model());
    List<ScenarioRuns.Finisher> all = new ArrayList<>(finishers);
    if (!runOfficials.isEmpty()) {
      all.add(
          (tables, sc) ->
              Files.write(tables.folder().resolve("classroom-changes.txt"), runOfficials));
    }
    if (played != null) {
      PlaySession.Played p = played;
      all.add(
          (tables, sc) -> {
            Files.write(tables.folder().resolve("comparison.md"), Comparison.markdown(p));
            RunFolderWriter.write(
                Files.createDirectories(tables.folder().resolve("agents")),
                sc,
                List.of(p.agents()));
          });
    }
    return ScenarioRuns.write(
            running,
            List.of(r),
            null,
            parent,
            "tradewar gui " + scenario.file(),
            all,
            started,
            wallSeconds)
        .folder();
  }

  /** The transcript lines the pane shows, in order (tests). */
  List<TimelineEvent> transcriptLines() {
    List<TimelineEvent> out = new ArrayList<>();
    for (int i = 0; i < transcript.model().size(); i++) {
      out.add(transcript.model().get(i));
    }
    return out;
  }
}
