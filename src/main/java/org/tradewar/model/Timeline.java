package org.tradewar.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The run's transcript: every offer, decision and event, in order, dated. */
public final class Timeline {
  private final LocalDate start;
  private final List<TimelineEvent> events = new ArrayList<>();

  public Timeline(LocalDate start) {
    this.start = start;
  }

  public LocalDate date(int week) {
    return start.plusDays(7L * week);
  }

  public void add(int week, Country actor, String target, EventKind kind, double coverage,
      double rate, String text) {
    events.add(new TimelineEvent(week, date(week), actor, target, kind, coverage, rate, () -> text));
  }

  /** An event whose sentence is written only when first read (offers: one per exchange). */
  public void addWorded(int week, Country actor, String target, EventKind kind,
      java.util.function.Supplier<String> wording) {
    events.add(new TimelineEvent(week, date(week), actor, target, kind, Double.NaN, Double.NaN, wording));
  }

  public void add(int week, Country actor, EventKind kind, String text) {
    add(week, actor, "", kind, Double.NaN, Double.NaN, text);
  }

  public List<TimelineEvent> events() {
    return Collections.unmodifiableList(events);
  }
}
