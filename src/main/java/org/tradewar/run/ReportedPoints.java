package org.tradewar.run;

import java.util.Locale;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.output.CsvText;
import org.tradewar.scenario.CalibrationLookup;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;

/**
 * What the articles report of the war's path, for the charts to mark over the simulated one ({@code
 * reported.csv}): each pattern of the scenario's calibration, with its date, its sources (file and
 * sentence) and, for a coverage at a rate, the average US tariff it amounts to on the model's 2017
 * weights (the pre-war level plus rate x coverage / imports), so it sits on the tariff chart's
 * scale.
 */
public final class ReportedPoints {
  private ReportedPoints() {}

  static final String HEADER = "id,kind,date,us_avg_tariff_pct,text,sources\n";

  static String csv(Scenario s) {
    StringBuilder b = new StringBuilder(HEADER);
    CalibrationLookup cal = s.calibration();
    double prewar = s.parameters().get("economy.prewar_tariff_pct.US");
    double imports = BaselineTrade.of2017().annualTotal(Country.US);
    for (Pattern p : cal.patterns()) {
      if (p.date() == null) {
        continue;
      }
      double tariff =
          p.kind().equals("coverage_at_rate_by") && p.ratePct() != null
              ? prewar + p.ratePct() * Math.min(p.target(), imports) / imports
              : Double.NaN;
      // Facts of one sentence share their source: each sentence once.
      java.util.Set<String> sources = new java.util.LinkedHashSet<>();
      for (String id : p.facts()) {
        cal.fact(id).ifPresent(f -> sources.add(f.file() + ": " + f.sentence()));
      }
      b.append(p.id())
          .append(',')
          .append(p.kind())
          .append(',')
          .append(p.date())
          .append(',')
          .append(Double.isNaN(tariff) ? "" : String.format(Locale.ROOT, "%.3f", tariff))
          .append(',')
          .append(CsvText.field(p.description()))
          .append(',')
          .append(CsvText.field(String.join(" | ", sources)))
          .append('\n');
    }
    return b.toString();
  }
}
