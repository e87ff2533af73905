package org.tradewar.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder is written whole or not at all, whatever stops the writing. */
class AtomicFolderTest {
  @TempDir Path tmp;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void runningOutOfMemoryLeavesNothingBehind() throws IOException {
    Path target = tmp.resolve("run");
    assertThrows(
        OutOfMemoryError.class,
        () ->
            AtomicFiles.writeFolder(
                target,
                dir -> {
                  Files.writeString(dir.resolve("timeseries.csv"), "run,week\n1,0\n");
                  throw new OutOfMemoryError("Java heap space");
                }));
    assertEquals(List.of(), names(), "no hidden temporary folder is left");
  }

  @Test
  void aCompleteFolderHoldsOnlyWhatWasWritten() throws IOException {
    Path target = tmp.resolve("run");
    AtomicFiles.writeFolder(target, dir -> Files.writeString(dir.resolve("a.csv"), "x\n"));
    try (Stream<Path> s = Files.list(target)) {
      assertEquals(
          List.of("a.csv"), s.map(p -> p.getFileName().toString()).toList(), "no owner file");
    }
  }

  @Test
  void aFolderLeftByAKilledProcessIsRemovedByTheNextWriter() throws Exception {
    Path stale = Files.createDirectory(tmp.resolve(".old-run" + StaleFolders.MARK + "123"));
    Files.writeString(stale.resolve("timeseries.csv"), "half a file");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(stale.resolve(".owner-pid"), Long.toString(gone.pid()));
    Path alive = Files.createDirectory(tmp.resolve(".busy" + StaleFolders.MARK + "456"));
    Files.writeString(alive.resolve(".owner-pid"), Long.toString(ProcessHandle.current().pid()));
    Path foreign = Files.createDirectory(tmp.resolve(".someone-else" + StaleFolders.MARK + "789"));

    AtomicFiles.writeFolder(
        tmp.resolve("new-run"), dir -> Files.writeString(dir.resolve("a.csv"), "x\n"));
    assertFalse(Files.exists(stale), "its writer no longer runs");
    assertTrue(Files.exists(alive), "its writer still runs");
    assertTrue(Files.exists(foreign), "not one of ours: no owner file");
    assertTrue(Files.isDirectory(tmp.resolve("new-run")));
  }
}
