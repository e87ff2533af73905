package org.tradewar.io;

/**
 * One-line argument checks at the top of public constructors and methods, for every package. A
 * failed check is a programming mistake of the caller, always an {@link IllegalArgumentException}
 * (a null included, as JFreeChart's {@code Args} does), so that callers and tests see one type; a
 * problem with what a user gave us is a {@link BadInputException} instead.
 */
public final class Check {
  private Check() {}

  /** Returns {@code value}, or throws saying that {@code name} must not be null. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** Returns {@code value}, or throws saying that {@code name} must not be null or blank. */
  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Throws an {@link IllegalArgumentException} saying {@code message} unless {@code condition}. */
  public static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
