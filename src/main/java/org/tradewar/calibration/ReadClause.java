package org.tradewar.calibration;

import java.util.List;

/**
 * A clause as the extractor reads it in its article, before the kinds of its facts are decided.
 *
 * @param clause the clause and what the parsers found in it
 * @param actor the side acting, from the clause or the clause before; null when unknown
 * @param target the side acted on, or null
 * @param tariffActor the side whose tariffs the clause reports: the side the words give them to
 *     ("US tariffs", "duties on Chinese goods"), else {@code actor}
 * @param lastFirm the last firm named in the article up to this clause, or null
 * @param ruleKinds the kinds the cue rules of {@link FactClassifier} find, in their fixed order
 * @param articleDate the article's date, or null
 */
public record ReadClause(
    Clause clause,
    String actor,
    String target,
    String tariffActor,
    Mention lastFirm,
    List<String> ruleKinds,
    PartialDate articleDate) {}
