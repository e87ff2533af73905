package org.tradewar.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way (STYLE.md): cli -> (gui, play, run, sweep) -> (scenario, model, output);
 * gui -> (play, run, chart);
 * chart/report -> output; calibration feeds scenario. The model never imports output, chart, CLI or
 * scenario code, so it runs headless and is built from its own inputs.
 */
class DependencyRulesTest {
  private static final Path SRC = Path.of("src/main/java/org/tradewar");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.tradewar\\.(\\w+)", Pattern.MULTILINE);

  /** Package -> packages it must not import. */
  private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
      Map.entry("model", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "calibration", "bench",
          "gui", "play")),
      // The window sits beside the model (MASON's HeatBugsWithUI): it reads the model, never the CLI.
      Map.entry("gui", List.of("cli", "sweep", "bench", "fit")),
      Map.entry("play", List.of("cli", "gui", "sweep", "chart", "report", "bench", "fit", "calibration")),
      Map.entry("calibration", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "model", "bench")),
      Map.entry("scenario", List.of("cli", "run", "sweep", "output", "chart", "report", "bench", "gui", "play")),
      Map.entry("output", List.of("cli", "run", "sweep", "chart", "report", "bench", "scenario")),
      Map.entry("run", List.of("cli", "sweep", "chart", "report", "bench", "fit", "gui", "play")),
      Map.entry("fit", List.of("cli", "sweep", "chart", "report", "bench")),
      Map.entry("chart", List.of("cli", "run", "model", "scenario", "calibration", "gui", "play")),
      Map.entry("report", List.of("cli", "model", "scenario", "calibration")),
      Map.entry("io", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "model", "calibration", "bench")));

  @Test
  void packagesDependOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
      Path dir = SRC.resolve(rule.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = IMPORT.matcher(Files.readString(f));
          while (m.find()) {
            if (rule.getValue().contains(m.group(1))) {
              violations.add(SRC.relativize(f) + " imports org.tradewar." + m.group(1));
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /** The model never imports display code (MASON's split): it runs headless by construction. */
  @Test
  void theModelImportsNoDisplayCode() throws IOException {
    Pattern display = Pattern.compile("^import (?:static )?(sim\\.display|sim\\.portrayal|javax\\.swing|java\\.awt|org\\.jfree)",
        Pattern.MULTILINE);
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SRC.resolve("model"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = display.matcher(Files.readString(f));
        while (m.find()) {
          violations.add(SRC.relativize(f) + " imports " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
