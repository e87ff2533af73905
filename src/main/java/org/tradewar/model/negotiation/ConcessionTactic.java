package org.tradewar.model.negotiation;

/**
 * Faratin, Sierra and Jennings (1998) time-dependent tactic: the utility a negotiator asks for
 * falls from 1 to its reservation as time presses, {@code u = 1 - alpha (1 - reservation)}, with
 * {@code alpha = k + (1 - k) pressure^(1 / beta)}. beta below 1 is Boulware (holds out, concedes at
 * the end); above 1 is Conceder (concedes early).
 *
 * <p>Pressure, in [0, 1], is the larger of two clocks that never restart within an episode of
 * talks: the time since the talks began over the delegation's patience, and the nearness of the
 * active deadline within its window. A new threat with a new deadline therefore adds pressure as
 * its deadline nears, but cannot make a side concede everything at once.
 */
public final class ConcessionTactic {
  private ConcessionTactic() {}

  public static double pressure(
      double weeksTalking,
      double patienceWeeks,
      double weeksToDeadline,
      double deadlineWindowWeeks) {
    double elapsed = patienceWeeks > 0 ? weeksTalking / patienceWeeks : 1;
    double deadline =
        Double.isNaN(weeksToDeadline) || deadlineWindowWeeks <= 0
            ? 0
            : 1 - weeksToDeadline / deadlineWindowWeeks;
    return clamp(Math.max(elapsed, deadline));
  }

  public static double alpha(double pressure, double k, double beta) {
    return k + (1 - k) * Math.pow(clamp(pressure), 1 / beta);
  }

  public static double targetUtility(double pressure, double k, double beta, double reservation) {
    return 1 - alpha(pressure, k, beta) * (1 - reservation);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
