package org.tradewar.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradewar.output.SeriesKey;
import org.tradewar.output.TimeSeries;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * The economy's accounts by calendar quarter, for each importer: imports against the no-war
 * baseline, where the lost trade went, revenue, consumer cost and the deadweight loss both ways,
 * and soybeans where the run wrote sector rows. Values are USD billions per year at the quarter's
 * average rate (weeks of a quarter differ in number), averaged over replications.
 */
final class QuarterlyAccounts {
  private QuarterlyAccounts() {}

  /** One column: a heading and the variable it reads (null for the change against the baseline). */
  private record Column(String heading, String variable) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Imports", Variable.IMPORTS.column()),
          new Column("vs baseline", null),
          new Column("Diverted", Variable.DIVERTED_IMPORTS.column()),
          new Column("To home", Variable.DOMESTIC_SHIFT.column()),
          new Column("Revenue", Variable.TARIFF_REVENUE.column()),
          new Column("Consumer cost", Variable.CONSUMER_COST.column()),
          new Column("DWL exact", Variable.DEADWEIGHT_LOSS.column()),
          new Column("DWL Harberger", Variable.DEADWEIGHT_LOSS_HARBERGER.column()));

  /**
   * Appends the tables (one per importer) to {@code b}; nothing when the series lack the variables.
   */
  static void html(StringBuilder b, TimeSeries ts) {
    if (!ts.has(SeriesKey.flow(Variable.IMPORTS.column(), Country.US))
        || !ts.has(SeriesKey.flow(Variable.DEADWEIGHT_LOSS_HARBERGER.column(), Country.US))) {
      return;
    }
    List<int[]> quarters = quarters(ts.dates());
    for (Country c : Country.values()) {
      boolean soy =
          c == Country.CN
              && ts.has(SeriesKey.flow(Variable.IMPORTS.column(), c).withSector("soybeans"));
      b.append("<h3>")
          .append(c == Country.US ? "US imports from China" : "China's imports from the US")
          .append("</h3>\n<table>\n<tr><th>Quarter</th>");
      for (Column col : COLUMNS) {
        b.append("<th class=\"num\">").append(Html.escape(col.heading())).append("</th>");
      }
      if (soy) {
        b.append("<th class=\"num\">Soybeans</th><th class=\"num\">vs baseline</th>");
      }
      b.append("</tr>\n");
      double[] imports = ts.mean(SeriesKey.flow(Variable.IMPORTS.column(), c));
      double[] base = ts.mean(SeriesKey.flow(Variable.BASELINE_IMPORTS.column(), c));
      for (int[] q : quarters) {
        b.append("<tr><td>").append(label(ts.dates().get(q[0]))).append("</td>");
        for (Column col : COLUMNS) {
          String cell =
              col.variable() == null
                  ? change(imports, base, q)
                  : money(annualRate(ts.mean(SeriesKey.flow(col.variable(), c)), q));
          b.append("<td class=\"num\">").append(cell).append("</td>");
        }
        if (soy) {
          double[] s = ts.mean(SeriesKey.flow(Variable.IMPORTS.column(), c).withSector("soybeans"));
          double[] sb =
              ts.mean(SeriesKey.flow(Variable.BASELINE_IMPORTS.column(), c).withSector("soybeans"));
          b.append("<td class=\"num\">")
              .append(money(annualRate(s, q)))
              .append("</td><td class=\"num\">")
              .append(change(s, sb, q))
              .append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    b.append(
        "<p class=\"small\">USD billions per year, at each quarter's average weekly rate. <em>vs"
            + " baseline</em>: imports against the no-war baseline, which grows at the pre-war"
            + " trend. <em>Diverted</em>: purchases moved to other foreign suppliers; <em>To"
            + " home</em>: to the importer's own producers. Revenue is a transfer from buyers to"
            + " the government; the deadweight loss (DWL) is what nobody receives: <em>exact</em>"
            + " from the demand system, <em>Harberger</em> the triangle approximation. A quarter"
            + " cut by the horizon is averaged over the weeks it has.</p>\n");
  }

  /** [first week, last week] of each calendar quarter the run covers. */
  static List<int[]> quarters(List<LocalDate> dates) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int w = 1; w <= dates.size(); w++) {
      if (w == dates.size() || quarter(dates.get(w)) != quarter(dates.get(start))) {
        out.add(new int[] {start, w - 1});
        start = w;
      }
    }
    return out;
  }

  private static int quarter(LocalDate d) {
    return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
  }

  private static String label(LocalDate d) {
    return d.getYear() + " Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  private static double annualRate(double[] weekly, int[] q) {
    if (weekly == null) {
      return Double.NaN;
    }
    double sum = 0;
    for (int w = q[0]; w <= q[1]; w++) {
      sum += weekly[w];
    }
    return sum / (q[1] - q[0] + 1) * TimeSeries.WEEKS_PER_YEAR;
  }

  private static String change(double[] v, double[] base, int[] q) {
    double a = annualRate(v, q);
    double b = annualRate(base, q);
    return b > 0 ? String.format(Locale.ROOT, "%+.1f%%", 100 * (a / b - 1)) : "";
  }

  private static String money(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", Math.abs(v) < 0.05 ? 0.0 : v);
  }
}
