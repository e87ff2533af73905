package org.tradewar.calibration;

import java.util.List;
import java.util.Set;

/**
 * Which verb a number or a date in a clause belongs to: the nearest full verb before it, so that in
 * "the tariffs that Trump proclaimed on March 8 came into force on Friday" the eighth of March
 * belongs to "proclaimed" and Friday to "came". This is a shallow stand-in for a parser: it trusts
 * word order, which is how wire copy attaches its adverbials.
 */
final class VerbAttachment {
  /** Verbs whose date is when an act was made known, not when it takes effect. */
  private static final Set<String> ANNOUNCING =
      Set.of(
          "announce",
          "proclaim",
          "unveil",
          "declare",
          "decide",
          "publish",
          "release",
          "say",
          "tell",
          "tweet",
          "threaten",
          "propose",
          "order",
          "direct",
          "pledge",
          "vow",
          "warn",
          "confirm",
          "state");

  /** Verbs that report a state lasting, not an act of the day: "remain in place", "still stand". */
  private static final Set<String> STATE = Set.of("remain", "stay", "stand", "leave", "keep");

  /** Conjunctions that make the next verb background: "days after Washington raised tariffs". */
  private static final Set<String> BACKGROUND = Set.of("after", "since", "because", "following");

  private VerbAttachment() {}

  /**
   * Whether the verb governing {@code offset} stands in a background clause: "days after Washington
   * raised tariffs on $200 billion", "since China raised its duties".
   */
  static boolean background(List<PosTagger.Token> tokens, int offset) {
    PosTagger.Token verb = governing(tokens, offset);
    if (verb == null) {
      return false;
    }
    int i = tokens.indexOf(verb);
    for (int j = i - 1; j >= 0 && !tokens.get(j).tag().equals("VERB"); j--) {
      if (BACKGROUND.contains(tokens.get(j).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of the clause reports a lasting state ("the tariffs remain in force"). */
  static boolean ofState(List<PosTagger.Token> tokens) {
    return tokens.stream().anyMatch(t -> t.verbal() && STATE.contains(t.lemma()));
  }

  /** The full verb nearest before {@code offset} in {@code tokens}, or null if there is none. */
  static PosTagger.Token governing(List<PosTagger.Token> tokens, int offset) {
    PosTagger.Token verb = null;
    for (PosTagger.Token t : tokens) {
      if (t.start() >= offset) {
        break;
      }
      if (t.tag().equals("VERB")) {
        verb = t;
      }
    }
    return verb;
  }

  /**
   * Whether the verb governing {@code offset} is in a past form that no future auxiliary governs:
   * "had threatened in April", "proposed in June", not "will be raised" or "would be hit".
   */
  static boolean pastTense(List<PosTagger.Token> tokens, int offset) {
    PosTagger.Token verb = governing(tokens, offset);
    if (verb == null) {
      return false;
    }
    String w = verb.text().toLowerCase(java.util.Locale.ROOT);
    if (!w.endsWith("ed") || w.equals(verb.lemma())) {
      return false;
    }
    int i = tokens.indexOf(verb);
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      PosTagger.Token t = tokens.get(j);
      if (t.is("will", "would", "shall", "be", "to") || (t.tag().equals("VERB") && !t.is("have"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text at {@code offset} belongs to a verb of announcing ("proclaimed on March 8").
   */
  static boolean announcing(List<PosTagger.Token> tokens, int offset) {
    PosTagger.Token verb = governing(tokens, offset);
    return verb != null && ANNOUNCING.contains(verb.lemma());
  }
}
