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

  private VerbAttachment() {}

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
   * Whether the text at {@code offset} belongs to a verb of announcing ("proclaimed on March 8").
   */
  static boolean announcing(List<PosTagger.Token> tokens, int offset) {
    PosTagger.Token verb = governing(tokens, offset);
    return verb != null && ANNOUNCING.contains(verb.lemma());
  }
}
