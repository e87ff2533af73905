package org.tradewar.calibration;

import java.util.List;
import org.tradewar.io.Check;

/**
 * An observable statement the articles make about the war's path, which a simulated run can meet or
 * miss: "11 rounds of talks that have failed" by 25 June 2019, "25 percent tariffs on $250
 * billion", a truce open to extension beyond 1 March. The target is computed from the facts (never
 * typed in); the tolerance follows a stated rule per kind (docs/fit.md); {@code facts} names the
 * facts behind it.
 *
 * @param id {@code P1}, {@code P2}... in the order the mapper finds them
 * @param kind what a run is measured on: one of {@link #KINDS}
 * @param description the statement, in words
 * @param from start of the window (ISO date) for kinds that have one, else null
 * @param date the date the statement holds at or by (ISO date)
 * @param target the value the articles give (1 for statements that hold or not)
 * @param tolerance how far a run may be from the target and still meet it
 * @param comparator {@code within} (|value - target| <= tolerance), {@code at_least} (value >=
 *     target - tolerance) or {@code holds} (value is 1)
 * @param ratePct the tariff rate the statement is about, for kinds with a rate, else null
 * @param facts the ids of the facts the target is computed from
 */
public record Pattern(
    String id,
    String kind,
    String description,
    String from,
    String date,
    double target,
    double tolerance,
    String comparator,
    Double ratePct,
    List<String> facts) {

  /** The kinds of pattern, as named in the JSON. */
  public static final List<String> KINDS =
      List.of(
          "meetings_by",
          "no_deal_at",
          "coverage_at_rate_by",
          "truce_at",
          "breakdown_then_raise",
          "threat_on_rest_by",
          "us_measures_by",
          "cn_measures_by",
          "retaliation_ratio");

  /** The comparators. */
  public static final List<String> COMPARATORS = List.of("within", "at_least", "holds");

  public Pattern {
    Check.notBlank(id, "id");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown pattern kind '" + kind + "', allowed: " + KINDS);
    }
    if (!COMPARATORS.contains(comparator)) {
      throw new IllegalArgumentException(
          "unknown comparator '" + comparator + "', allowed: " + COMPARATORS);
    }
    facts = List.copyOf(facts);
  }

  /** Whether a run's value meets the statement. */
  public boolean met(double value) {
    return switch (comparator) {
      case "within" -> Math.abs(value - target) <= tolerance + 1e-9;
      case "at_least" -> value >= target - tolerance - 1e-9;
      default -> value >= 0.5;
    };
  }

  /**
   * How far a run's value is from meeting the statement, in tolerances (0 when met): the smooth
   * part of the fit's distance, so that the optimiser sees which way to move.
   */
  public double shortfall(double value) {
    double scale =
        tolerance > 0 ? tolerance : 1; // a statement that holds or not, or a count of one
    return switch (comparator) {
      case "within" -> Math.max(0, Math.abs(value - target) - tolerance) / scale;
      case "at_least" -> Math.max(0, target - tolerance - value) / scale;
      default -> Math.max(0, 1 - value);
    };
  }
}
