package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import org.tradewar.io.Check;

/**
 * The features a learned {@link KindModel} sees of a clause: its lemmas and lemma pairs, its verbs,
 * the cue groups that match, the kinds the cue rules find, the verb group's modality, the side
 * acting, and which numbers and dates the parsers found. Names only, no weights: the model learns
 * which of them tell a kind.
 */
public final class ClauseFeatures {
  private final Cues cues;

  public ClauseFeatures(Cues cues) {
    this.cues = Check.notNull(cues, "cues");
  }

  /** The features of {@code r}, each at most once, in a fixed order. */
  public String[] of(ReadClause r) {
    Clause c = r.clause();
    List<String> f = new ArrayList<>();
    String previous = "^";
    for (PosTagger.Token t : c.tokens()) {
      if (t.tag().equals("PUNCT")) {
        continue;
      }
      String w = t.tag().equals("NUM") ? "#" : t.lemma();
      f.add("w=" + w);
      f.add("b=" + previous + "_" + w);
      if (t.tag().equals("VERB")) {
        f.add("v=" + w);
      }
      previous = w;
    }
    for (String group : cues.groups()) {
      if (cues.has(group, c.text(), c.start(), c.end())) {
        f.add("cue=" + group);
      }
    }
    for (String kind : r.ruleKinds()) {
      f.add("rule=" + kind);
    }
    f.add("rules=" + String.join("+", r.ruleKinds()));
    ModalityReader.Reading reading = c.reading();
    f.add("mod=" + reading.modality());
    if (reading.negated()) {
      f.add("negated");
    }
    f.add("actor=" + side(r.actor()));
    f.add("target=" + side(r.target()));
    if (!c.amounts().isEmpty()) {
      f.add("amount");
    }
    if (!c.rates().isEmpty()) {
      f.add("rate");
    }
    if (!c.counts().isEmpty()) {
      f.add("count=" + c.counts().get(0).unit());
    }
    for (DateMention d : c.dates()) {
      f.add("date=" + (isFuture(d, r.articleDate()) ? "future" : "past"));
    }
    if (c.sentence().index() == 0) {
      f.add("headline");
    }
    if (r.lastFirm() != null) {
      f.add("firm_in_scope");
    }
    return f.stream().distinct().toArray(String[]::new);
  }

  private static String side(String party) {
    if (party == null) {
      return "none";
    }
    return party.equals("US") || party.equals("CN") ? party : "firm";
  }

  private static boolean isFuture(DateMention d, PartialDate article) {
    return article != null && d.calendar() && d.value().date().isAfter(article.last());
  }
}
