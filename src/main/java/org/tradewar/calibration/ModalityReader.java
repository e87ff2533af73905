package org.tradewar.calibration;

import java.util.List;
import java.util.Set;

/**
 * How firmly a clause reports its act, read from its verb groups (the tagged verbs and
 * auxiliaries), not from a cue word anywhere: "could impose" and "threatened to" are threats, "will
 * impose" and "is to impose" are announced, "imposed", "took effect" and "came into force" are in
 * force, "delayed" and "put on hold" are suspended, "scrapped" and "called off" are cancelled.
 * Verbs of speaking ("said", "told") are skipped: the act is what is said. "Not", "never" and "n't"
 * in a verb group negate it.
 */
public final class ModalityReader {
  /** The modality (one of {@link Fact#MODALITIES}) and whether the verb group is negated. */
  public record Reading(
      String modality, boolean negated, boolean presentTense, boolean reportedWould) {
    /** The reading of a decision for later: "said it would impose ... from September 1". */
    public Reading asAnnounced() {
      return new Reading("announced", negated, presentTense, false);
    }
  }

  private static final Set<String> SPEECH =
      Set.of("say", "tell", "add", "state", "note", "write", "tweet");
  private static final Set<String> HEDGES = Set.of("could", "might", "may", "would", "should");
  private static final Set<String> THREAT_VERBS =
      Set.of(
          "threaten",
          "propose",
          "consider",
          "weigh",
          "mull",
          "warn",
          "vow",
          "pledge",
          "prepare",
          "float",
          "seek",
          "hint",
          "signal",
          "contemplate",
          "eye",
          "explore");
  private static final Set<String> DIRECTING = Set.of("direct", "order", "instruct", "ask");
  private static final Set<String> SUSPEND_VERBS =
      Set.of("suspend", "postpone", "delay", "defer", "shelve", "pause", "freeze");
  private static final Set<String> CANCEL_VERBS =
      Set.of("cancel", "scrap", "withdraw", "revoke", "rescind", "abandon", "drop");
  private static final Set<String> IN_FORCE_VERBS =
      Set.of(
          "impose",
          "levy",
          "slap",
          "collect",
          "apply",
          "begin",
          "start",
          "take",
          "come",
          "go",
          "hit",
          "enter",
          "put",
          "add",
          "raise",
          "increase",
          "hike",
          "retaliate",
          "place",
          "list",
          "ban",
          "sign",
          "cut",
          "lower",
          "reduce",
          "halve",
          "exempt",
          "exclude");

