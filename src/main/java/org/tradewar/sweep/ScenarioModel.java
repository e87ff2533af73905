package org.tradewar.sweep;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradewar.io.BadInputException;
import org.tradewar.model.RunRecord;
import org.tradewar.run.Simulations;
import org.tradewar.run.SummaryMetrics;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Outcome;
import org.tradewar.vocabulary.Variable;

/**
 * A scenario file as the base of a sweep: each run is {@code
 * Simulations.simulate(base.withOverrides( point values).forReplication(seed), seed)}, exactly what
 * {@code ./tradewar run SCENARIO --set path=value --seed SEED} computes, so any row of runs.csv can
 * be reproduced on its own.
 *
 * <p>Weekly series for window aggregates: the flow variables of docs/outputs.md for an importer
 * ({@code country} US or CN, summed over sectors; {@code partner}, when given, must be the other
 * country) and {@code pain_index} of a country.
 */
public final class ScenarioModel implements BaseModel {
  /** The outcomes docs/outputs.md lists. */
  public static final Set<String> OUTCOMES = Set.copyOf(Outcome.keys());

  private static final String PAIN = "pain_index";

  private final String label;
  private final Scenario scenario;

  private ScenarioModel(String label, Scenario scenario) {
    this.label = label;
    this.scenario = scenario;
  }

  /** Loads the scenario in {@code file}; {@code label} is how the sweep file named it. */
  public static ScenarioModel load(String label, Path file) {
    return new ScenarioModel(label, ScenarioLoader.load(file));
  }

  /** The base scenario. */
  public Scenario scenario() {
    return scenario;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String sha256() {
    return scenario.sha256();
  }

  @Override
  public String inputsSha256() {
    // The scenario's own text, the calibration's sources, and what its parameter and behaviour
    // files gave.
    String text =
        scenario.sha256()
            + "\n"
            + scenario.calibration().sha256()
            + "\n"
            + scenario.overrides()
            + "\n"
            + scenario.draws().sets();
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void checkOverride(String path, String value) {
    scenario.withOverrides(Map.of(path, value));
  }

  @Override
  public Set<String> metricKeys() {
    return new LinkedHashSet<>(SummaryMetrics.KEYS);
  }

  @Override
  public Set<String> seriesVariables() {
    Set<String> s = new LinkedHashSet<>();
    for (Variable v : Variable.values()) {
      s.add(v.column());
    }
    s.add(PAIN);
    return s;
  }

  @Override
  public void checkSeries(String variable, String country, String partner) {
    try {
      Country c = country(country);
      boolean rest = partner.equals(Variable.REST_OF_WORLD);
      if (rest && Variable.of(variable, true) == null) {
        throw new IllegalArgumentException(
            "partner 'ROW' does not apply to "
                + variable
                + " (the rest of the world has imports_usd_bn and baseline_imports_usd_bn)");
      }
      if (!partner.isEmpty() && !rest && (variable.equals(PAIN) || country(partner) == c)) {
        throw new IllegalArgumentException(
            "partner '"
                + partner
                + "' does not apply to "
                + variable
                + " of "
                + country
                + (variable.equals(PAIN)
                    ? " (a country-level variable)"
                    : " (the partner of an importer is the other country, or ROW)"));
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  @Override
  public Set<String> outcomes() {
    return OUTCOMES;
  }

  @Override
  public int weeks() {
    return scenario.weeks();
  }

  @Override
  public RunFunction runFunction() {
    return (overrides, seed) -> {
      // forReplication: a base with behaviour_from draws its set by the seed, as the run command
      // does
      org.tradewar.run.RunResult r =
          Simulations.simulate(scenario.withOverrides(overrides).forReplication(seed), seed);
      RunRecord record = r.model().record();
      RunResult.Series series =
          (variable, country, partner) -> {
            Country c = country(country);
            boolean rest = partner.equals(Variable.REST_OF_WORLD);
            if (!partner.isEmpty() && !rest && (variable.equals(PAIN) || country(partner) == c)) {
              throw new IllegalArgumentException(
                  "partner '" + partner + "' does not apply to " + variable + " of " + country);
            }
            if (variable.equals(PAIN)) {
              return record.pain(c);
            }
            Variable v = Variable.of(variable, rest);
            return v == null ? null : record.total(v, c);
          };
      // Keep only the series reader, not the model: the row is computed before the next run starts.
      return new RunResult(r.outcome(), r.metrics(), series);
    };
  }

  private static Country country(String name) {
    try {
      return Country.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + name + "' is not a country; allowed: US, CN");
    }
  }
}
