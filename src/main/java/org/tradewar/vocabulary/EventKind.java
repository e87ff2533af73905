package org.tradewar.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of timeline events, one spec each: the lower-case name is the {@code kind} column of
 * events.csv, the {@link Mark} says how the escalation timeline draws it and the caption words the
 * label beside the marker. The model writes these kinds; the readers and charts read them back. A
 * new kind is one constant here: the compiler then asks the chart for its marker (an exhaustive
 * switch over {@link Mark}), and docs/outputs.md lists it.
 */
public enum EventKind {
  THREAT(Mark.THREAT, "Threat", Caption.AMOUNTS),
  TARIFF(Mark.TARIFF, "Tariff", Caption.AMOUNTS),
  RAISE(Mark.TARIFF, "Raise", Caption.CHANGE, "Raise to"),
  RETALIATION(Mark.RETALIATION, "Retaliation", Caption.AMOUNTS),
  TALKS(Mark.TALKS, "Talks", Caption.PLACE),
  REVIEW(Mark.TALKS, "Review", Caption.PLACE),
  CALL(Mark.TALKS, "Call", Caption.PLACE),
  SUMMIT(Mark.TALKS, "Summit", Caption.PLACE),
  TRUCE(Mark.TRUCE, "Truce", Caption.WORD),
  TRUCE_EXTENDED(Mark.TRUCE, "Truce extended", Caption.WORD),
  DEAL(Mark.DEAL, "Deal", Caption.WORD),
  BREAKDOWN(Mark.BREAKDOWN, "Breakdown", Caption.WORD),
  DEADLINE(Mark.DEADLINE, "Deadline", Caption.WORD),
  SANCTION(Mark.MEASURE, "Sanction", Caption.TARGET),
  NON_TARIFF(Mark.MEASURE, "Non-tariff", Caption.MEASURE),
  ROLLBACK(Mark.ROLLBACK, "Rollback", Caption.CHANGE, "Cut to"),
  COMMITMENT_HONOURED(Mark.COMMITMENT, "Commitment kept", Caption.WORD),
  COMMITMENT_SHORTFALL(Mark.COMMITMENT, "Purchases short", Caption.WORD),
  COMMITMENT_BROKEN(Mark.COMMITMENT, "Commitment broken", Caption.WORD),
  /** An offer at the table: the transcript's detail, not drawn on the timeline. */
  OFFER(Mark.NONE, "Offer", Caption.WORD),
  /** A remark for the transcript (a skipped scenario event, farm support): not drawn. */
  NOTE(Mark.NONE, "Note", Caption.WORD);

  /**
   * The timeline's marker groups, in legend order. {@link #NONE} is not drawn. The marks at the
   * table go in the middle lane, the others in the acting side's lane.
   */
  public enum Mark {
    THREAT,
    TARIFF,
    RETALIATION,
    MEASURE,
    ROLLBACK,
    COMMITMENT,
    TALKS(true),
    DEADLINE(true),
    TRUCE(true),
    DEAL(true),
    BREAKDOWN(true),
    NONE;

    private final boolean atTable;

    Mark() {
      this(false);
    }

    Mark(boolean atTable) {
      this.atTable = atTable;
    }

    /**
     * True for what happens between the sides (talks, truces, deals), drawn between their lanes.
     */
    public boolean atTable() {
      return atTable;
    }
  }

  /** How the label beside a marker is worded from the row's amounts, place, target or measure. */
  public enum Caption {
    /** "Tariff 25% on $34B": the word and the amounts. */
    AMOUNTS,
    /** "Raise to 25% on $200B" when both amounts are known, else the word and the amounts. */
    CHANGE,
    /** "Summit, Osaka": the word and the meeting's place, where the scenario gave one. */
    PLACE,
    /** "Sanction: ZTE" when the target is a firm. */
    TARGET,
    /** "Non-tariff: export_controls": the measure, else the firm, else "Non-tariff measure". */
    MEASURE,
    /** The word alone. */
    WORD
  }

  private final Mark mark;
  private final String word;
  private final Caption caption;
  private final String changeWord;

  EventKind(Mark mark, String word, Caption caption) {
    this(mark, word, caption, null);
  }

  EventKind(Mark mark, String word, Caption caption, String changeWord) {
    this.mark = mark;
    this.word = word;
    this.caption = caption;
    this.changeWord = changeWord;
  }

  /** The {@code kind} column of events.csv: "threat", "truce_extended". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Mark mark() {
    return mark;
  }

  /** True when the escalation timeline draws the kind (offers and notes are the transcript's). */
  public boolean drawn() {
    return mark != Mark.NONE;
  }

  /** The label's first word(s): "Threat", "Truce extended". */
  public String word() {
    return word;
  }

  public Caption caption() {
    return caption;
  }

  /** For a {@link Caption#CHANGE}: "Raise to", "Cut to"; null for the others. */
  public String changeWord() {
    return changeWord;
  }

  /** The kind of a {@code kind} column value, or null for a kind this version does not know. */
  public static EventKind ofKey(String key) {
    for (EventKind k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    return null;
  }

  /** The keys of {@code kinds}: for the sets of kinds readers look for. */
  public static List<String> keys(EventKind... kinds) {
    return Arrays.stream(kinds).map(EventKind::key).toList();
  }
}
