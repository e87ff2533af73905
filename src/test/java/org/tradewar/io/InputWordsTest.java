package org.tradewar.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users read when they type a number, a name or a path wrong. */
class InputWordsTest {
  @TempDir Path tmp;

  @Test
  void onlyPlainDecimalsAreNumbers() {
    for (String ok : List.of("0", "2.5", "-0.3", "+4", "1e-4", "1E3", ".5", "5.", "  7.25 ")) {
      assertTrue(Double.isFinite(Decimal.parse(ok)), ok);
    }
    assertEquals(0.0001, Decimal.parse("1e-4"));
    assertEquals(-0.3, Decimal.parse(" -0.3 "));
    for (String bad :
        List.of(
            "",
            " ",
            "NaN",
            "Infinity",
            "0x1p1",
            "3d",
            "2f",
            "1,5",
            "1e",
            "e5",
            "--1",
            "1e1000",
            "1_000")) {
      NumberFormatException e =
          assertThrows(NumberFormatException.class, () -> Decimal.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad.strip() + "'"), e.getMessage());
    }
    assertFalse(Decimal.isPlain(null));
  }

  @Test
  void aTypoGetsTheNearestNameAndNonsenseGetsNone() {
    List<String> names = List.of("elasticity", "elasticity_long_run", "pass_through", "weeks");
    assertEquals(Optional.of("elasticity"), NearestName.among("elastcity", names));
    assertEquals(Optional.of("weeks"), NearestName.among("WEEKS", names), "case does not count");
    assertEquals(" (did you mean 'pass_through'?)", NearestName.hint("passthrough", names));
    assertEquals("", NearestName.hint("gdp", names));
    assertEquals(Optional.empty(), NearestName.among("x", List.of()));
    assertEquals(3, NearestName.distance("kitten", "sitting"));
    assertEquals(0, NearestName.distance("", ""));
  }

  @Test
  void everyProblemOfAFileComesAtOnceInLineOrder() {
    Problems p = new Problems();
    assertEquals(7, p.check(() -> 7, 0));
    assertFalse(p.any());
    assertEquals(
        -1,
        p.check(
            () -> {
              throw new BadInputException("a.yaml line 12, key weeks: too many");
            },
            -1));
    p.check(
        () -> {
          throw new BadInputException("a.yaml: no events");
        });
    p.check(
        () -> {
          throw new BadInputException(
              "a.yaml line 3, key seed: not a number\na.yaml line 12, key weeks: too many");
        });
    assertTrue(p.any());
    BadInputException e = assertThrows(BadInputException.class, p::throwIfAny);
    assertEquals(
        String.join(
            "\n",
            "a.yaml: no events",
            "a.yaml line 3, key seed: not a number",
            "a.yaml line 12, key weeks: too many"),
        e.getMessage(),
        "whole-file first, then by line, each once");
    new Problems().throwIfAny();
    // a failure that is not bad input is a bug: it is not swallowed
    assertThrows(
        IllegalStateException.class,
        () ->
            new Problems()
                .check(
                    () -> {
                      throw new IllegalStateException("bug");
                    }));
  }

  @Test
  void outputPathsNameTheOptionThePathAndTheMistake() throws IOException {
    Path file = Files.writeString(tmp.resolve("results"), "x");
    Path folder = Files.createDirectory(tmp.resolve("runs"));
    assertEquals(tmp.resolve("new/deeper"), OutputPaths.folder("--out", tmp.resolve("new/deeper")));
    assertEquals(folder, OutputPaths.folder("--out", folder));
    assertEquals(tmp.resolve("fit.yaml"), OutputPaths.file("--out", tmp.resolve("fit.yaml")));
    assertEquals(
        "--out " + file + ": is a file, not a folder",
        assertThrows(BadInputException.class, () -> OutputPaths.folder("--out", file))
            .getMessage());
    assertEquals(
        "--out " + folder + ": is a folder, not a file",
        assertThrows(BadInputException.class, () -> OutputPaths.file("--out", folder))
            .getMessage());
    assertEquals(
        "--results " + file.resolve("a/b") + ": " + file + " is a file, not a folder",
        assertThrows(
                BadInputException.class, () -> OutputPaths.folder("--results", file.resolve("a/b")))
            .getMessage());
    assertEquals(
        "--out: an empty path; give a folder",
        assertThrows(BadInputException.class, () -> OutputPaths.folder("--out", Path.of("")))
            .getMessage());
    assertEquals(
        "--out: an empty path; give a file",
        assertThrows(BadInputException.class, () -> OutputPaths.file("--out", null)).getMessage());
  }

  @Test
  void pathsInsideTheProjectAreWrittenRelative() {
    assertEquals(
        Path.of("scenarios", "deal.yaml").toString(),
        ProjectPaths.relative(Path.of("scenarios/deal.yaml")));
    assertEquals(
        Path.of("scenarios", "deal.yaml").toString(),
        ProjectPaths.relative(
            Path.of("").toAbsolutePath().resolve("results/../scenarios/deal.yaml")));
    assertEquals(tmp.toAbsolutePath().toString(), ProjectPaths.relative(tmp), "outside: absolute");
  }

  @Test
  void theVersionIsKnownOrSaysUnknown() {
    String v = ToolVersion.version();
    assertTrue(v.equals("unknown") || v.matches("\\d+\\.\\d+.*"), v);
  }
}
