package org.tradewar.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every typed value is returned, or refused with the file, the line, the key, what was found and
 * what is allowed.
 */
class TreeValuesTest {
  private static final TreeValues V =
      new TreeValues(
          LocatedTree.parse(
              Path.of("s.yaml"),
              "name: trade\n"
                  + "weeks: ten\n"
                  + "replications: 5000\n"
                  + "share: 1.5\n"
                  + "flag: maybe\n"
                  + "sub:\n"
                  + "  colr: red\n"
                  + "blank: ' '\n"));

  private static String refused(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(BadInputException.class, e).getMessage();
  }

  @Test
  void valuesAndTheirMessages() {
    var root = V.tree().root();
    assertEquals("trade", V.text(root, "", "name"));
    assertEquals("none", V.text(root, "", "title", "none"));
    assertEquals(7, V.integer(root, "", "seed", 7, 0, 10));
    assertEquals(
        "s.yaml line 2, key 'weeks': expected a whole number between 1 and 1040, got text 'ten'",
        refused(() -> V.integer(root, "", "weeks", 156, 1, 1040)));
    assertEquals(
        "s.yaml line 3, key 'replications': value 5000 is out of range: allowed is a whole number"
            + " between 1 and 1000",
        refused(() -> V.integer(root, "", "replications", 1, 1, 1000)));
    assertEquals(
        "s.yaml line 4, key 'share': value 1.5 is out of range: allowed is a number between 0 and"
            + " 1",
        refused(() -> V.number(root.get("share"), "share", 0, 1)));
    assertEquals(
        "s.yaml line 5, key 'flag': expected true or false, got text 'maybe'",
        refused(() -> V.bool(root.get("flag"), "flag")));
    assertEquals(
        "s.yaml line 8, key 'blank': must not be empty", refused(() -> V.text(root, "", "blank")));
    assertEquals(
        "s.yaml line 1, key 'title': missing: 'title' is required",
        refused(() -> V.text(root, "", "title")));
    assertEquals(
        "s.yaml line 6, key 'sub': expected a finite number, got a mapping",
        refused(() -> V.number(root.get("sub"), "sub")));
  }

  @Test
  void unknownKeysNameTheNearestAndTheAllowed() {
    List<BadInputException> e =
        V.unknownKeys(V.tree().root().get("sub"), "sub", List.of("color", "size"));
    assertEquals(1, e.size());
    assertEquals(
        "s.yaml line 7, key 'sub.colr': unknown key (did you mean 'color'?); allowed: color, size",
        e.get(0).getMessage());
  }
}
