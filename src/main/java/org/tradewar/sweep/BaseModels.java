package org.tradewar.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tradewar.io.BadInputException;

/**
 * Finds the model a sweep file's {@code base} names: a scenario file, or a built-in test function.
 */
public final class BaseModels {
  private BaseModels() {}

  /**
   * Resolves {@code base} as written in {@code sweepFile}: {@code builtin:ishigami}, or a scenario
   * path, relative to the sweep file's folder first and to the working folder second.
   *
   * @throws BadInputException when nothing is found (the caller adds the line)
   */
  public static BaseModel resolve(Path sweepFile, String base) {
    if (base.startsWith("builtin:")) {
      if (base.equals(Ishigami.NAME)) {
        return new Ishigami();
      }
      throw new BadInputException(
          "unknown built-in model '" + base + "'; built-in: " + Ishigami.NAME);
    }
    Path dir = sweepFile.toAbsolutePath().getParent();
    Path candidate = dir == null ? Path.of(base) : dir.resolve(base).normalize();
    if (!Files.isRegularFile(candidate)) {
      candidate = Path.of(base);
    }
    if (!Files.isRegularFile(candidate)) {
      throw new BadInputException(
          "no scenario file '"
              + base
              + "' (looked beside the sweep file and in "
              + "the working folder)");
    }
    return scenario(base, candidate);
  }

  private static BaseModel scenario(String label, Path file) {
    return ScenarioModel.load(label, file);
  }
}
