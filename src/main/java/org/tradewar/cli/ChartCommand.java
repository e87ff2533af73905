package org.tradewar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradewar.chart.RunCharts;
import org.tradewar.io.BadInputException;
import org.tradewar.output.RunTables;
import org.tradewar.report.RunReport;
import org.tradewar.sweep.SweepCharts;
import org.tradewar.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar chart RUN_DIR}: draws a run's charts and report again from its tables. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    header = "Draws a run's (or a sweep's) charts and report again, without simulating.",
    description = {
      "Draws the charts (charts/*.png, charts/*.svg) and report.html of a run folder, or of a "
          + "sweep folder (written by 'tradewar sweep'), again from its files, without simulating."
    })
public final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description =
          "A run folder written by 'tradewar run', or a sweep folder written by 'tradewar sweep'.")
  Path dir;

  @Override
  public Integer call() {
    if (!Files.exists(dir)) {
      throw new BadInputException(dir + ": no such folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          dir + ": is a file; 'tradewar chart' takes a run folder or a sweep folder");
    }
    if (!RunTables.isRun(dir) && Files.isRegularFile(dir.resolve("runs.csv"))) {
      List<Path> charts = SweepCharts.write(dir);
      SweepRunner.markChartsDrawn(dir);
      spec.commandLine()
          .getOut()
          .println(
              "tradewar: wrote "
                  + charts.size()
                  + " sweep charts in "
                  + dir.resolve("charts")
                  + " and the sweep's report "
                  + dir.resolve("report.html"));
      spec.commandLine().getOut().flush();
      return 0;
    }
    RunTables run = RunTables.read(dir);
    List<Path> charts = RunCharts.writeAll(run);
    Path report = RunReport.write(run); // the tables read once: a long run's table is gigabytes
    spec.commandLine()
        .getOut()
        .println(
            "tradewar: wrote "
                + charts.size()
                + " charts (PNG and SVG) in "
                + dir.resolve("charts")
                + " and "
                + report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
