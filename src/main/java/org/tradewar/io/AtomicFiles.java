package org.tradewar.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file beside
 * the target, which is then renamed over it. A crash leaves the old file (or none), never a partial
 * one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
  public static void writeString(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code target}, atomically. */
  public static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = null;
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      readableByAll(tmp, false);
      moveReplacing(tmp, absolute);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new BadInputException("cannot write " + target + ": " + describe(e));
    }
  }

  /** Fills a folder; may fail with an I/O error. */
  @FunctionalInterface
  public interface FolderFiller {
    void fill(Path folder) throws IOException;
  }

  /**
   * Creates the folder {@code target} whole or not at all: {@code filler} writes into a hidden
   * temporary folder beside it, which is renamed to {@code target} only when filling succeeded. On
   * any failure, an {@link Error} such as running out of memory included, and on SIGTERM or SIGINT,
   * the temporary folder is deleted; one left by a process that was killed outright (SIGKILL) is
   * deleted by the next folder written beside it.
   */
  public static void writeFolder(Path target, FolderFiller filler) {
    Path tmp = null;
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      StaleFolders.removeAbandoned(parent);
      tmp = Files.createTempDirectory(parent, "." + target.getFileName() + StaleFolders.MARK);
      StaleFolders.claim(tmp);
      readableByAll(tmp, true);
      filler.fill(tmp);
      StaleFolders.release(tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      StaleFolders.discard(tmp);
      throw new BadInputException("cannot write " + target + ": " + describe(e));
    } catch (RuntimeException | Error e) {
      StaleFolders.discard(tmp);
      throw e;
    }
  }

  /** Renames {@code from} to {@code to}, atomically where the file system allows it. */
  public static void moveReplacing(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Temporary files and folders are created private (600/700); what we publish should have the
   * usual modes (644/755), where the file system has POSIX permissions.
   */
  public static void readableByAll(Path p, boolean folder) throws IOException {
    try {
      Files.setPosixFilePermissions(
          p,
          java.nio.file.attribute.PosixFilePermissions.fromString(
              folder ? "rwxr-xr-x" : "rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
  }

  /** Deletes a file or a folder tree, ignoring what is already gone. */
  public static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try {
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #deleteQuietly}, for cleanup paths that must not throw (another failure is under
   * way).
   */
  static void deleteQuietlyIgnoringErrors(Path path) {
    try {
      deleteQuietly(path);
    } catch (UncheckedIOException e) {
      // what is left is removed by the next writer in this folder (StaleFolders)
    }
  }

  /**
   * As {@link #describe(IOException)} for a failure reading {@code file}; bytes that are not UTF-8
   * are located by their line, found by decoding the file again up to them.
   */
  public static String describe(IOException e, Path file) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      long line = TextFiles.lineOfFirstBadByte(file);
      return "not a text file (bytes that are not UTF-8"
          + (line > 0 ? " at line " + line : "")
          + ")";
    }
    return describe(e);
  }

  /** A short, human description of an I/O failure (the JDK's messages are often just a path). */
  public static String describe(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      // Jackson's message runs on with its own internals ("[Source: REDACTED ...]"): keep what a
      // person needs.
      String what = String.valueOf(j.getOriginalMessage()).lines().findFirst().orElse("");
      return "not valid JSON"
          + (j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr() + ")")
          + ": "
          + what;
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not a text file (bytes that are not UTF-8)";
    }
    if (e instanceof java.nio.file.FileSystemException f
        && f.getFile() != null
        && Files.isRegularFile(Path.of(f.getFile()))
        && (e instanceof java.nio.file.FileAlreadyExistsException
            || e instanceof java.nio.file.NotDirectoryException)) {
      return f.getFile()
          + " is a file, not a folder"; // the JDK names the file in the way and nothing else
    }
    if (e instanceof java.nio.file.FileSystemException f
        && f.getFile() != null
        && "Not a directory".equals(f.getReason())) {
      // deeper down, the JDK names the path it could not create, not the file standing in its way
      for (Path a = Path.of(f.getFile()).getParent(); a != null; a = a.getParent()) {
        if (Files.isRegularFile(a)) {
          return a + " is a file, not a folder";
        }
      }
    }
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file or folder";
      case "FileSystemException" -> e.getMessage() == null ? "file system error" : e.getMessage();
      case "NotDirectoryException" -> "a parent is not a folder";
      default -> e.getMessage() == null ? kind : e.getMessage();
    };
  }
}
