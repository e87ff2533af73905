package org.tradewar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code tradewar} command; the work is in its subcommands. */
@Command(
    name = "tradewar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Agent-based simulator of US-China trade-war negotiation, calibrated from news articles.",
      ""
    },
    subcommands = {
      CalibrateCommand.class,
      RunCommand.class,
      ChartCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      FitCommand.class,
      PatternsCommand.class,
      ValidateCommand.class,
      ParamsCommand.class,
      BenchCommand.class,
      GuiCommand.class,
      PlayCommand.class,
    },
    footer = {"", "Run 'tradewar COMMAND --help' for the options of a command."})
public final class TradewarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
