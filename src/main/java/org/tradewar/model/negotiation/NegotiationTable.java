package org.tradewar.model.negotiation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.Country;

/**
 * The table where the two lead negotiators meet: alternating offers over the issue vector, each side
 * asking for the utility its time-dependent tactic gives at that moment (Faratin et al. 1998),
 * accepting an offer that gives it at least that. The table remembers the gap between the sides from
 * one meeting to the next, to tell progress from breakdown.
 */
public final class NegotiationTable {
  private final IssueWeights weights;
  private final NegotiationParameters p;
  private int firstWeek = -1;
  private double previousGap = Double.NaN;
  private double previousHorizon = Double.NaN;
  private RoundResult.Outcome previousOutcome;
  private int meetings;

  public NegotiationTable(IssueWeights weights, NegotiationParameters p) {
    this.weights = weights;
    this.p = p;
  }

  /** One meeting in {@code week}; {@code deadlineWeek} is the active deadline, or -1 for none. */
  public RoundResult meet(int week, TalkForm form, Map<Country, Delegation> delegations,
      Map<Country, Double> pain, int deadlineWeek, Country opener) {
    if (firstWeek < 0) {
      firstWeek = week;
    }
    meetings++;
    List<String> lines = new ArrayList<>();
    int offers = Math.max(1, (int) Math.round(p.offersPerRound() * form.offerScale()));
    Map<Country, Double> reservation = new EnumMap<>(Country.class);
    Map<Country, Double> beta = new EnumMap<>(Country.class);
    Map<Country, Double> horizon = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      Delegation d = delegations.get(c);
      double res = p.reservationBase() + p.reservationStanceWeight() * d.stance()
          - p.reservationPainWeight() * pain.getOrDefault(c, 0.0);
      reservation.put(c, Math.max(0, Math.min(0.95, res)));
      beta.put(c, d.beta(p.betaBoulware(), p.betaLinear(), p.betaConceder()));
      horizon.put(c, deadlineWeek > firstWeek ? deadlineWeek - firstWeek : d.patienceWeeks());
    }
    Map<Country, Offer> lastBy = new EnumMap<>(Country.class);
    Country proposer = opener;
    for (int j = 0; j < offers; j++) {
      double t = week - firstWeek + (double) j / offers;
      Country receiver = proposer.rival();
      Offer offer = weights.offerFor(proposer, aim(proposer, t, reservation, beta, horizon));
      double got = weights.utility(receiver, offer);
      // A side that believes the other will not move settles for a little less than its tactic asks.
      double resolve = delegations.get(receiver).meanBelief() - 0.5;
      double wants = aim(receiver, t, reservation, beta, horizon) - p.beliefWeight() * resolve;
      String speaker = delegations.get(proposer).lead().profile().name();
      boolean accepted = form.canClose() && got >= wants;
      lines.add(proposer + " (" + speaker + ") offers: " + offer.describe() + ". "
          + receiver + (accepted ? " accepts" : " rejects") + String.format(java.util.Locale.ROOT,
              " (it is worth %.2f to %s, which aims for %.2f).", got, receiver, wants));
      if (accepted) {
        previousGap = 0;
        previousHorizon = horizon.get(Country.US) + horizon.get(Country.CN);
        previousOutcome = RoundResult.Outcome.DEAL;
        return new RoundResult(RoundResult.Outcome.DEAL, offer, 0, lines);
      }
      lastBy.put(proposer, offer);
      proposer = receiver;
    }
    // The gap: how far each side's last offer falls short of what the other asks for, on average.
    double tEnd = week - firstWeek + 1.0;
    double gap = 0;
    int sides = 0;
    for (Map.Entry<Country, Offer> e : lastBy.entrySet()) {
      Country receiver = e.getKey().rival();
      gap += Math.max(0, aim(receiver, tEnd, reservation, beta, horizon)
          - weights.utility(receiver, e.getValue()));
      sides++;
    }
    gap /= sides;
    RoundResult.Outcome outcome;
    boolean hawkish = delegations.values().stream().anyMatch(d -> d.stance() >= p.breakThreshold());
    // A gap that widens because a deadline moved (a truce, a new threat) is not a step backwards.
    double horizonNow = horizon.get(Country.US) + horizon.get(Country.CN);
    boolean sameClock = Double.isNaN(previousHorizon) || Math.abs(horizonNow - previousHorizon) < 1e-9;
    previousHorizon = horizonNow;
    boolean backwards = sameClock && !Double.isNaN(previousGap) && gap > previousGap + p.progressThreshold();
    if (backwards || hawkish && previousOutcome != RoundResult.Outcome.BREAKDOWN) {
      outcome = RoundResult.Outcome.BREAKDOWN;
    } else if (hawkish) {
      outcome = RoundResult.Outcome.STALL; // talks that already broke down stay stuck
    } else if (Double.isNaN(previousGap) || previousGap - gap > p.progressThreshold()) {
      outcome = RoundResult.Outcome.PROGRESS;
    } else {
      outcome = RoundResult.Outcome.STALL;
    }
    previousGap = gap;
    previousOutcome = outcome;
    return new RoundResult(outcome, null, gap, lines);
  }

  private double aim(Country c, double t, Map<Country, Double> reservation,
      Map<Country, Double> beta, Map<Country, Double> horizon) {
    return ConcessionTactic.targetUtility(t, horizon.get(c), p.initialConcession(), beta.get(c),
        reservation.get(c));
  }

  /** Restarts the clock of the tactics (after a deal collapses, talks begin afresh). */
  public void restart() {
    firstWeek = -1;
    previousGap = Double.NaN;
    previousHorizon = Double.NaN;
    previousOutcome = null;
  }

  public int meetings() {
    return meetings;
  }

  public IssueWeights weights() {
    return weights;
  }
}
