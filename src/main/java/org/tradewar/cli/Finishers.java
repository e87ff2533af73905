package org.tradewar.cli;

import java.util.List;
import org.tradewar.chart.RunCharts;
import org.tradewar.report.RunReport;
import org.tradewar.run.ScenarioRuns;

/** The outputs drawn after the tables are written: charts and the report. */
final class Finishers {
  private Finishers() {}

  static List<ScenarioRuns.Finisher> standard() {
    return List.of(
        (tables, scenario) -> RunCharts.writeAll(tables),
        (tables, scenario) -> RunReport.write(tables));
  }
}
