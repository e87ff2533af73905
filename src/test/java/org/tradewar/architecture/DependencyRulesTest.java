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
 * Dependencies run one way (STYLE.md): cli -> (run, sweep) -> (scenario, model, output);
 * chart/report -> output; calibration feeds scenario. The model never imports output, chart, CLI or
 * scenario code, so it runs headless and is built from its own inputs.
 */
class DependencyRulesTest {
  private static final Path SRC = Path.of("src/main/java/org/tradewar");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.tradewar\\.(\\w+)", Pattern.MULTILINE);

  /** Package -> packages it must not import. */
  private static final Map<String, List<String>> FORBIDDEN = Map.of(
      "model", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "calibration", "bench"),
      "calibration", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "model", "bench"),
      "scenario", List.of("cli", "run", "sweep", "output", "chart", "report", "bench"),
      "output", List.of("cli", "run", "sweep", "chart", "report", "bench", "scenario"),
      "run", List.of("cli", "sweep", "chart", "report", "bench", "fit"),
      "fit", List.of("cli", "sweep", "chart", "report", "bench"),
      "chart", List.of("cli", "run", "model", "scenario", "calibration"),
      "report", List.of("cli", "model", "scenario", "calibration"),
      "io", List.of("cli", "run", "sweep", "scenario", "output", "chart", "report", "model", "calibration", "bench"));

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
}
