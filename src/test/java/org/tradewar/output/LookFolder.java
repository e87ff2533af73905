package org.tradewar.output;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Where tests write samples for people to look at: only when asked, with {@code -Dtradewar.look} (a
 * folder, or empty for {@code target/look}), so that an ordinary build writes nothing outside the
 * JUnit temporary folders and parallel builds do not share one folder.
 */
public final class LookFolder {
  /** The system property that turns the samples on. */
  public static final String PROPERTY = "tradewar.look";

  private LookFolder() {}

  /**
   * {@code name} inside the look folder; skips the calling test when no look folder is asked for.
   */
  public static Path resolve(String name) {
    String dir = System.getProperty(PROPERTY);
    assumeTrue(dir != null, "samples to look at are written only with -D" + PROPERTY + "[=folder]");
    return (dir.isBlank() ? Path.of("target", "look") : Path.of(dir)).resolve(name);
  }
}
