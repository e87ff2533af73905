package org.tradewar.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run's transcript: every offer, decision and event, in order, dated. An event is dated the
 * Monday of its week, unless it happens inside something a scenario dated (a scripted event, a
 * scripted meeting): then it keeps that date. Deadlines a scenario dated keep theirs too. The week
 * index stays what the data are keyed by.
 */
public final class Timeline {
  private final LocalDate start;
  private final List<TimelineEvent> events = new ArrayList<>();
  private final java.util.Map<Integer, LocalDate> datedDeadlines = new java.util.HashMap<>();
  private LocalDate current;

  public Timeline(LocalDate start) {
    this.start = start;
  }

  /** The date people read for week {@code week}: a deadline's own date where a scenario gave one. */
  public LocalDate date(int week) {
    LocalDate d = datedDeadlines.get(week);
    return d != null ? d : start.plusDays(7L * week);
  }

  /** A scenario's dated deadline: printed with its own date, not its week's Monday. */
  void dateDeadline(int week, LocalDate date) {
    datedDeadlines.putIfAbsent(week, date);
  }

  /** Events added until {@link #undated()} carry {@code date} (something the scenario dated is happening). */
  void dated(LocalDate date) {
    current = date;
  }

  void undated() {
    current = null;
  }

  private LocalDate dateOf(int week) {
    return current != null ? current : start.plusDays(7L * week);
  }

  public void add(int week, Country actor, String target, EventKind kind, double coverage,
      double rate, String text) {
    events.add(new TimelineEvent(week, dateOf(week), actor, target, kind, coverage, rate, () -> text));
  }

  /** An event whose sentence is written only when first read (offers: one per exchange). */
  public void addWorded(int week, Country actor, String target, EventKind kind,
      java.util.function.Supplier<String> wording) {
    events.add(new TimelineEvent(week, dateOf(week), actor, target, kind, Double.NaN, Double.NaN, wording));
  }

  public void add(int week, Country actor, EventKind kind, String text) {
    add(week, actor, "", kind, Double.NaN, Double.NaN, text);
  }

  public List<TimelineEvent> events() {
    return Collections.unmodifiableList(events);
  }
}
