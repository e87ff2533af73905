package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.output.RunFolderFixture;
import picocli.CommandLine;

class ChartAndCompareCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void chartRedrawsAnOldRun() {
    Path run = RunFolderFixture.deal().replications(2).write(tmp.resolve("old"));
    assertEquals(0, run("chart", run.toString()), err.toString());
    assertTrue(Files.isRegularFile(run.resolve("charts/trade.png")));
    assertTrue(Files.isRegularFile(run.resolve("charts/welfare.svg")));
    assertTrue(Files.isRegularFile(run.resolve("report.html")));
    assertTrue(out.toString().contains("wrote 5 charts"));
  }

  @Test
  void chartSaysWhatIsWrongWithTheFolder() throws Exception {
    assertEquals(2, run("chart", tmp.resolve("missing").toString()));
    assertTrue(
        err.toString().startsWith("tradewar: ") && err.toString().contains("no such folder"),
        err.toString());
    Files.createDirectories(tmp.resolve("empty"));
    assertEquals(2, run("chart", tmp.resolve("empty").toString()));
    assertTrue(err.toString().contains("is not a run folder"), err.toString());
    Files.writeString(
        Files.createDirectories(tmp.resolve("sweep")).resolve("runs.csv"), "point,seed\n");
    assertEquals(2, run("chart", tmp.resolve("sweep").toString()));
    assertTrue(err.toString().contains("sweep folder"), err.toString());
  }

  @Test
  void malformedCsvNamesFileAndLine() throws Exception {
    Path run = RunFolderFixture.deal().replications(1).write(tmp.resolve("bad"));
    List<String> lines = new ArrayList<>(Files.readAllLines(run.resolve("timeseries.csv")));
    lines.set(4, lines.get(4).replaceFirst(",[^,]*$", ",lots"));
    Files.write(run.resolve("timeseries.csv"), lines);
    assertEquals(2, run("chart", run.toString()));
    assertTrue(
        err.toString()
            .contains("timeseries.csv line 5: column 'value' should be a number, found 'lots'"),
        err.toString());
    String errors = err.toString();
    assertEquals(1, errors.strip().lines().count(), errors);
  }

  @Test
  void compareOverlaysRunFoldersAndRunsScenarioFiles() throws Exception {
    Path a = RunFolderFixture.deal().write(tmp.resolve("deal"));
    Path b =
        RunFolderFixture.deal()
            .scenario("escalation", "Escalation", RunFolderFixture.Course.ESCALATION)
            .replications(1)
            .write(tmp.resolve("esc"));
    // A valid scenario file (compare checks every input before running any); the runner is stubbed.
    Path scenario =
        Files.writeString(
            tmp.resolve("truce.yaml"),
            "title: Truce\ndescription: A truce.\n"
                + "calibration: "
                + Path.of("src/test/resources/calibration/fixture-calibration.json")
                    .toAbsolutePath()
                + "\n");
    CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    CompareCommand compare = cli.getSubcommands().get("compare").getCommand();
    compare.runner =
        (file, parent) ->
            RunFolderFixture.deal()
                .scenario("truce", "Truce holds", RunFolderFixture.Course.TRUCE)
                .write(parent.resolve("truce-run"));
    Path dir = tmp.resolve("cmp");
    int code =
        cli.execute(
            "compare",
            a.toString(),
            b.toString(),
            scenario.toString(),
            "--out",
            dir.toString(),
            "--variables",
            "imports_usd_bn,avg_tariff_pct,pain_index");
    assertEquals(0, code, err.toString());
    assertTrue(Files.isRegularFile(dir.resolve("compare.html")));
    for (String v : List.of("imports_usd_bn", "avg_tariff_pct", "pain_index")) {
      assertTrue(Files.isRegularFile(dir.resolve("charts/" + v + ".png")), v);
      assertTrue(Files.isRegularFile(dir.resolve("charts/" + v + ".svg")), v);
    }
    assertTrue(Files.isRegularFile(dir.resolve("charts/timeline-3-truce.png")));
    String csv = Files.readString(dir.resolve("summary.csv"));
    List<String> rows = csv.lines().toList();
    assertEquals("scenario,run,outcome,metric,value", rows.get(0));
    assertTrue(
        rows.stream().anyMatch(r -> r.matches("escalation,esc,no_agreement,talk_rounds,\\d+")),
        csv);
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("truce,truce-run,truce,")), csv);
    long metrics = rows.stream().filter(r -> r.startsWith("deal,")).count();
    assertEquals(3 * metrics + 1, rows.size(), "one row per scenario and metric: " + csv);
    String html = Files.readString(dir.resolve("compare.html"));
    assertEquals(List.of(), org.tradewar.report.RunReportTest.externalReferences(html));
    String inputs =
        html.substring(
            html.indexOf("<section id=\"inputs\">"), html.indexOf("<section id=\"summary\">"));
    assertTrue(
        inputs.contains(
            "<td>Replications</td><td></td><td class=\"num\">3</td><td class=\"num\">1</td>"),
        "the replications differ (3, 1, 3): " + inputs);
    assertFalse(
        inputs.contains("<td>Seed</td>"), "the seeds are the same, so not listed: " + inputs);
    assertTrue(
        html.contains("Imports from the rival by scenario, in USD bn per year (annual rate)"),
        "captions by name");
  }

  @Test
  void compareRejectsUnknownVariablesAndInputs() {
    Path a = RunFolderFixture.deal().replications(1).write(tmp.resolve("a"));
    Path b = RunFolderFixture.deal().replications(1).write(tmp.resolve("b"));
    assertEquals(
        2,
        run(
            "compare",
            a.toString(),
            b.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--variables",
            "gdp"));
    assertTrue(err.toString().contains("unknown variable 'gdp'"), err.toString());
    assertFalse(Files.exists(tmp.resolve("o")), "nothing is left behind");
    assertEquals(2, run("compare", a.toString(), b.toString(), "--out", a.toString()));
    assertTrue(err.toString().contains("already exists"), err.toString());
    assertEquals(2, run("compare", a.toString(), tmp.resolve("nope.yaml").toString()));
    assertTrue(err.toString().contains("no such run folder or scenario file"), err.toString());
  }

  /** Writes a sample comparison for people to inspect, only with -Dtradewar.look (LookFolder). */
  @Test
  void writesSampleComparisonToLookAt() {
    Path look = org.tradewar.output.LookFolder.resolve("compare");
    Path a =
        RunFolderFixture.deal()
            .scenario("escalation", "Escalation", RunFolderFixture.Course.ESCALATION)
            .write(look.resolve("escalation"));
    Path b =
        RunFolderFixture.deal()
            .scenario("truce", "Truce", RunFolderFixture.Course.TRUCE)
            .seed(7)
            .write(look.resolve("truce"));
    Path c = RunFolderFixture.deal().write(look.resolve("deal"));
    org.tradewar.io.AtomicFiles.deleteQuietly(look.resolve("out"));
    assertEquals(
        0,
        run(
            "compare",
            a.toString(),
            b.toString(),
            c.toString(),
            "--out",
            look.resolve("out").toString()),
        err.toString());
  }
}
