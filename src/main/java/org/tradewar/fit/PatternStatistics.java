package org.tradewar.fit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.PathRecord;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * The statistic of a run that measures a pattern (docs/fit.md): meetings held by a date, whether a
 * deal or a truce is in force on it, the US coverage at a rate, a breakdown followed by a rate
 * rise, a threat on the rest of China's goods, measures taken, China's answer to the first threat.
 * A date beyond the run's horizon reads the last week.
 */
final class PatternStatistics {
  private PatternStatistics() {}

  /** The run's value for the pattern (1 or 0 for statements that hold or not). */
  static double value(Pattern p, TradeWarModel m) {
    LocalDate start = m.setup().start();
    PathRecord path = m.path();
    int week = p.date() == null ? path.weeks() - 1 : weekOf(start, p.date());
    return switch (p.kind()) {
      case "meetings_by" -> path.meetings(week);
      case "no_deal_at" -> path.accord(week) == PathRecord.Accord.DEAL ? 0 : 1;
      case "truce_at" -> path.accord(week) == PathRecord.Accord.TRUCE ? 1 : 0;
      case "coverage_at_rate_by" -> path.usCoverageAtLeast(week, p.ratePct());
      case "breakdown_then_raise" ->
          breakdownThenRaise(m, p.from() == null ? 0 : weekOf(start, p.from()), week, p.ratePct());
      case "threat_on_rest_by" ->
          path.firstThreatOnRestWeek() >= 0 && path.firstThreatOnRestWeek() <= week ? 1 : 0;
      case "us_measures_by" -> count(m, Country.US, week, EventKind.SANCTION, EventKind.NON_TARIFF);
      case "cn_measures_by" -> count(m, Country.CN, week, EventKind.NON_TARIFF);
      case "retaliation_ratio" -> retaliationRatio(m);
      default -> throw new IllegalArgumentException("no statistic for pattern kind " + p.kind());
    };
  }

  static int weekOf(LocalDate start, String isoDate) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, LocalDate.parse(isoDate)), 7);
  }

  private static double breakdownThenRaise(TradeWarModel m, int from, int by, double rate) {
    int breakdown = -1;
    for (TimelineEvent e : m.timeline().events()) {
      if (e.week() > by) {
        break;
      }
      if (e.kind() == EventKind.BREAKDOWN && e.week() >= from && breakdown < 0) {
        breakdown = e.week();
      } else if (breakdown >= 0
          && e.week() >= breakdown
          && e.actor() == Country.US
          && (e.kind() == EventKind.RAISE || e.kind() == EventKind.TARIFF)
          && e.ratePct() >= rate - 1e-9) {
        return 1;
      }
    }
    return 0;
  }

  private static double count(TradeWarModel m, Country actor, int by, EventKind... kinds) {
    int n = 0;
    for (TimelineEvent e : m.timeline().events()) {
      if (e.week() > by) {
        break;
      }
      if (e.actor() == actor) {
        for (EventKind k : kinds) {
          if (e.kind() == k) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /**
   * China's first answer (a counter-threat or a retaliation) over the coverage of the first US
   * threat.
   */
  private static double retaliationRatio(TradeWarModel m) {
    double us = Double.NaN;
    for (TimelineEvent e : m.timeline().events()) {
      if (Double.isNaN(us)
          && e.actor() == Country.US
          && e.kind() == EventKind.THREAT
          && e.coverageUsdBn() > 0) {
        us = e.coverageUsdBn();
      } else if (!Double.isNaN(us)
          && e.actor() == Country.CN
          && (e.kind() == EventKind.THREAT || e.kind() == EventKind.RETALIATION)
          && e.coverageUsdBn() > 0) {
        return e.coverageUsdBn() / us;
      }
    }
    return 0;
  }
}
