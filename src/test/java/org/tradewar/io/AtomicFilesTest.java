package org.tradewar.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, and failures say what went wrong in words. */
class AtomicFilesTest {
  @TempDir Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesCreatesParentsAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
    Path f = tmp.resolve("a/b/summary.json");
    AtomicFiles.writeString(f, "first ü\n");
    assertEquals("first ü\n", Files.readString(f, StandardCharsets.UTF_8));
    AtomicFiles.writeString(f, "second\n");
    assertEquals("second\n", Files.readString(f));
    assertEquals(
        List.of("summary.json"), names(f.getParent()), "the temporary file was renamed, not left");
    AtomicFiles.write(f, new byte[] {1, 2, 3});
    assertEquals(3, Files.size(f));
  }

  @Test
  void publishedFilesAreReadableByAll() throws IOException {
    Path f = tmp.resolve("report.html");
    AtomicFiles.writeString(f, "x");
    assertEquals(
        "rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
        "temporary files are private; what is published is not");
  }

  /** A failed replacement keeps the old content (here: a folder stands where the file goes). */
  @Test
  void aFailedWriteLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("runs.csv"));
    Files.writeString(target.resolve("keep.txt"), "old");
    BadInputException e =
        assertThrows(BadInputException.class, () -> AtomicFiles.writeString(target, "new"));
    assertTrue(e.getMessage().startsWith("cannot write " + target + ": "), e.getMessage());
    assertEquals("old", Files.readString(target.resolve("keep.txt")));
    assertEquals(List.of("runs.csv"), names(tmp), "the temporary file is deleted on failure");
  }

  @Test
  void aFileWhereAFolderMustBeIsNamedInTheMessage() throws IOException {
    Path file = Files.writeString(tmp.resolve("results"), "not a folder");
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> AtomicFiles.writeString(file.resolve("run/summary.json"), "{}"));
    assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void ioFailuresAreDescribedInWords() throws IOException {
    assertEquals("permission denied", AtomicFiles.describe(new AccessDeniedException("/x")));
    assertEquals("no such file or folder", AtomicFiles.describe(new NoSuchFileException("/x")));
    assertEquals("disk full", AtomicFiles.describe(new IOException("disk full")));
    assertEquals("IOException", AtomicFiles.describe(new IOException()));
    Path json = Files.writeString(tmp.resolve("m.json"), "{\n  \"a\": 1,\n  oops\n}");
    IOException bad =
        assertThrows(IOException.class, () -> new ObjectMapper().readTree(json.toFile()));
    String said = AtomicFiles.describe(bad);
    assertTrue(said.startsWith("not valid JSON (line 3): "), said);
    assertTrue(!said.contains("Source"), "no Jackson internals: " + said);
  }

  @Test
  void bytesThatAreNotUtf8AreLocatedByLine() throws IOException {
    Path f = tmp.resolve("scenario.yaml");
    byte[] head = "title: x\nweeks: 10\nnote: caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE9; // Latin-1 e acute
    bytes[head.length + 1] = '\n';
    Files.write(f, bytes);
    IOException e =
        assertThrows(IOException.class, () -> Files.readString(f, StandardCharsets.UTF_8));
    assertEquals(
        "not a text file (bytes that are not UTF-8 at line 3)", AtomicFiles.describe(e, f));
    assertEquals(
        0, TextFiles.lineOfFirstBadByte(Files.writeString(tmp.resolve("ok.txt"), "ü\nfine\n")));
  }

  @Test
  void deleteQuietlyRemovesTreesAndIgnoresWhatIsGone() throws IOException {
    Path d = tmp.resolve("tree");
    Files.createDirectories(d.resolve("a/b"));
    Files.writeString(d.resolve("a/b/c.txt"), "x");
    AtomicFiles.deleteQuietly(d);
    assertTrue(Files.notExists(d));
    AtomicFiles.deleteQuietly(d);
    AtomicFiles.deleteQuietly(null);
  }
}
