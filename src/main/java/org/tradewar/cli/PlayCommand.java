package org.tradewar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradewar.io.BadInputException;
import org.tradewar.play.Comparison;
import org.tradewar.play.PlaySession;
import org.tradewar.play.TextSeat;
import org.tradewar.run.RunFolderWriter;
import org.tradewar.run.ScenarioRuns;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewar play --as US|CN}: a student takes the lead negotiator's seat, on standard input
 * (or a script file with {@code --input}); writes the run folder with the agents' play beside it.
 */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    header = "Take one side's seat at the table; the agents play everything else.",
    description = {
      "At every meeting you see the other side's offer, what it is worth to each side, your pain"
          + " and the deadline, and answer: accept, counter ITEM=VALUE..., walk. Between meetings"
          + " you choose a move the ladder allows (threaten, impose, raise, cut) or hold. At the"
          + " end your outcome is set beside the agents' own play of your seat on the same seed."
          + " The run folder holds your run (the same files as 'run'), comparison.md, and the"
          + " agents' run in agents/."
    })
public final class PlayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "Scenario file. Default: ${DEFAULT-VALUE}.",
      defaultValue = "scenarios/historical.yaml")
  Path scenario;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "US|CN",
      description = "The side whose seat you take.")
  String side;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (overrides the scenario's).")
  Long seed;

  @Option(
      names = "--weeks",
      paramLabel = "N",
      description = "Horizon in weeks (overrides the scenario's).")
  Integer weeks;

  @Option(
      names = "--firms",
      paramLabel = "N",
      description = "Importing firms in all (default 10000).")
  Integer firms;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Read your answers from FILE instead of standard input.")
  Path input;

  @Option(names = "--gui", description = "Play in a window (needs a display).")
  boolean gui;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The run folder to create (default: a new folder under results/).")
  Path out;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      defaultValue = "results",
      description = "Folder under which run folders are created (default: ${DEFAULT-VALUE}).")
  Path results;

  @Override
  public Integer call() throws IOException {
    RunCommand.checkOutput(out, results);
    Country c;
    try {
      c = Comparison.side(side);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--as '" + side + "': choose US or CN");
    }
    if (seed != null && seed < 0) {
      throw new BadInputException(
          "--seed " + seed + " is out of range: allowed is a whole number from 0 up");
    }
    Scenario loaded = ScenarioLoader.load(scenario);
    Scenario s =
        (firms == null
                ? loaded
                : loaded.withOverrides(java.util.Map.of("firms.count", String.valueOf(firms))))
            .with(seed, weeks, 1);
    if (gui) {
      return GuiLauncher.play(s, c);
    }
    if (input != null && !Files.isRegularFile(input)) {
      throw new BadInputException(input + ": no such file (--input)");
    }
    var o = spec.commandLine().getOut();
    o.println(
        "You are the lead negotiator of "
            + c.named()
            + " in '"
            + s.name()
            + "' (seed "
            + s.seed()
            + ", "
            + s.weeks()
            + " weeks). Type 'agents' to let the agents finish for you.");
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    PlaySession.Played played;
    try (BufferedReader in =
        input != null
            ? Files.newBufferedReader(input, StandardCharsets.UTF_8)
            : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      played =
          PlaySession.play(
              s,
              c,
              m -> {
                TextSeat seat = new TextSeat(in, o);
                seat.attach(m);
                return seat;
              });
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    List<ScenarioRuns.Finisher> finishers = new ArrayList<>(Finishers.standard());
    finishers.add(
        (tables, sc) -> {
          Path dir = tables.folder();
          Files.write(dir.resolve("comparison.md"), comparisonFile(played), StandardCharsets.UTF_8);
          Path agents = Files.createDirectories(dir.resolve("agents"));
          RunFolderWriter.write(agents, sc, List.of(played.agents()));
        });
    ScenarioRuns.Written w =
        ScenarioRuns.write(
            s,
            List.of(played.student()),
            out,
            results,
            CommandLines.typed(spec),
            finishers,
            started,
            wall);
    o.println();
    o.println("Results: " + w.folder());
    Comparison.summary(played).forEach(o::println);
    o.flush();
    return 0;
  }

  private static List<String> comparisonFile(PlaySession.Played p) {
    List<String> lines = new ArrayList<>();
    lines.add("# Your play beside the agents'");
    lines.add("");
    lines.add(
        "Same scenario, same seed; only "
            + p.side().named()
            + "'s seat differs. Your transcript is"
            + " transcript.md; the agents' is agents/transcript.md.");
    lines.add("");
    lines.addAll(Comparison.markdown(p));
    return lines;
  }
}
