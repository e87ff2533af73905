package org.tradewar.io;

/**
 * A problem with something the user gave us (a file, a flag, a value). The message is complete and
 * meant for people: it names the file, the line or field, what was wrong and what is allowed. The
 * command line prints it on one line and exits with {@link #EXIT_CODE}, never with a stack trace.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for bad input, shared by every command. */
  public static final int EXIT_CODE = 2;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
