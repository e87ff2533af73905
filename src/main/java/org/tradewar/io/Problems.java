package org.tradewar.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the problems of one input file so that a user sees all of them in one pass, not one per
 * attempt. Each independent part of the file is checked inside {@link #check}; a part that fails
 * records its message and yields a stand-in value, so the parts after it are still checked.
 */
public final class Problems {
  private static final Pattern LINE = Pattern.compile(" line (\\d{1,9})\\b");
  private final List<String> messages = new ArrayList<>();

  /** The value of {@code part}, or {@code fallback} (its problem recorded) when it is bad input. */
  public <T> T check(Supplier<T> part, T fallback) {
    try {
      return part.get();
    } catch (BadInputException e) {
      add(e);
      return fallback;
    }
  }

  /** Runs {@code part}, recording its problem if it is bad input. */
  public void check(Runnable part) {
    check(
        () -> {
          part.run();
          return null;
        },
        null);
  }

  /** Records {@code e} (each line of its message once). */
  public void add(BadInputException e) {
    for (String line : e.getMessage().split("\n")) {
      if (!messages.contains(line)) {
        messages.add(line);
      }
    }
  }

  public boolean any() {
    return !messages.isEmpty();
  }

  /**
   * Throws every recorded problem, one per line in the order of the file's lines, if there is any.
   */
  public void throwIfAny() {
    if (any()) {
      List<String> sorted = new ArrayList<>(messages);
      sorted.sort(Comparator.comparingInt(Problems::lineOf)); // stable: same line keeps its order
      throw new BadInputException(String.join("\n", sorted));
    }
  }

  /** The line a message names ("file line 12, key ..."), or 0 for a problem of the whole file. */
  private static int lineOf(String message) {
    Matcher m = LINE.matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
