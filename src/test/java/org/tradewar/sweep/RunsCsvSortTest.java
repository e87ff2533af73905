package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sorting runs.csv in windows of slots gives the same bytes as in one window; the index is bits.
 */
class RunsCsvSortTest {
  @TempDir Path dir;

  private static final String HEADER = "point,replicate,seed,x,outcome,m,status,error";

  private Path shuffled(String name, int points, int reps) throws Exception {
    List<String> rows = new ArrayList<>();
    for (int p = 1; p <= points; p++) {
      for (int r = 1; r <= reps; r++) {
        rows.add(p + "," + r + "," + (p * 100 + r) + "," + p + ",deal," + (p + r) + ",ok,");
      }
    }
    rows.add("3,2,302,3,,,failed,boom"); // an earlier failed row of a slot, retried below
    Collections.shuffle(rows, new java.util.Random(7));
    rows.remove("3,2,302,3,deal,5,ok,");
    rows.add("3,2,302,3,deal,5,ok,"); // the retry comes last and wins
    Path f = dir.resolve(name);
    Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n");
    return f;
  }

  @Test
  void windowedSortEqualsOneWindowAndKeepsTheLastRowOfASlot() throws Exception {
    Path a = shuffled("a.csv", 17, 3);
    Path b = shuffled("b.csv", 17, 3);
    RunsCsv.sort(a, HEADER, 17, 3);
    RunsCsv.Index ix = RunsCsv.sort(b, HEADER, 17, 3, 0, 51, 4);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    List<String> lines = Files.readAllLines(a);
    assertEquals(52, lines.size());
    assertEquals("1,1,101,1,deal,2,ok,", lines.get(1));
    assertEquals("3,2,302,3,deal,5,ok,", lines.get(3 * 2 + 2));
    assertEquals(51, ix.finished());
    assertEquals(0, ix.failedCount());
  }

  @Test
  void aRangeOfSlotsIsIndexedAlone() throws Exception {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, HEADER + "\n2,1,201,2,deal,3,ok,\n2,2,202,2,,,failed,x\n");
    RunsCsv.Index ix = RunsCsv.scan(f, HEADER, 5, 2, 2, 6);
    assertTrue(ix.has(2, true));
    assertTrue(ix.has(3, true));
    assertFalse(ix.has(3, false));
    assertFalse(ix.has(4, true));
    assertEquals(4, ix.size());
    assertEquals(1, ix.failedCount());
  }

  @Test
  void slotSetsHoldOneBitASlot() {
    SlotSet s = new SlotSet(130);
    s.set(0, true);
    s.set(64, true);
    s.set(129, true);
    s.set(64, false);
    assertTrue(s.get(0) && s.get(129));
    assertFalse(s.get(64) || s.get(1));
    assertEquals(2, s.cardinality());
  }
}
