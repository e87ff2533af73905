package org.tradewar.model.negotiation;

/**
 * Faratin, Sierra and Jennings (1998) time-dependent tactic: the utility a negotiator asks for falls
 * from 1 to its reservation as the deadline nears, u(t) = 1 - alpha(t) (1 - reservation), with
 * alpha(t) = k + (1 - k) (t / T)^(1 / beta). beta below 1 is Boulware (holds out, concedes at the
 * end); above 1 is Conceder (concedes early).
 */
public final class ConcessionTactic {
  private ConcessionTactic() {}

  public static double alpha(double t, double deadline, double k, double beta) {
    double ratio = deadline <= 0 ? 1 : Math.max(0, Math.min(1, t / deadline));
    return k + (1 - k) * Math.pow(ratio, 1 / beta);
  }

  public static double targetUtility(double t, double deadline, double k, double beta, double reservation) {
    return 1 - alpha(t, deadline, k, beta) * (1 - reservation);
  }
}
