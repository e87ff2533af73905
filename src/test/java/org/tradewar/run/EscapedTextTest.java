package org.tradewar.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * Text from a scenario is data in every file the run writes: no HTML in Markdown, no formulas in
 * CSV.
 */
class EscapedTextTest {
  @TempDir Path tmp;

  @Test
  void scenarioTextCannotRunInTheTranscriptOrInASpreadsheet() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("s.yaml"),
            "title: \"<script>alert(1)</script>\"\n"
                + "description: D\nweeks: 20\ncalibration: "
                + Path.of("src/test/resources/calibration/fixture-calibration.json")
                    .toAbsolutePath()
                + "\n"
                + "events:\n"
                + "  - date: 2018-02-05\n"
                + "    type: sanction\n"
                + "    actor: US\n"
                + "    target: \"=HYPERLINK(1)\"\n"
                + "    note: \"<img src=x onerror=alert(2)>\"\n");
    Scenario s = ScenarioLoader.load(f).withOverrides(Map.of("firms.count", "400"));
    Path dir = Files.createDirectory(tmp.resolve("run"));
    RunFolderWriter.write(dir, s, Simulations.replications(s));
    String transcript = Files.readString(dir.resolve("transcript.md"));
    assertFalse(transcript.contains("<script>") || transcript.contains("<img"), transcript);
    assertTrue(transcript.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), transcript);
    String events = Files.readString(dir.resolve("events.csv"));
    assertTrue(events.contains(",'=HYPERLINK(1),"), events);
    assertFalse(events.contains(",=HYPERLINK"), events);
  }
}