  /** The reading of {@code tokens} (one clause). */
  public Reading read(List<PosTagger.Token> tokens) {
    boolean negated = false;
    boolean hedge = false;
    boolean future = false;
    boolean threatVerb = false;
    boolean suspend = false;
    boolean cancel = false;
    boolean past = false;
    boolean conditional = false;
    boolean present = false;
    boolean reported = false; // a verb of speaking came first
    boolean reportedWould = false;
    boolean directed = false;
    boolean pastMainVerb = false; // negation counts only in the verb group of the clause's act
    for (int i = 0; i < tokens.size(); i++) {
      PosTagger.Token t = tokens.get(i);
      String w = t.text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("if") || w.equals("unless")) {
        conditional = true;
        pastMainVerb = true;
      }
      if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals("while")) {
        pastMainVerb = true; // a relative or subordinate clause: its negation is not the act's
      }
      if (t.lemma().contains("+not") || w.endsWith("n't") || w.endsWith("n’t")) {
        negated = negated || !pastMainVerb; // "won't", "didn't": one token, tagged AUX+PART
        future = future || t.lemma().startsWith("will");
        hedge = hedge || HEDGES.contains(t.lemma().replace("+not", ""));
        continue;
      }
      if (w.equals("due") && i > 0 && tokens.get(i - 1).is("be") && next(tokens, i, "to")) {
        future = true; // "is due to take effect": decided for later (not "fell due to tariffs")
        continue;
      }
      if (!t.verbal()
          && !t.tag().equals("PART")
          && !t.tag().equals("ADV")
          && !t.tag().equals("NOUN")) {
        continue;
      }
      if (t.verbal() && SPEECH.contains(t.lemma())) {
        reported = true;
        continue;
      }
      if ((t.tag().equals("PART") || t.tag().equals("ADV"))
          && (t.is("not", "never") || w.equals("n't"))
          && nearVerb(tokens, i)
          && !pastMainVerb) {
        negated = true;
      }
      if (t.tag().equals("AUX")) {
        if (reported && w.equals("would") && !hedge) {
          reportedWould =
              true; // "said it would": a hedge, or the future of reported speech (see Clause)
        } else if (HEDGES.contains(t.lemma()) || HEDGES.contains(w)) {
          hedge = true;
        } else if (t.is("will", "shall") || w.equals("'ll") || w.equals("’ll")) {
          future = true;
        } else if (t.is("be") && next(tokens, i, "to")) {
          future = true; // "is to impose", "are set to"
        }
        continue;
      }
      if (!t.verbal()) {
        continue;
      }
      String lemma = t.lemma();
      boolean afterMainVerb = pastMainVerb;
      if (DIRECTING.contains(lemma)) {
        directed = true; // "a memorandum directing USTR to propose tariffs": the threat is ordered
      }
      if (t.tag().equals("VERB") && !t.is("be", "have", "do")) {
        pastMainVerb = pastMainVerb || followsMainVerb(tokens, i);
      }
      if (THREAT_VERBS.contains(lemma)) {
        // "completes the tariffs each country had threatened": a threat in the object's own clause
        // is not the act's
        threatVerb = threatVerb || !afterMainVerb || directed;
      } else if (SUSPEND_VERBS.contains(lemma)
          || (lemma.equals("hold") && next(tokens, i, "off"))
          || (lemma.equals("put") && followedWithin(tokens, i, "hold", 4))
          || (lemma.equals("push") && next(tokens, i, "back"))) {
        suspend = true;
      } else if (CANCEL_VERBS.contains(lemma) || (lemma.equals("call") && next(tokens, i, "off"))) {
        cancel = true;
      } else if ((lemma.equals("plan")
              || lemma.equals("set")
              || lemma.equals("due")
              || lemma.equals("expect")
              || lemma.equals("go"))
          && next(tokens, i, "to")) {
        future = true;
      }
      if (IN_FORCE_VERBS.contains(lemma)
          && (w.equals(lemma) || w.equals(lemma + "s") || w.equals(lemma + "es"))
          && !t.tag().equals("NOUN")) {
        present = true;
      }
      if (IN_FORCE_VERBS.contains(lemma)
          && !w.equals(lemma)
          && (w.endsWith("ed") || IRREGULAR_PAST.contains(w))) {
        past = true;
      }
    }
    String modality;
    if (suspend) {
      modality = "suspended";
    } else if (cancel) {
      modality = "cancelled";
    } else if (threatVerb || hedge || conditional || reportedWould) {
      modality = "threatened";
    } else if (future) {
      modality = "announced";
    } else if (past) {
      modality = "in_force";
    } else {
      modality = "reported";
    }
    return new Reading(
        modality,
        negated,
        present && !past,
        reportedWould && !threatVerb && !hedge && !conditional);
  }

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "took", "taken", "came", "began", "begun", "went", "gone", "hit", "put", "set", "cut",
          "entered");

  /** True once the verb at {@code i} is followed by anything but its own particles and adverbs. */
  private static boolean followsMainVerb(List<PosTagger.Token> tokens, int i) {
    return i + 1 < tokens.size()
        && !tokens.get(i + 1).tag().equals("PART")
        && !tokens.get(i + 1).tag().equals("ADV")
        && !tokens.get(i + 1).verbal();
  }

  private static boolean next(List<PosTagger.Token> tokens, int i, String word) {
    return i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase(word);
  }

  private static boolean followedWithin(List<PosTagger.Token> tokens, int i, String word, int n) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + n); j++) {
      if (tokens.get(j).text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nearVerb(List<PosTagger.Token> tokens, int i) {
    for (int j = Math.max(0, i - 2); j < Math.min(tokens.size(), i + 3); j++) {
      if (j != i && tokens.get(j).verbal()) {
        return true;
      }
    }
    return false;
  }
}
