package org.tradewar.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Decimal;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/**
 * A loaded, validated scenario: immutable. Calibration references are resolved, parameters are
 * resolved (overrides, then the articles, then cited defaults) and the roster is built. Everything
 * a run needs besides its seed.
 */
public record Scenario(
    Path file,
    String name,
    String title,
    String description,
    LocalDate start,
    int weeks,
    long seed,
    int replications,
    ParameterSet parameters,
    Map<String, Double> overrides,
    Map<Country, Strategy> strategies,
    Map<String, NegotiatorOverride> negotiatorOverrides,
    List<NegotiatorProfile> roster,
    List<EventSpec> events,
    Map<Country, LocalDate> autonomousFrom,
    LocalDate purchaseDeadline,
    Outputs outputs,
    CalibrationLookup calibration,
    String sha256,
    BehaviourDraws draws) {

  /**
   * Parameter sets a scenario draws its behaviour from, one per replication (a fit's accepted set):
   * the spread of outcomes then includes not knowing the parameters. Empty: none.
   */
  public record BehaviourDraws(String source, List<Map<String, Double>> sets) {
    public BehaviourDraws {
      sets = List.copyOf(sets);
    }

    public static BehaviourDraws none() {
      return new BehaviourDraws("", List.of());
    }

    public boolean isEmpty() {
      return sets.isEmpty();
    }
  }

  /**
   * The scenario of replication {@code r}: with the set drawn for it (chosen by its seed, so the
   * same replication always gets the same set); parameters the scenario sets itself are not drawn.
   */
  public Scenario forReplication(long replicationSeed) {
    if (draws.isEmpty()) {
      return this;
    }
    Map<String, Double> set =
        draws.sets().get((int) Math.floorMod(replicationSeed, (long) draws.sets().size()));
    Map<String, String> values = new LinkedHashMap<>();
    set.forEach(
        (k, v) -> {
          if (!overrides.containsKey(k)) {
            values.put(k, Double.toString(v));
          }
        });
    return withOverrides(values);
  }

  /** Which optional outputs a run writes. */
  /**
   * Which optional outputs a run writes, and what the charts shade over replications: the spread of
   * runs (5-95%, {@code meanInterval} false, the default) or the 95% confidence band of the mean.
   */
  public record Outputs(boolean charts, boolean report, boolean sectors, boolean meanInterval) {}

  public LocalDate end() {
    return start.plusDays(7L * weeks);
  }

  /**
   * The same scenario with parameters overridden by dotted path ({@code --set}, sweep axes). An
   * unknown path or a value out of range is a {@link BadInputException} naming it.
   */
  public Scenario withOverrides(Map<String, String> values) {
    if (values.isEmpty()) {
      return this;
    }
    ParameterCatalog catalog = parameters.catalog();
    Map<String, Double> merged = new LinkedHashMap<>(overrides);
    for (Map.Entry<String, String> e : values.entrySet()) {
      double v;
      try {
        v = Decimal.parse(e.getValue());
      } catch (NumberFormatException ex) {
        throw new BadInputException(
            "parameter '"
                + e.getKey()
                + "': '"
                + e.getValue()
                + "' is not a number (write it as a plain decimal, such as 2.5 or 1e-3)");
      }
      catalog
          .problem(e.getKey(), v)
          .ifPresent(
              p -> {
                throw new BadInputException(p);
              });
      merged.put(e.getKey(), v);
    }
    ParameterSet resolved =
        ScenarioLoader.resolveParameters(
            catalog,
            calibration,
            merged,
            name -> new BadInputException("calibration lacks '" + name + "'"));
    ScenarioLoader.issueWeightProblem(resolved)
        .ifPresent(
            side -> {
              throw new BadInputException(
                  "every issue weight of "
                      + side
                      + " is 0 (issues."
                      + side
                      + ".*): a side must care about something on the table");
            });
    List<NegotiatorProfile> rebuilt =
        RosterBuilder.build(
            calibration,
            resolved,
            strategies,
            negotiatorOverrides,
            (path, message) -> new BadInputException(file + ", key '" + path + "': " + message));
    return new Scenario(
        file,
        name,
        title,
        description,
        start,
        weeks,
        seed,
        replications,
        resolved,
        Map.copyOf(merged),
        strategies,
        negotiatorOverrides,
        rebuilt,
        events,
        autonomousFrom,
        purchaseDeadline,
        outputs,
        calibration,
        sha256,
        draws);
  }

  /** The same scenario with another seed, horizon or number of replications. */
  public Scenario with(Long seed, Integer weeks, Integer replications) {
    int w = weeks == null ? this.weeks : weeks;
    if (w < 1 || w > org.tradewar.io.Limits.MAX_WEEKS) {
      throw new BadInputException(
          "--weeks "
              + w
              + " is out of range: allowed is an integer between 1 and "
              + org.tradewar.io.Limits.MAX_WEEKS);
    }
    return new Scenario(
        file,
        name,
        title,
        description,
        start,
        w,
        seed == null ? this.seed : seed,
        replications == null ? this.replications : replications,
        parameters,
        overrides,
        strategies,
        negotiatorOverrides,
        roster,
        events,
        autonomousFrom,
        purchaseDeadline,
        outputs,
        calibration,
        sha256,
        draws);
  }

  /** Week index of a date in this scenario (may be outside the horizon). */
  public int weekOf(LocalDate date) {
    return (int) Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(start, date), 7);
  }
}
