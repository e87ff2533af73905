package org.tradewar.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;
import org.tradewar.vocabulary.Country;

/** The totals, running sums and shares the charts draw, from tables with and without total rows. */
class TimeSeriesTest {
  @TempDir Path tmp;

  private static final List<LocalDate> WEEKS =
      List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 8));

  @Test
  void aTableOfSectorsGivesTheirSumTheirRunningSumAndTheirWeightedShare() {
    Map<SeriesKey, double[][]> v = new LinkedHashMap<>();
    SeriesKey imports = SeriesKey.flow("imports_usd_bn", Country.US);
    SeriesKey base = SeriesKey.flow("baseline_imports_usd_bn", Country.US);
    SeriesKey share = SeriesKey.flow("rival_sourcing_share", Country.US);
    v.put(imports.withSector("a"), new double[][] {{1, 2}, {3, 4}});
    v.put(imports.withSector("b"), new double[][] {{10, 20}, {30, 40}});
    v.put(base.withSector("a"), new double[][] {{1, 1}, {1, 1}});
    v.put(base.withSector("b"), new double[][] {{3, 3}, {3, 3}});
    v.put(share.withSector("a"), new double[][] {{1, 1}, {1, 1}});
    v.put(share.withSector("b"), new double[][] {{0, 0}, {0, 0}});
    TimeSeries ts = TimeSeries.of(WEEKS, List.of(1, 2), v);
    assertArrayEquals(
        new double[] {22, 33}, ts.mean(imports), "the sum over sectors, averaged over runs");
    assertArrayEquals(
        new double[] {22, 55},
        ts.cumulative(imports).mean(2),
        "running sums per run, then averaged");
    assertArrayEquals(
        new double[] {0.25, 0.25},
        ts.share(share).mean(2),
        "weighted by baseline imports: 1/(1+3)");
    assertTrue(ts.has(imports) && ts.stats(imports.withSector("a")) != null);
    assertEquals(List.of("a", "b"), ts.sectors("imports_usd_bn"));
  }

  @Test
  void theBandOfATotalIsTheSpreadOfRuns() {
    Map<SeriesKey, double[][]> v = new LinkedHashMap<>();
    SeriesKey pain = SeriesKey.level("pain_index", Country.CN);
    v.put(pain, new double[][] {{0, 1}, {0, 3}, {0, 2}});
    TimeSeries ts = TimeSeries.of(WEEKS, List.of(1, 2, 3), v);
    Band b = ts.stats(pain).percentiles(2);
    assertEquals(Band.percentiles(v.get(pain), 0.05, 0.95), b);
    assertEquals(3, b.replications());
  }

  private Path table(String rows) throws IOException {
    Path f = tmp.resolve("timeseries.csv");
    Files.writeString(f, "run,week,date,country,partner,sector,variable,value\n" + rows);
    return f;
  }

  @Test
  void aRunWhoseRowsComeBackLaterIsRefusedWithItsLine() throws IOException {
    Path f =
        table(
            "1,0,2018-01-01,US,,ALL,pain_index,1\n2,0,2018-01-01,US,,ALL,pain_index,2\n"
                + "1,1,2018-01-08,US,,ALL,pain_index,1\n");
    String m = assertThrows(BadInputException.class, () -> TimeSeries.read(f)).getMessage();
    assertTrue(m.contains("timeseries.csv line 4") && m.contains("run 1 comes after run 2"), m);
  }

  @Test
  void aWeekBeyondTheManifestsHorizonIsRefused() throws IOException {
    Path f = table("1,0,2018-01-01,US,,ALL,pain_index,1\n1,20,2018-05-21,US,,ALL,pain_index,1\n");
    String m = assertThrows(BadInputException.class, () -> TimeSeries.read(f, 20)).getMessage();
    assertTrue(
        m.contains("line 3") && m.contains("between 0 and 19") && m.contains("manifest.json"), m);
  }
}
