package org.tradewar.output;

import java.util.Objects;

/** One-line argument checks for the public methods of the output, chart and report packages. */
public final class Check {
  private Check() {}

  /** Returns {@code value}, or throws with {@code name} when it is null. */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Throws an {@link IllegalArgumentException} saying {@code message} unless {@code condition}. */
  public static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
