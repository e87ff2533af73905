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
import org.tradewar.scenario.CalibrationLookup;
import org.tradewar.scenario.Scenario;

/** The article sentences behind an event: what the calibration reports within a week of its date. */
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
        cal.fact(id).ifPresent(f -> out.add(p.description() + " (" + f.file() + ": \"" + f.sentence() + "\")"));
      }
    }
    return new ArrayList<>(out);
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
