package org.tradewar.model;

import java.util.Arrays;
import java.util.List;
import org.tradewar.model.economy.Tranche;

/**
 * The week-by-week state of the negotiation and of US tariffs a run passes through, for statements
 * about the war's path ("no deal by June 2019", "25% on $250B by then"): the accord in force, the
 * meetings held so far, and the US tranches (coverage and rate). A week whose tranches did not
 * change shares the previous week's array, so the record costs little.
 */
public final class PathRecord {
  /** What is in force in a week. */
  public enum Accord {
    NONE,
    TRUCE,
    DEAL
  }

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

  void record(int week, Accord a, int meetingsSoFar, List<Tranche> tranches) {
    accord[week] = a;
    meetings[week] = meetingsSoFar;
    double[] before = week > 0 ? usTranches[week - 1] : null;
    usTranches[week] = before != null && same(before, tranches) ? before : snapshot(tranches);
  }

  /**
   * Whether the tranches are as {@code snapshot} recorded them (no allocation in the weekly loop).
   */
  private static boolean same(double[] snapshot, List<Tranche> tranches) {
    if (snapshot.length != 2 * tranches.size()) {
      return false;
    }
    for (int i = 0; i < tranches.size(); i++) {
      if (snapshot[2 * i] != tranches.get(i).coveredUsdBn()
          || snapshot[2 * i + 1] != tranches.get(i).ratePct()) {
        return false;
      }
    }
    return true;
  }

  private static double[] snapshot(List<Tranche> tranches) {
    double[] now = new double[2 * tranches.size()];
    for (int i = 0; i < tranches.size(); i++) {
      now[2 * i] = tranches.get(i).coveredUsdBn();
      now[2 * i + 1] = tranches.get(i).ratePct();
    }
    return now;
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

  /**
   * Annual value of US imports from China under US tranches at {@code ratePct} or more, in {@code
   * week}.
   */
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
