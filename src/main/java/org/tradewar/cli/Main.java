package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tradewar.io.BadInputException;
import picocli.CommandLine;

/** Entry point of the runnable jar: builds the command line, runs it, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line in process, as tests do: returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    try {
      return commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // Whatever was being written has been removed (AtomicFiles); say what to change, in one line.
      err.println(
          "tradewar: ran out of memory (the Java heap is at most "
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MB): run fewer replications or weeks, or give"
              + " Java more memory, e.g. TRADEWAR_JAVA_OPTS=-Xmx8g");
      err.flush();
      return OUT_OF_MEMORY;
    }
  }

  /** Exit code when the Java heap is exhausted. */
  public static final int OUT_OF_MEMORY = 3;

  /**
   * The configured command line, with our exception handling, writing to {@code out} and {@code
   * err}.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new TradewarCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // A mistyped option is bad input like any other: one line, exit 2, no page of usage.
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          String name = failed.getCommandSpec().qualifiedName();
          failed.getErr().println("tradewar: " + ex.getMessage() + " (see '" + name + " --help')");
          failed.getErr().flush();
          return BadInputException.EXIT_CODE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof BadInputException) {
            // One line per problem: a file can have several, all found in one pass.
            ex.getMessage().lines().forEach(line -> e.println("tradewar: " + line));
            e.flush();
            return BadInputException.EXIT_CODE;
          }
          // A bug, not bad input: say so in one line; the trace only on request.
          e.println(
              "tradewar: internal error: "
                  + ex
                  + " (set TRADEWAR_DEBUG=1 for the stack trace, and please report it)");
          if (System.getenv("TRADEWAR_DEBUG") != null) {
            ex.printStackTrace(e);
          }
          e.flush();
          return 1;
        });
    return cli;
  }
}
