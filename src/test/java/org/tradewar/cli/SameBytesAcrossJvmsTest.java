package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of a run, charts and report included, is the same bytes in another JVM with another
 * locale, time zone, default charset and number of processors: only the manifest's clock and
 * command-line fields may differ.
 */
class SameBytesAcrossJvmsTest {
  @TempDir Path tmp;

  /**
   * Runs in a child JVM into the same results folder each time (the command line is in the files),
   * then moves it.
   */
  private Path runInChildJvm(String name, List<String> jvmFlags) throws Exception {
    Path results = tmp.resolve("results");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
    cmd.addAll(jvmFlags);
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.tradewar.cli.Main",
            "run",
            "-q",
            "scenarios/tariffs-only.yaml",
            "--weeks",
            "60",
            "--replications",
            "3",
            "--set",
            "firms.count=2000",
            "--results",
            results.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    Path run;
    try (Stream<Path> s = Files.list(results)) {
      run = s.findFirst().orElseThrow();
    }
    return Files.move(run, Files.createDirectories(tmp.resolve(name)).resolve("run"));
  }

  @Test
  @Timeout(240)
  void aRunIsTheSameBytesInAnotherJvmLocaleAndProcessorCount() throws Exception {
    Path a =
        runInChildJvm(
            "a",
            List.of(
                "-XX:ActiveProcessorCount=1",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8"));
    Path b =
        runInChildJvm(
            "b",
            List.of(
                "-XX:ActiveProcessorCount=2",
                "-Duser.language=de",
                "-Duser.country=DE",
                "-Duser.timezone=Asia/Tokyo",
                "-Dfile.encoding=ISO-8859-1"));
    List<Path> files = files(a);
    assertEquals(files, files(b), "the same files");
    for (Path f : files) {
      if (f.toString().equals("manifest.json")) {
        assertEquals(withoutClock(a.resolve(f)), withoutClock(b.resolve(f)));
      } else {
        assertArrayEquals(
            Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  private static String withoutClock(Path manifest) throws IOException {
    return Files.readString(manifest)
        .lines()
        .filter(
            l ->
                !l.contains("\"started_at\"")
                    && !l.contains("\"wall_time_seconds\"")
                    && !l.contains("\"command_line\""))
        .reduce("", (x, y) -> x + y + "\n");
  }
}
