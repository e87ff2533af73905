package org.tradewar.gui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.scenario.CalibrationLookup;
import org.tradewar.scenario.Scenario;

/**
 * The article sentences behind an event: the patterns the calibration reports within a week of its
 * date, and the calibrated numbers (coverage, rate) it carries.
 */
final class EventSources {
  private EventSources() {}

  /** A week either side: scripted events and the articles' dates can differ by a few days. */
  static final int DAYS = 7;

  static List<String> near(Scenario s, TimelineEvent e) {
    CalibrationLookup cal = s.calibration();
    if (cal == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (Pattern p : cal.patterns()) {
      LocalDate d = date(p.date());
      if (d == null || Math.abs(ChronoUnit.DAYS.between(d, e.date())) > DAYS) {
        continue;
      }
      for (String id : p.facts()) {
        cal.fact(id)
            .ifPresent(
                f -> out.add(p.description() + " (" + f.file() + ": \"" + f.sentence() + "\")"));
      }
    }
    numbers(s, cal, e, out);
    return new ArrayList<>(out);
  }

  /**
   * The calibrated parameters whose value is the event's coverage or rate ("$150B", "25%"), with
   * the article sentences they were read from: where the event's numbers come from.
   */
  private static void numbers(Scenario s, CalibrationLookup cal, TimelineEvent e, Set<String> out) {
    if (Double.isNaN(e.coverageUsdBn()) && Double.isNaN(e.ratePct())) {
      return;
    }
    for (ParameterSpec spec : s.parameters().catalog().all().values()) {
      if (!spec.calibrated()) {
        continue;
      }
      double v = s.parameters().get(spec.path());
      boolean coverage = spec.path().contains("usd_bn") && Math.abs(v - e.coverageUsdBn()) < 0.5;
      boolean rate = spec.path().contains("rate_pct") && Math.abs(v - e.ratePct()) < 1e-9;
      if (!coverage && !rate) {
        continue;
      }
      CalibrationLookup.Provenance p = cal.provenance(spec.path());
      if (p == null) {
        continue;
      }
      for (CalibrationLookup.FactRef f : p.facts()) {
        out.add(
            spec.path()
                + " = "
                + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v))
                + " ("
                + f.file()
                + ": \""
                + f.sentence()
                + "\")");
      }
    }
  }

  private static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
