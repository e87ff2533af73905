package org.tradewar.model.economy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.tradewar.vocabulary.Country;

/**
 * The pre-war trend of each direction of US-China goods trade: the growth rate of a log-linear
 * trend fitted by least squares to the annual series 2010-2017 in {@code data/trade-2010-2017.csv}
 * (US Census and USITC figures; sources per row). Nothing after 2017 enters: the no-war
 * counterfactual grows as trade grew before the war.
 */
public final class BaselineGrowth {
  /** The 2017 baseline is an annual total: it stands for the middle of 2017. */
  public static final LocalDate BASELINE_MIDPOINT = LocalDate.of(2017, 7, 2);

  private static final BaselineGrowth PREWAR = load("/data/trade-2010-2017.csv");

  private final double usImportsGrowth;
  private final double cnImportsGrowth;
  private final int firstYear;
  private final int lastYear;

  private BaselineGrowth(
      double usImportsGrowth, double cnImportsGrowth, int firstYear, int lastYear) {
    this.usImportsGrowth = usImportsGrowth;
    this.cnImportsGrowth = cnImportsGrowth;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** The trend fitted to the series shipped with the tool. */
  public static BaselineGrowth prewar() {
    return PREWAR;
  }

  /** Annual growth of the importer's imports from its rival on the pre-war trend, percent. */
  public double annualGrowthPct(Country importer) {
    return 100 * (importer == Country.US ? usImportsGrowth : cnImportsGrowth);
  }

  /** The years of the fitted series, for citations ("2010-2017"). */
  public String years() {
    return firstYear + "-" + lastYear;
  }

  /**
   * The no-war baseline in week {@code week} of a run starting on {@code start}, as a multiple of
   * 2017's, for a trend of {@code annualGrowthPct}.
   */
  public static double factor(double annualGrowthPct, LocalDate start, int week) {
    double years = ChronoUnit.DAYS.between(BASELINE_MIDPOINT, start.plusDays(7L * week)) / 365.25;
    return Math.pow(1 + annualGrowthPct / 100, years);
  }

  private static BaselineGrowth load(String resource) {
    SimpleRegression exports = new SimpleRegression();
    SimpleRegression imports = new SimpleRegression();
    List<Integer> years = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                BaselineGrowth.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", 4);
        int year = Integer.parseInt(f[0]);
        years.add(year);
        exports.addData(year, Math.log(Double.parseDouble(f[1])));
        imports.addData(year, Math.log(Double.parseDouble(f[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled pre-war trade series", e);
    }
    // US exports to China are China's imports from the US.
    return new BaselineGrowth(
        Math.expm1(imports.getSlope()),
        Math.expm1(exports.getSlope()),
        years.get(0),
        years.get(years.size() - 1));
  }
}
