package org.tradewar.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradewar.io.BadInputException;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/** A run too big for the disk is refused before it starts, saying how big and what to do. */
class DiskRoomTest {
  private static final Scenario HISTORICAL =
      ScenarioLoader.load(Path.of("scenarios/historical.yaml"));

  @Test
  void theLargestRunTheLimitsAllowNeedsAbout24Gigabytes() {
    long bytes = DiskRoom.estimatedBytes(HISTORICAL.with(null, 1040, 1000));
    assertTrue(bytes > 23e9 && bytes < 27e9, "measured: 23.9 GB; estimated " + bytes);
  }

  @Test
  void aDiskWithLessRoomIsRefusedInOneLine() {
    Scenario big = HISTORICAL.with(null, 1040, 1000);
    String m =
        assertThrows(
                BadInputException.class, () -> DiskRoom.require(10L << 30, Path.of("/data"), big))
            .getMessage();
    assertTrue(
        m.startsWith("the run needs about 24.2 GB")
            && m.contains("1000 replications x 1040 weeks")
            && m.contains("/data has 10.0 GB free")
            && m.contains("sectors: false"),
        m);
    DiskRoom.require(30L << 30, Path.of("/data"), big);
    assertEquals(1, HISTORICAL.replications());
    DiskRoom.require(100L << 20, Path.of("/data"), HISTORICAL); // a default run needs a few MB
  }
}
