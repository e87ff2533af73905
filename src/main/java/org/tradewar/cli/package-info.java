/**
 * The command line (picocli): one top-level command, one thin class per subcommand that parses
 * options, builds a request and calls the library. Exit codes: 0 success, 1 internal error or
 * failed work, 2 bad input ({@link org.tradewar.io.BadInputException}, printed as is).
 *
 * <p>Start with {@link org.tradewar.cli.Main} (the entry point and the error handling of every
 * command) and {@link org.tradewar.cli.TradewarCommand} (the list of subcommands); then a
 * subcommand, {@link org.tradewar.cli.RunCommand} being the model of the others, with {@link
 * org.tradewar.cli.ScenarioRunner} and {@link org.tradewar.cli.Finishers} for what a run writes.
 * Manifests record the command through {@code CommandLines}.
 */
package org.tradewar.cli;
