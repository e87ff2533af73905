package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md must list every parameter exactly as the catalog has it (regenerate, don't edit).
 */
class ModelDocsTest {
  @Test
  void theParameterTableMatchesTheCatalog() throws IOException {
    StringWriter out = new StringWriter();
    int code =
        Main.execute(
            new String[] {"params", "--markdown"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    String docs = Files.readString(Path.of("docs/model.md"));
    List<String> missing = out.toString().lines().filter(line -> !docs.contains(line)).toList();
    assertTrue(
        missing.isEmpty(),
        "docs/model.md is out of date; regenerate its table with "
            + "'./tradewar params --markdown'. Missing or changed rows: "
            + missing);
  }
}
