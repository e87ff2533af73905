package org.tradewar.model.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The time-dependent tactic: bounded pressure, two clocks that never restart, Boulware vs Conceder.
 */
class ConcessionTacticTest {

  @Provide
  Arbitrary<Double> toDeadline() {
    // no deadline (NaN), past, inside and beyond the window
    return Arbitraries.oneOf(Arbitraries.just(Double.NaN), Arbitraries.doubles().between(-10, 120));
  }

  @Property(tries = 200, seed = "20180403")
  void pressureIsInTheUnitInterval(
      @ForAll @DoubleRange(min = 0, max = 200) double talking,
      @ForAll @DoubleRange(min = 0, max = 60) double patience,
      @ForAll("toDeadline") double toDeadline,
      @ForAll @DoubleRange(min = 0, max = 30) double window) {
    double p = ConcessionTactic.pressure(talking, patience, toDeadline, window);
    assertTrue(p >= 0 && p <= 1, "pressure " + p);
  }

  @Property(tries = 200, seed = "20180403")
  void pressureRisesWithTimeTalking(
      @ForAll @DoubleRange(min = 0, max = 100) double talking,
      @ForAll @DoubleRange(min = 0, max = 20) double more,
      @ForAll @DoubleRange(min = 1, max = 60) double patience,
      @ForAll("toDeadline") double toDeadline,
      @ForAll @DoubleRange(min = 1, max = 30) double window) {
    assertTrue(
        ConcessionTactic.pressure(talking + more, patience, toDeadline, window)
            >= ConcessionTactic.pressure(talking, patience, toDeadline, window));
  }

  @Property(tries = 200, seed = "20180403")
  void pressureRisesAsTheDeadlineNears(
      @ForAll @DoubleRange(min = 0, max = 100) double talking,
      @ForAll @DoubleRange(min = 1, max = 60) double patience,
      @ForAll @DoubleRange(min = -5, max = 60) double toDeadline,
      @ForAll @DoubleRange(min = 0, max = 20) double nearer,
      @ForAll @DoubleRange(min = 1, max = 30) double window) {
    assertTrue(
        ConcessionTactic.pressure(talking, patience, toDeadline - nearer, window)
            >= ConcessionTactic.pressure(talking, patience, toDeadline, window));
  }

  @Test
  void pressureIsStrictlyIncreasingInsideTheWindow() {
    // a deadline two weeks out in an eight-week window presses harder than one six weeks out
    assertEquals(0.75, ConcessionTactic.pressure(0, 26, 2, 8), 1e-12);
    assertEquals(0.25, ConcessionTactic.pressure(0, 26, 6, 8), 1e-12);
    assertEquals(13.0 / 26, ConcessionTactic.pressure(13, 26, Double.NaN, 8), 1e-12);
    assertEquals(1.0, ConcessionTactic.pressure(0, 26, 0, 8), 1e-12);
  }

  @Property(tries = 200, seed = "20180403")
  void aDeadlineNeverRestartsTheClockAndAFarOneAddsNothing(
      @ForAll @DoubleRange(min = 0, max = 100) double talking,
      @ForAll @DoubleRange(min = 1, max = 60) double patience,
      @ForAll @DoubleRange(min = -5, max = 120) double toDeadline,
      @ForAll @DoubleRange(min = 1, max = 30) double window) {
    double elapsedOnly = ConcessionTactic.pressure(talking, patience, Double.NaN, window);
    double withDeadline = ConcessionTactic.pressure(talking, patience, toDeadline, window);
    assertTrue(withDeadline >= elapsedOnly, "a new deadline lowered the pressure");
    if (toDeadline >= window) {
      assertEquals(elapsedOnly, withDeadline, 0.0, "a deadline beyond its window added pressure");
    }
  }

  @Property(tries = 200, seed = "20180403")
  void theTargetLiesBetweenTheReservationAndOne(
      @ForAll @DoubleRange(min = 0, max = 1) double pressure,
      @ForAll @DoubleRange(min = 0, max = 1) double k,
      @ForAll @DoubleRange(min = 0.01, max = 50) double beta,
      @ForAll @DoubleRange(min = 0, max = 1) double reservation) {
    double u = ConcessionTactic.targetUtility(pressure, k, beta, reservation);
    assertTrue(u >= reservation - 1e-12 && u <= 1 + 1e-12, "target " + u);
  }

  @Property(tries = 200, seed = "20180403")
  void theTargetFallsAsPressureRises(
      @ForAll @DoubleRange(min = 0, max = 1) double p1,
      @ForAll @DoubleRange(min = 0, max = 1) double p2,
      @ForAll @DoubleRange(min = 0, max = 0.5) double k,
      @ForAll @DoubleRange(min = 0.01, max = 50) double beta,
      @ForAll @DoubleRange(min = 0, max = 0.9) double reservation) {
    double lo = Math.min(p1, p2);
    double hi = Math.max(p1, p2);
    assertTrue(
        ConcessionTactic.targetUtility(hi, k, beta, reservation)
            <= ConcessionTactic.targetUtility(lo, k, beta, reservation) + 1e-12);
  }

  @Test
  void theTargetRunsFromNearlyEverythingToTheReservation() {
    double k = 0.05;
    double r = 0.4;
    assertEquals(1 - k * (1 - r), ConcessionTactic.targetUtility(0, k, 1, r), 1e-12);
    assertEquals(r, ConcessionTactic.targetUtility(1, k, 1, r), 1e-12);
    assertEquals(r, ConcessionTactic.targetUtility(1, k, 0.3, r), 1e-12);
    assertEquals(r, ConcessionTactic.targetUtility(1, k, 3, r), 1e-12);
  }

  @Property(tries = 200, seed = "20180403")
  void boulwareAsksForMoreThanConcederAtTheSameInteriorPressure(
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double pressure,
      @ForAll @DoubleRange(min = 0, max = 0.9) double k,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double boulware,
      @ForAll @DoubleRange(min = 1.05, max = 20) double conceder,
      @ForAll @DoubleRange(min = 0, max = 0.9) double reservation) {
    double holdOut = ConcessionTactic.targetUtility(pressure, k, boulware, reservation);
    double linear = ConcessionTactic.targetUtility(pressure, k, 1, reservation);
    double concede = ConcessionTactic.targetUtility(pressure, k, conceder, reservation);
    assertTrue(
        holdOut > linear && linear > concede,
        "Boulware " + holdOut + ", linear " + linear + ", Conceder " + concede);
  }
}
