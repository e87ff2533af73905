package org.tradewar.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as the user typed it, for manifests. */
final class CommandLines {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private CommandLines() {}

  /**
   * {@code tradewar} and the arguments of the whole invocation. picocli's original arguments
   * already start with the subcommand's name, so it is not added again (that gave {@code tradewar
   * sweep sweep}).
   */
  static String typed(CommandSpec spec) {
    return of(spec.commandLine().getParseResult().originalArgs());
  }

  /** {@code tradewar} and {@code args}, each quoted for a POSIX shell where it needs it. */
  static String of(List<String> args) {
    return args.stream()
        .map(CommandLines::quote)
        .collect(Collectors.joining(" ", "tradewar ", ""))
        .strip();
  }

  private static String quote(String arg) {
    return PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
