package org.tradewar.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is one document, read as written, or refused with its line. */
class LocatedTreeTest {
  @TempDir Path tmp;

  private String refused(String name, String text) throws IOException {
    Path f = Files.writeString(tmp.resolve(name), text);
    return assertThrows(BadInputException.class, () -> LocatedTree.read(f)).getMessage();
  }

  @Test
  void aYamlAliasIsRefusedNotReadAsItsName() throws IOException {
    String m = refused("a.yaml", "title: &d Hello\ndescription: *d\n");
    assertTrue(m.contains("line 2, key 'description'") && m.contains("aliases"), m);
  }

  @Test
  void aSecondDocumentOrTrailingContentIsRefused() throws IOException {
    assertTrue(refused("m.yaml", "title: A\n---\ntitle: B\n").contains("content after the end"));
    assertTrue(
        refused("t.json", "{\"title\": \"A\"} {\"title\": \"B\"}")
            .contains("content after the end"));
    assertTrue(refused("g.json", "{\"title\": \"A\"} xx").contains("not valid JSON"));
  }

  @Test
  void devicesAndHugeFilesAreRefusedBeforeReading() throws IOException {
    if (Files.exists(Path.of("/dev/zero"))) {
      String m =
          assertThrows(BadInputException.class, () -> LocatedTree.read(Path.of("/dev/zero")))
              .getMessage();
      assertTrue(m.contains("not a regular file"), m);
    }
    Path big = tmp.resolve("big.yaml");
    try (var out = Files.newOutputStream(big)) {
      out.write(("title: " + "x".repeat(1000) + "\n").getBytes());
      byte[] filler = new byte[1 << 20];
      java.util.Arrays.fill(filler, (byte) '#');
      for (int i = 0; i < 5; i++) {
        out.write(filler);
      }
    }
    String m = assertThrows(BadInputException.class, () -> LocatedTree.read(big)).getMessage();
    assertTrue(m.contains("at most 4 MB"), m);
  }

  @Test
  void anOrdinaryFileReadsWithItsLines() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("ok.yaml"), "title: A\nparameters:\n  economy.elasticity: 3\n");
    LocatedTree t = LocatedTree.read(f);
    assertEquals(3, t.line("parameters.economy.elasticity"));
  }
}
