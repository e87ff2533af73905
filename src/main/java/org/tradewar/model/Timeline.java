package org.tradewar.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

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

  /**
   * The date people read for week {@code week}: a deadline's own date where a scenario gave one.
   */
  public LocalDate date(int week) {
    LocalDate d = datedDeadlines.get(week);
    return d != null ? d : start.plusDays(7L * week);
  }

  /** A scenario's dated deadline: printed with its own date, not its week's Monday. */
  void dateDeadline(int week, LocalDate date) {
    datedDeadlines.putIfAbsent(week, date);
  }

  /**
   * Events added until {@link #undated()} carry {@code date} (something the scenario dated is
   * happening).
   */
  void dated(LocalDate date) {
    current = date;
  }

  void undated() {
    current = null;
  }

  /**
   * A dated event keeps its date; any other takes its week's Monday, or the latest date already
   * written in that week: what the model does in answer to a scripted act never precedes it.
   */
  private LocalDate dateOf(int week) {
    if (current != null) {
      return current;
    }
    LocalDate monday = start.plusDays(7L * week);
    if (!events.isEmpty()) {
      TimelineEvent last = events.get(events.size() - 1);
      if (last.week() == week && last.date().isAfter(monday)) {
        return last.date();
      }
    }
    return monday;
  }

  public void add(
      int week,
      Country actor,
      String target,
      EventKind kind,
      double coverage,
      double rate,
      String text) {
    events.add(
        new TimelineEvent(week, dateOf(week), actor, target, kind, coverage, rate, () -> text));
  }

  /** An event whose sentence is written only when first read (offers: one per exchange). */
  public void addWorded(
      int week,
      Country actor,
      String target,
      EventKind kind,
      java.util.function.Supplier<String> wording) {
    events.add(
        new TimelineEvent(
            week, dateOf(week), actor, target, kind, Double.NaN, Double.NaN, wording));
  }

  public void add(int week, Country actor, EventKind kind, String text) {
    add(week, actor, "", kind, Double.NaN, Double.NaN, text);
  }

  /**
   * Gives the event just added its short label (a meeting's place, a measure's name); null: none.
   */
  void labelLast(String label) {
    if (label != null && !label.isBlank() && !events.isEmpty()) {
      events.get(events.size() - 1).label(label.strip());
    }
  }

  public List<TimelineEvent> events() {
    return Collections.unmodifiableList(events);
  }
}
