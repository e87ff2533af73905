package org.tradewar.model;

import java.util.Arrays;
import org.tradewar.model.economy.Tranche;

/**
 * The week-by-week state of the negotiation and of US tariffs a run passes through, for statements
 * about the war's path ("no deal by June 2019", "25% on $250B by then"): the accord in force, the
 * meetings held so far, and the US tranches (coverage and rate). A week whose tranches did not change
 * shares the previous week's array, so the record costs little.
 */
public final class PathRecord {
  /** What is in force in a week. */
  public enum Accord { NONE, TRUCE, DEAL }

  private final Accord[] accord;
  private final int[] meetings;
  private final double[][] usTranches; // per week: coverage, rate, coverage, rate...
  private int firstThreatOnRestWeek = -1;

  PathRecord(int weeks) {
    accord = new Accord[weeks];
    Arrays.fill(accord, Accord.NONE);
    meetings = new int[weeks];
    usTranches = new double[weeks][];
  }

  void record(int week, Accord a, int meetingsSoFar, Iterable<Tranche> tranches) {
    accord[week] = a;
    meetings[week] = meetingsSoFar;
    int n = 0;
    for (Tranche t : tranches) {
      n++;
    }
    double[] now = new double[2 * n];
    int i = 0;
    for (Tranche t : tranches) {
      now[i++] = t.coveredUsdBn();
      now[i++] = t.ratePct();
    }
    double[] before = week > 0 ? usTranches[week - 1] : null;
    usTranches[week] = before != null && Arrays.equals(before, now) ? before : now;
  }

  void threatOnRest(int week) {
    if (firstThreatOnRestWeek < 0) {
      firstThreatOnRestWeek = week;
    }
  }

  public int weeks() {
    return accord.length;
  }

  public Accord accord(int week) {
    return accord[clamp(week)];
  }

  /** Meetings at the table (rounds, calls, summits) held up to and including {@code week}. */
  public int meetings(int week) {
    return meetings[clamp(week)];
  }

  /** Annual value of US imports from China under US tranches at {@code ratePct} or more, in {@code week}. */
  public double usCoverageAtLeast(int week, double ratePct) {
    double[] t = usTranches[clamp(week)];
    double v = 0;
    for (int i = 0; t != null && i < t.length; i += 2) {
      if (t[i + 1] >= ratePct - 1e-9) {
        v += t[i];
      }
    }
    return v;
  }

  /** The first week the US threatened all of China's goods still untaxed, or -1. */
  public int firstThreatOnRestWeek() {
    return firstThreatOnRestWeek;
  }

  private int clamp(int week) {
    return Math.max(0, Math.min(accord.length - 1, week));
  }
}
