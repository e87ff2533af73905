package org.tradewar.output;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

/**
 * A damaged run folder is refused in one line naming the file and the line, before memory is spent
 * on it.
 */
class CorruptRunFolderTest {
  @TempDir Path tmp;

  private String refusedWith(int line, int column, String value) throws IOException {
    Path run =
        RunFolderFixture.deal().replications(1).write(tmp.resolve("run-" + column + "-" + value));
    Path ts = run.resolve("timeseries.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(ts));
    String[] cells = lines.get(line - 1).split(",", -1);
    cells[column] = value;
    lines.set(line - 1, String.join(",", cells));
    Files.write(ts, lines);
    return assertThrows(BadInputException.class, () -> RunTables.read(run)).getMessage();
  }

  @Test
  void aWeekBeyondTheLongestHorizonIsRefused() throws IOException {
    String m = refusedWith(6, 1, "99999999");
    assertTrue(
        m.contains("timeseries.csv line 6") && m.contains("'week'") && m.contains("99999999"), m);
  }

  @Test
  void aRunNumberOutsideTheReplicationLimitIsRefused() throws IOException {
    String m = refusedWith(3, 0, "2000000000");
    assertTrue(m.contains("timeseries.csv line 3") && m.contains("'run'"), m);
  }
}
