package org.tradewar.calibration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who acts and on whom in a clause. The actor is the side of the first country or official named
 * (the subject, in news syntax); a clause opening with a pronoun ("He's threatened...") keeps the
 * previous clause's actor. The target is the first mention of the other side, else simply the other
 * side. Kind-specific rules: a sanction's target is the firm (named, or the last firm named before
 * "it"/"the company") and its actor the other side; a demand's target is who must act ("a demand
 * that China ...") and its actor who demands ("demands by Washington").
 */
public final class ActorResolver {
  private static final Pattern PRONOUN_START =
      Pattern.compile("^\\W*(He|She|They|It|He’s|She’s|He's|She's|They’re|They're)\\b");
  private static final Pattern DEMAND_BY =
      Pattern.compile(
          "\\bdemands?\\s+(by|from|that|for)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  /**
   * Words after a country that make it the origin of goods or money ("US goods", "Chinese imports",
   * "US$50 billion"), not the side that acts.
   */
  private static final Pattern ORIGIN_AFTER =
      Pattern.compile(
          "^(?:\\$|[-\\s]+(?:-?made\\s+)?(?:goods|products|imports|exports|items|soybeans|farm|agricultural|"
              + "cars|autos|steel|aluminium|aluminum|technology|firms|companies|suppliers|chips|equipment|"
              + "consumers|importers|exporters|shipments|merchandise|pork|wine|fruit|nuts|crude|energy|"
              + "lobsters|chemicals|machinery|electronics|telecoms|farmers|businesses|officials)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The actor side of the clause, or null: the first country or official named that is not the
   * origin of goods; a clause opening with a pronoun, or naming nobody, keeps the previous clause's
   * actor.
   */
  public String actor(Clause c, String previousActor) {
    if (PRONOUN_START.matcher(c.words()).find() && previousActor != null) {
      return previousActor;
    }
    Optional<String> named =
        c.mentions().stream()
            .filter(m -> !m.type().equals("firm") && !origin(c, m))
            .map(Mention::side)
            .findFirst();
    if (named.isPresent()) {
      return named.get();
    }
    // nobody acts by name, but the goods have an origin: "tariffs on $200 billion of Chinese goods
    // came
    // into force" is the other side's act
    return c.mentions().stream()
        .filter(m -> origin(c, m) && !c.text().startsWith("$", m.end()))
        .map(m -> Lexicon.other(m.side()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(previousActor);
  }

  /**
   * The side named first, origins included ("US exports of goods to China fell"): whose trade a
   * statistic is about. Null when no side is named.
   */
  public String firstNamed(Clause c) {
    return c.mentions().stream()
        .filter(m -> !m.type().equals("firm") && !c.text().startsWith("$", m.end()))
        .map(Mention::side)
        .findFirst()
        .orElse(null);
  }

  /**
   * Words after a country that make it the owner of the tariffs: "US tariffs", "China's duties".
   */
  private static final Pattern OWNER_AFTER =
      Pattern.compile(
          "^('s|’s)?(?:\\s+and\\s+\\w+)?\\s+(?:(?:new|own|latest|retaliatory|additional|extra|punitive|planned|proposed)\\s+)*"
              + "(?:tariffs?|duty|duties|levies|countermeasures|counter-tariffs|retaliation)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The side whose tariffs the clause is about when the words say so, or null: the owner named
   * before the tariffs ("US tariffs", "Beijing's countermeasures"), else the side whose goods they
   * hit ("duties on $50 billion of Chinese goods" are the US's). A tariff is laid on the other
   * side's goods, so this beats the first side named, which may be a side speaking about it. Only
   * words before {@code limit} count: after "in response to" comes the act answered. "China
   * tariffs" are tariffs on China, so a bare country noun owns nothing. With no side in the words,
   * "retaliatory tariffs" are {@code answering}'s.
   */
  public String tariffSide(Clause c, int limit, String answering) {
    for (Mention m : c.mentions()) {
      if (m.start() >= limit) {
        break;
      }
      String after = c.text().substring(m.end(), Math.min(c.text().length(), m.end() + 60));
      Matcher owner = OWNER_AFTER.matcher(after);
      if (m.type().equals("country")
          && owner.find()
          && (owner.group(1) != null || ADJECTIVAL.matcher(m.surface()).matches())) {
        return m.side();
      }
    }
    return c.mentions().stream()
        .filter(m -> m.start() < limit && origin(c, m) && !c.text().startsWith("$", m.end()))
        .map(m -> Lexicon.other(m.side()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(retaliatory(c, limit) ? answering : null);
  }

  private static final Pattern RETALIATORY =
      Pattern.compile(
          "\\bretaliatory\\s+(?:\\w+\\s+)?(?:tariffs?|duty|duties|levies)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Whether the clause's tariffs are "retaliatory" ones, before {@code limit}. */
  private static boolean retaliatory(Clause c, int limit) {
    return RETALIATORY.matcher(c.text()).region(c.start(), Math.max(c.start(), limit)).find();
  }

  /**
   * The side one amount of a tariff act belongs to when the words around it say so, or null: the
   * goods after it ("$110 billion of American goods" are hit by China) or the owner just before it
   * ("Beijing's countermeasures on $110 billion"). In "US tariffs on $370 billion remain, as do
   * Beijing's countermeasures on $110 billion of American goods" each amount gets its own side.
   */
  public String sideOfAmount(Clause c, int start, int end) {
    String text = c.text();
    for (Mention m : c.mentions()) {
      if (m.type().equals("country")
          && m.start() >= end
          && m.start() <= end + 30
          && GOODS_LINK.matcher(text.substring(end, m.start())).matches()
          && origin(c, m)) {
        return Lexicon.other(m.side());
      }
    }
    String owner = null;
    for (Mention m : c.mentions()) {
      if (m.type().equals("country")
          && m.end() <= start
          && m.end() >= start - 45
          && text.substring(m.end(), start).matches("[^,;.]*")) {
        Matcher o = OWNER_AFTER.matcher(text.substring(m.end(), start));
        if (o.find() && (o.group(1) != null || ADJECTIVAL.matcher(m.surface()).matches())) {
          owner = m.side();
        }
      }
    }
    return owner;
  }

  /** What joins an amount to the goods it is laid on: "of", "worth of", "in". */
  private static final Pattern GOODS_LINK =
      Pattern.compile("\\s+(?:worth\\s+)?(?:of|in)\\s+(?:\\w+\\s+){0,2}", Pattern.CASE_INSENSITIVE);

  /** Country names that are adjectives before a noun: "US tariffs", "Chinese duties". */
  private static final Pattern ADJECTIVAL =
      Pattern.compile("U\\.?S\\.?A?\\.?|American|Chinese", Pattern.CASE_INSENSITIVE);

  private static boolean origin(Clause c, Mention m) {
    return m.type().equals("country")
        && ORIGIN_AFTER
            .matcher(c.text().substring(m.end(), Math.min(c.text().length(), m.end() + 40)))
            .find();
  }

  /** The target side of the clause given its actor, or null. */
  public String target(Clause c, String actor) {
    String other = Lexicon.other(actor);
    if (other == null) {
      return c.mentions().stream()
          .filter(m -> !m.type().equals("firm"))
          .map(Mention::side)
          .findFirst()
          .orElse(null);
    }
    return other;
  }

  /** The firm a sanction clause is about: named in it, or the last one named before. */
  public Optional<Mention> firm(Clause c, Mention lastFirm) {
    Optional<Mention> here = c.mentions().stream().filter(m -> m.type().equals("firm")).findFirst();
    return here.isPresent() ? here : Optional.ofNullable(lastFirm);
  }

  /** {actor, target} of a demand clause, falling back to the clause's actor and target. */
  public String[] demand(Clause c, String actor, String target) {
    Matcher m = DEMAND_BY.matcher(c.text()).region(c.start(), c.end());
    if (m.find()) {
      final int at = m.end();
      Optional<Mention> who =
          c.mentions().stream()
              .filter(x -> x.start() == at && !x.type().equals("firm"))
              .findFirst();
      if (who.isPresent()) {
        String side = who.get().side();
        boolean demander = m.group(1).equalsIgnoreCase("by") || m.group(1).equalsIgnoreCase("from");
        return demander
            ? new String[] {side, Lexicon.other(side)}
            : new String[] {Lexicon.other(side), side};
      }
    }
    return new String[] {actor, target};
  }

  /**
   * The side named last before the clause's first {@code kind} cue, not as an origin: the subject
   * of "Trump said China would buy", which is China. Null when none is named before the cue.
   */
  public String subjectOf(Clause c, String kind, Cues cues) {
    Matcher m = cues.matcher(kind, c.text(), c.start(), c.end());
    if (!m.find()) {
      return null;
    }
    int cue = m.start();
    String side = null;
    for (Mention x : c.mentions()) {
      if (!x.type().equals("firm") && x.end() <= cue && !origin(c, x)) {
        side = x.side();
      }
    }
    return side;
  }

  /**
   * True when a side is named before the clause's {@code kind} cue (the talks or the truce), so
   * that it is the subject ("China's delegation will hold talks"), not an object ("talks with
   * China").
   */
  public boolean subjectBefore(Clause c, String kind, Cues cues) {
    Matcher m = cues.matcher(kind, c.text(), c.start(), c.end());
    if (!m.find()) {
      return false;
    }
    int cue = m.start();
    return c.mentions().stream()
        .anyMatch(x -> !x.type().equals("firm") && x.end() <= cue && !origin(c, x));
  }
}
