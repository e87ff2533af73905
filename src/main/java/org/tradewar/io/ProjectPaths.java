package org.tradewar.io;

import java.nio.file.Path;

/**
 * Paths as files written for others give them: from the working folder (the project) when inside
 * it.
 */
public final class ProjectPaths {
  private ProjectPaths() {}

  /** {@code p} relative to the working folder when it lies inside it, else absolute. */
  public static String relative(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
  }
}
