package org.tradewar.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden folders {@link AtomicFiles#writeFolder} fills before renaming them: each holds an
 * owner file with the id of the process writing it. A process deletes its own on SIGTERM or SIGINT
 * (a shutdown hook); one whose owner no longer runs (killed with SIGKILL, or the machine went down)
 * is deleted by the next writer in the same parent folder.
 */
final class StaleFolders {
  /** Part of every such folder's name: {@code .<target>.tmp-<random>}. */
  static final String MARK = ".tmp-";

  private static final String OWNER = ".owner-pid";
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> OPEN.forEach(AtomicFiles::deleteQuietlyIgnoringErrors),
                "tradewar-temp-cleanup"));
  }

  private StaleFolders() {}

  /** Marks {@code folder} as being written by this process, and deleted if it is stopped. */
  static void claim(Path folder) throws IOException {
    OPEN.add(folder);
    Files.writeString(
        folder.resolve(OWNER),
        Long.toString(ProcessHandle.current().pid()),
        StandardCharsets.UTF_8);
  }

  /** The folder is complete: its owner file goes, and it is no longer deleted at exit. */
  static void release(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve(OWNER));
    OPEN.remove(folder);
  }

  /** Deletes a folder that could not be completed. */
  static void discard(Path folder) {
    if (folder != null) {
      AtomicFiles.deleteQuietlyIgnoringErrors(folder);
      OPEN.remove(folder);
    }
  }

  /** Deletes the hidden folders in {@code parent} whose writing process no longer runs. */
  static void removeAbandoned(Path parent) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*" + MARK + "*")) {
      for (Path p : entries) {
        if (Files.isDirectory(p)
            && owner(p)
                .map(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true))
                .orElse(false)) {
          AtomicFiles.deleteQuietlyIgnoringErrors(p);
        }
      }
    } catch (IOException e) {
      // cannot list the parent: the write itself will fail with a clear message if it matters
    }
  }

  /**
   * The owner's process id; empty when the folder has no owner file (not ours, or just created).
   */
  private static Optional<Long> owner(Path folder) {
    try {
      return Optional.of(
          Long.parseLong(Files.readString(folder.resolve(OWNER), StandardCharsets.UTF_8).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
