package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.tradewar.io.Check;

/**
 * Decides which kinds of fact a clause reports, from the cue groups of {@code cues.tsv}:
 *
 * <ul>
 *   <li>A tariff act needs a tariff word, or an amount with a threat or impose verb ("China has
 *       targeted USD 50 billion"). It is a {@code tariff_raise} with a raise cue, else a threat
 *       with a threat cue, else imposed with an impose cue; the {@code retaliation_} forms when the
 *       clause says so ("retaliated", "countered") or the actor is not the side that started the
 *       war.
 *   <li>{@code talks}: a talks cue that is not a mere condition ("if talks fail").
 *   <li>{@code sanction}: a sanction cue and a named firm, or "it"/"the company" after one.
 *   <li>{@code trade_stat}: a trade-balance or trade-flow cue with a number, unless the clause is a
 *       tariff act or a demand (a demand to cut the surplus is not a statistic).
 *   <li>{@code deadline}: an explicit calendar date later than the article's date.
 *   <li>{@code count}, {@code truce}, {@code deal}, {@code demand}, {@code non_tariff_threat}:
 *       their cue.
 * </ul>
 *
 * A clause can report several kinds, each at most once.
 */
public final class FactClassifier {
  private final Cues cues;
  private final Lexicon lexicon;

  public FactClassifier(Cues cues, Lexicon lexicon) {
    this.cues = Check.notNull(cues, "cues");
    this.lexicon = Check.notNull(lexicon, "lexicon");
  }

  /**
   * The kinds the clause reports, in a fixed order.
   *
   * @param actor the clause's actor side, or null
   * @param tariffActor the side whose tariffs the clause reports, or null
   * @param article the article's date, or null
   * @param firmInScope whether a firm is named in the clause or earlier in the article
   */
  public List<String> kinds(
      Clause c, String actor, String tariffActor, PartialDate article, boolean firmInScope) {
    String t = c.text();
    int s = c.start();
    int e = c.end();
    List<String> kinds = new ArrayList<>();
    String modality = c.reading().modality();
    boolean threatCue = cues.has("threat", t, s, e);
    boolean impose = cues.has("impose", t, s, e);
    // the verb group decides between a threat and a decision; the cue words only when it says
    // nothing
    boolean threat =
        modality.equals("threatened")
            ? (threatCue || impose || cues.has("raise", t, s, e))
            : (modality.equals("reported") || modality.equals("cancelled")) && threatCue;
    boolean raise = cues.has("raise", t, s, e);
    // "asked Beijing to cut the deficit by $100 billion": the amount is a demand's, not a tariff's
    boolean deficitCut = cues.has("deficit_cut", t, s, e);
    boolean tariff =
        cues.has("tariff", t, s, e)
            || (!c.amounts().isEmpty() && (threat || impose) && !deficitCut)
            // "the rate is to rise to 25 percent on Jan. 1": a rate that rises is a tariff's,
            // unless the clause is a trade figure ("exports rose to ...")
            || (raise && !c.rates().isEmpty() && !cues.has("trade_stat", t, s, e));
    boolean cut = tariff && cues.has("tariff_cut", t, s, e);
    boolean suspended = tariff && (modality.equals("suspended") || cues.has("suspension", t, s, e));
    if (suspended) {
      kinds.add("tariff_suspension");
    } else if (cut) {
      kinds.add("tariff_cut");
    } else if (tariff && (threatCue || impose || raise)) {
      // the side decides when the clause names one: the initiator's tariffs are never an answer,
      // even in a clause that mentions the other side's retaliation
      boolean retaliation =
          (tariffActor != null && Lexicon.other(tariffActor) != null)
              ? !tariffActor.equals(lexicon.initiator())
              : cues.has("retaliate", t, s, e);
      if (raise) {
        kinds.add("tariff_raise");
      } else {
        kinds.add((retaliation ? "retaliation_" : "tariff_") + (threat ? "threat" : "imposed"));
      }
    }
    if (cues.has("exclusion", t, s, e) && (tariff || cues.has("exclusion_context", t, s, e))) {
      kinds.add("exclusion");
    }
    if (cues.has("purchase", t, s, e)) {
      kinds.add("purchase_commitment");
    }
    if (kinds.isEmpty()
        && cues.has("retaliation_vow", t, s, e)
        && actor != null
        && !actor.equals(lexicon.initiator())) {
      kinds.add(
          "retaliation_threat"); // "Beijing will take necessary countermeasures": an answer vowed,
      // no tariff named
    }
    if (talks(t, s, e)) {
      kinds.add("talks");
    }
    if (cues.has("truce", t, s, e)) {
      kinds.add("truce");
    }
    if (cues.has("deal", t, s, e)) {
      kinds.add("deal");
    }
    boolean firmHere = c.mentions().stream().anyMatch(m -> m.type().equals("firm"));
    if (cues.has("sanction", t, s, e)
        && (firmHere
            || cues.has("sanction_any", t, s, e)
            || (firmInScope && cues.has("firm_anaphor", t, s, e)))) {
      kinds.add("sanction");
    }
    if (cues.has("non_tariff", t, s, e)) {
      kinds.add("non_tariff_threat");
    }
    if (cues.has("farm_aid", t, s, e) && !c.amounts().isEmpty()) {
      // "$12 billion in aid for farmers hurt by retaliation": the amount is aid, a side's payment
      // to
      // its own farmers, not the retaliation that hurt them
      kinds.removeIf(k -> k.startsWith("tariff_") || k.startsWith("retaliation_"));
      kinds.add("trade_stat");
    }
    boolean demand = cues.has("demand", t, s, e) || deficitCut;
    if (demand) {
      kinds.add("demand");
    }
    if (kinds.stream().noneMatch(k -> k.startsWith("tariff_") || k.startsWith("retaliation_"))
        && !kinds.contains("trade_stat")
        && !demand
        && cues.has("trade_stat", t, s, e)
        && (!c.amounts().isEmpty() || !c.rates().isEmpty())) {
      kinds.add("trade_stat");
    }
    // a future date is a deadline when the text says by when ("by", "until", "beyond", "deadline"),
    // or
    // when it is the date of a scheduled hike or of a truce's end; the date a tariff comes into
    // force is
    // that tariff's own date, not a deadline
    DateMention future = deadline(c, article);
    if (future != null
        && (kinds.contains("tariff_raise")
            || kinds.contains("truce")
            || cues.has("deadline_word", t, s, e)
            || cues.has("deadline", t, Math.max(s, future.start() - 16), future.start()))) {
      kinds.add("deadline");
    }
    if (!c.counts().isEmpty()) {
      kinds.add("count");
    }
    return kinds;
  }

  /** The first explicit calendar date of the clause later than the article's date, or null. */
  public DateMention deadline(Clause c, PartialDate article) {
    if (article == null) {
      return null;
    }
    return c.dates().stream()
        .filter(d -> d.calendar() && d.value().date().isAfter(article.last()))
        .findFirst()
        .orElse(null);
  }

  private boolean talks(String t, int s, int e) {
    Matcher m = cues.matcher("talks", t, s, e);
    while (m.find()) {
      final int at = m.start();
      Matcher not = cues.matcher("talks_not", t, s, e);
      boolean conditional = false;
      while (not.find()) {
        if (at >= not.start() && at < not.end()) {
          conditional = true;
        }
      }
      if (!conditional) {
        return true;
      }
    }
    return false;
  }
}
