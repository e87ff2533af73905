package org.tradewar.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a path given for output before anything is written, so that every command says the same
 * thing about the same mistake, naming the option, the path and what was expected: an empty path, a
 * folder asked for where a file stands, or a file standing where a parent folder must be. The JDK
 * would report only a path ("cannot write a/b/c: a/b").
 */
public final class OutputPaths {
  private OutputPaths() {}

  /** A folder to create or to write into ({@code --out}, {@code --results}); returns it. */
  public static Path folder(String option, Path path) {
    requireGiven(option, path, "folder");
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new BadInputException(option + " " + path + ": is a file, not a folder");
    }
    requireFolderAbove(option, path);
    return path;
  }

  /** A file to write ({@code calibrate --out}); returns it. */
  public static Path file(String option, Path path) {
    requireGiven(option, path, "file");
    if (Files.isDirectory(path)) {
      throw new BadInputException(option + " " + path + ": is a folder, not a file");
    }
    requireFolderAbove(option, path);
    return path;
  }

  private static void requireGiven(String option, Path path, String what) {
    if (path == null || path.toString().isBlank()) {
      throw new BadInputException(option + ": an empty path; give a " + what);
    }
  }

  /** The nearest existing ancestor must be a folder: everything below it is created. */
  private static void requireFolderAbove(String option, Path path) {
    for (Path a = path.getParent(); a != null; a = a.getParent()) {
      if (Files.exists(a)) {
        if (!Files.isDirectory(a)) {
          throw new BadInputException(option + " " + path + ": " + a + " is a file, not a folder");
        }
        return;
      }
    }
  }
}
