package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run draws its charts and report from the summaries it kept while writing its table; reading the
 * folder back ({@code tradewar chart}) must give the same bytes, or an old run would chart
 * differently.
 */
class WrittenEqualsReadBackTest {
  @TempDir Path tmp;

  private static Map<String, byte[]> drawn(Path run) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("report.html", Files.readAllBytes(run.resolve("report.html")));
    try (Stream<Path> charts = Files.list(run.resolve("charts"))) {
      for (Path c : charts.sorted().toList()) {
        out.put(c.getFileName().toString(), Files.readAllBytes(c));
      }
    }
    return out;
  }

  @Test
  void chartingARunAgainGivesTheBytesTheRunDrew() throws IOException {
    Path run = tmp.resolve("run");
    RunCommandTest.Result r =
        RunCommandTest.tradewar(
            "run",
            RunCommandTest.FIXTURE,
            "--replications",
            "4",
            "--weeks",
            "40",
            "--firms",
            "400",
            "--quiet",
            "--out",
            run.toString());
    assertEquals(0, r.code(), r.err());
    Map<String, byte[]> written = drawn(run);
    assertEquals(0, RunCommandTest.tradewar("chart", run.toString()).code());
    Map<String, byte[]> again = drawn(run);
    assertEquals(written.keySet(), again.keySet());
    for (String f : written.keySet()) {
      assertArrayEquals(written.get(f), again.get(f), f);
    }
  }
}
