package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunTables;
import org.tradewar.output.SeriesKey;

/** tradewar validate on a record the test writes itself (the project ships none). */
class ValidateCommandTest {
  @TempDir Path dir;

  private Path run() {
    Path out = dir.resolve("run");
    RunCommandTest.Result r =
        RunCommandTest.tradewar(
            "run", "scenarios/tariffs-only.yaml", "--out", out.toString(), "--quiet");
    assertEquals(0, r.code(), r.err());
    return out;
  }

  @Test
  void errorsAreTheOffsetsTheRecordWasWrittenWith() throws IOException {
    Path run = run();
    RunTables t = RunTables.read(run);
    double[] tariff = t.series().mean(new SeriesKey("avg_tariff_pct", "US", "CN", SeriesKey.ALL));
    double[] imports = t.series().mean(new SeriesKey("imports_usd_bn", "US", "CN", SeriesKey.ALL));
    // Two tariff points 1 and 3 points above the model, one import point $10B a year below it.
    String csv =
        "date,series,country,partner,value,unit,source\n"
            + t.series().dates().get(40)
            + ",avg_tariff_pct,US,CN,"
            + (tariff[40] + 1)
            + ",pct,test\n"
            + t.series().dates().get(60)
            + ",avg_tariff_pct,US,,"
            + (tariff[60] + 3)
            + ",pct,test\n"
            + t.series().dates().get(60)
            + ",imports_usd_bn,US,CN,"
            + (imports[60] * 52.18 - 10)
            + ",usd_bn_per_year,test\n"
            + "2018-07-06,first_tariff,US,,,,test\n";
    Path record = dir.resolve("record.csv");
    Files.writeString(record, csv);
    RunCommandTest.Result r =
        RunCommandTest.tradewar("validate", run.toString(), "--observed", record.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(run.resolve("validation/validation.csv"));
    String[] tariffRow = rows.get(1).split(",");
    assertEquals("avg_tariff_pct", tariffRow[0]);
    assertEquals(Math.sqrt((1 + 9) / 2.0), Double.parseDouble(tariffRow[5]), 1e-4, "RMSE");
    assertEquals(-2, Double.parseDouble(tariffRow[6]), 1e-4, "bias: the model is below the record");
    assertEquals(
        10,
        Double.parseDouble(rows.get(2).split(",")[6]),
        1e-3,
        "imports compared at the annual rate");
    String events = Files.readString(run.resolve("validation/events.csv"));
    assertTrue(events.contains("first_tariff,2018-07-06,2018-07-02"), events);
    assertTrue(Files.size(run.resolve("validation/charts/avg_tariff_pct__US_CN.png")) > 0);
  }

  @Test
  void aBadRecordNamesTheLineAndWhatIsAllowed() throws IOException {
    Path run = run();
    Path record = dir.resolve("bad.csv");
    Files.writeString(
        record,
        "date,series,country,partner,value,unit,source\n2019-01-07,avg_tarif_pct,US,CN,12,pct,x\n");
    RunCommandTest.Result r =
        RunCommandTest.tradewar("validate", run.toString(), "--observed", record.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err().contains("bad.csv line 2") && r.err().contains("did you mean 'avg_tariff_pct'"),
        r.err());
    Files.writeString(
        record,
        "date,series,country,partner,value,unit,source\n"
            + "2030-01-07,avg_tariff_pct,US,CN,12,pct,x\n");
    r = RunCommandTest.tradewar("validate", run.toString(), "--observed", record.toString());
    assertTrue(r.code() == 2 && r.err().contains("outside the run"), r.err());
    Files.writeString(
        record,
        "date,series,country,partner,value,unit,source\n"
            + "2019-01-07,avg_tariff_pct,US,CN,12,percent,x\n");
    r = RunCommandTest.tradewar("validate", run.toString(), "--observed", record.toString());
    assertTrue(r.code() == 2 && r.err().contains("usd_bn_per_year"), r.err());
    // A series the run does not have, after one it has: nothing half-written.
    Files.writeString(
        record,
        "date,series,country,partner,value,unit,source\n"
            + "2019-01-07,avg_tariff_pct,US,CN,12,pct,x\n"
            + "2019-01-07,imports_usd_bn,US,ROW,1,usd_bn_per_week,x\n"
            + "2019-01-07,tariff_revenue_usd_bn,CN,ROW,1,usd_bn_per_week,x\n");
    r = RunCommandTest.tradewar("validate", run.toString(), "--observed", record.toString());
    assertTrue(r.code() == 2 && r.err().contains("has no series tariff_revenue_usd_bn"), r.err());
    assertTrue(
        !Files.exists(run.resolve("validation")) && !Files.exists(run.resolve("validation.new")),
        "no half-written validation folder");
  }
}
