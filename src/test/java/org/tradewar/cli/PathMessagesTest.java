package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;

/**
 * A path that cannot be used says what the path is and what was expected, the same way in every
 * command (issue 12, case 10), with exit code 2 and nothing written.
 */
class PathMessagesTest {
  @TempDir Path tmp;

  private Path afile;

  @BeforeEach
  void aFileWhereAFolderShouldBe() throws IOException {
    afile = Files.writeString(tmp.resolve("afile"), "not a folder");
  }

  private static RunCommandTest.Result tradewar(String... args) {
    return RunCommandTest.tradewar(args);
  }

  /** The files under the test's folder, to show that nothing was added. */
  private List<Path> everything() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      return s.sorted().toList();
    }
  }

  private void refused(RunCommandTest.Result r, String message, List<Path> before)
      throws IOException {
    assertEquals(2, r.code(), r.err());
    assertEquals("tradewar: " + message, r.err().strip());
    assertEquals(before, everything(), "nothing is left behind");
  }

  @Test
  void runOutUnderAFileSaysWhichPartIsAFile() throws IOException {
    List<Path> before = everything();
    Path out = afile.resolve("sub");
    refused(
        tradewar("run", RunCommandTest.FIXTURE, "--weeks", "5", "--out", out.toString()),
        "--out " + out + ": " + afile + " is a file, not a folder",
        before);
  }

  @Test
  void runResultsThatIsAFileSaysSo() throws IOException {
    List<Path> before = everything();
    refused(
        tradewar("run", RunCommandTest.FIXTURE, "--weeks", "5", "--results", afile.toString()),
        "--results " + afile + ": is a file, not a folder",
        before);
  }

  @Test
  void sweepOutThatIsAFileSaysSo() throws IOException {
    List<Path> before = everything();
    refused(
        tradewar(
            "sweep", "scenarios/sweeps/ishigami-check.yaml", "--quiet", "--out", afile.toString()),
        "--out " + afile + ": is a file, not a folder",
        before);
  }

  @Test
  void chartsThatIsAFileSaysSo() throws IOException {
    Path run = RunFolderFixture.deal().replications(1).weeks(20).write(tmp.resolve("run"));
    Path charts = run.resolve("charts");
    AtomicFolders.replaceWithFile(charts);
    List<Path> before = everything();
    RunCommandTest.Result r = tradewar("chart", run.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().strip().endsWith(": " + charts + " is a file, not a folder"), r.err());
    assertEquals(before, everything(), "nothing is left behind");
  }

  @Test
  void aBinaryTableIsNotATextFileAndTheLineIsNamed() throws IOException {
    Path run = RunFolderFixture.deal().replications(1).weeks(20).write(tmp.resolve("run"));
    Path ts = run.resolve("timeseries.csv");
    byte[] head =
        "run,week,date,country,partner,sector,variable,value\n1,0,2018-01-01,US,,ALL,pain_index,1\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xff; // never valid in UTF-8
    bytes[head.length + 1] = (byte) 0xfe;
    bytes[head.length + 2] = 0;
    Files.write(ts, bytes);
    List<Path> before = everything();
    refused(
        tradewar("chart", run.toString()),
        ts + ": not a text file (bytes that are not UTF-8 at line 3)",
        before);
  }

  @Test
  void anEmptyOutIsAnEmptyPath() throws IOException {
    List<Path> before = everything();
    refused(
        tradewar("run", RunCommandTest.FIXTURE, "--weeks", "5", "--out", ""),
        "--out: an empty path; give a folder",
        before);
    refused(
        tradewar("compare", RunCommandTest.FIXTURE, RunCommandTest.FIXTURE, "--out", ""),
        "--out: an empty path; give a folder",
        before);
    refused(tradewar("calibrate", "--out", ""), "--out: an empty path; give a file", before);
  }

  /** Puts a file where the charts folder goes. */
  private static final class AtomicFolders {
    static void replaceWithFile(Path folder) throws IOException {
      org.tradewar.io.AtomicFiles.deleteQuietly(folder);
      Files.writeString(folder, "in the way");
    }
  }
}
