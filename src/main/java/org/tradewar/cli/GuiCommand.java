package org.tradewar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradewar.gui.DisplayCheck;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tradewar gui}: the model in a window, the MASON way (Console, live charts, transcript).
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    header =
        "Opens the classroom window: the MASON Console, parameters, live charts and the"
            + " transcript.",
    description = {
      "Choose a shipped scenario or open a file, set the seed, play, pause or step week by week;"
          + " change the parameters a lesson needs; watch tariffs, trade, pain and the escalation"
          + " timeline as weeks pass; read the transcript; save the run as a run folder and open"
          + " its report. Needs a display."
    })
public final class GuiCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "Scenario file to open first. Default: ${DEFAULT-VALUE}.",
      defaultValue = "scenarios/historical.yaml")
  Path scenario;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (overrides the scenario's).")
  Long seed;

  @Override
  public Integer call() {
    DisplayCheck.requireDisplay();
    Scenario s = ScenarioLoader.load(scenario).with(seed, null, 1);
    return GuiLauncher.open(s, null);
  }
}
