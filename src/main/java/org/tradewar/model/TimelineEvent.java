package org.tradewar.model;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * One dated line of the transcript: who did what to whom, with the coverage and rate where they
 * apply (NaN otherwise), and the sentence a student reads. The sentence may be written only when
 * first read: a sweep that keeps only the summary never pays for the wording of every offer.
 */
public final class TimelineEvent {
  private final int week;
  private final LocalDate date;
  private final Country actor;
  private final String target;
  private final EventKind kind;
  private final double coverageUsdBn;
  private final double ratePct;
  private Supplier<String> wording;
  private String text;
  private String label = "";

  TimelineEvent(
      int week,
      LocalDate date,
      Country actor,
      String target,
      EventKind kind,
      double coverageUsdBn,
      double ratePct,
      Supplier<String> wording) {
    this.week = week;
    this.date = date;
    this.actor = actor;
    this.target = target;
    this.kind = kind;
    this.coverageUsdBn = coverageUsdBn;
    this.ratePct = ratePct;
    this.wording = wording;
  }

  public int week() {
    return week;
  }

  public LocalDate date() {
    return date;
  }

  public Country actor() {
    return actor;
  }

  public String target() {
    return target;
  }

  public EventKind kind() {
    return kind;
  }

  public double coverageUsdBn() {
    return coverageUsdBn;
  }

  public double ratePct() {
    return ratePct;
  }

  /** A short name a chart prints beside the marker (a meeting's place, a measure); "" when none. */
  public String label() {
    return label;
  }

  void label(String label) {
    this.label = label;
  }

  /** The sentence (written from the event's records the first time it is asked for). */
  public String text() {
    if (text == null) {
      text = wording.get();
      wording = null;
    }
    return text;
  }

  @Override
  public String toString() {
    return date + " " + kind.key() + ": " + text();
  }
}
