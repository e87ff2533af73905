/**
 * Calibration from the articles: turns what the news articles in {@code seeds/} report into facts
 * and model parameters, each with its provenance. Read the classes in pipeline order:
 *
 * <ol>
 *   <li>{@link org.tradewar.calibration.ArticleReader} reads every {@code *.txt} as strict UTF-8.
 *   <li>{@link org.tradewar.calibration.ArticleDater} takes the article's {@code date} line, or
 *       infers the date from its content (a "(MM/DD)" cue, "last month", the latest past month,
 *       dated events from {@code events.tsv}) and records which cue decided.
 *   <li>{@link org.tradewar.calibration.SentenceSplitter} cuts sentences with exact character
 *       offsets; {@link org.tradewar.calibration.ClauseSplitter} cuts a sentence into clauses that
 *       each report one act ("... while China has targeted ...").
 *   <li>In each clause: {@link org.tradewar.calibration.AmountParser} (USD billions), {@link
 *       org.tradewar.calibration.RateParser} (percent, "from 10 to 25 percent"), {@link
 *       org.tradewar.calibration.CountParser} ("11 rounds"), {@link
 *       org.tradewar.calibration.DateResolver} ("two weeks ago", "March 1"), and the {@link
 *       org.tradewar.calibration.Lexicon} (countries, officials, firms, titles from {@code
 *       lexicon.tsv}) with {@link org.tradewar.calibration.ActorResolver} for who acts on whom.
 *   <li>{@link org.tradewar.calibration.PosTagger} tags the clause with Apache OpenNLP's English
 *       models (tokens, part of speech, lemmas), and {@link
 *       org.tradewar.calibration.ModalityReader} reads its verb group: threatened, announced, in
 *       force, suspended or cancelled, and whether it is negated.
 *   <li>{@link org.tradewar.calibration.FactClassifier} decides the kinds from that reading and the
 *       cue groups of {@code cues.tsv} (a {@link org.tradewar.calibration.ReadClause} handed to a
 *       {@link org.tradewar.calibration.KindDecider}, the rules by default, so that another way of
 *       deciding can be measured against them); {@link org.tradewar.calibration.FactExtractor}
 *       builds the {@link org.tradewar.calibration.Fact}s: one per kind, per amount of a tariff act
 *       and per count.
 *   <li>{@link org.tradewar.calibration.EventMerger} merges the facts that report one act into an
 *       {@link org.tradewar.calibration.Event}; {@link org.tradewar.calibration.Episode} picks the
 *       event of each role (first threat, China's answer, tranches, rounds), and {@link
 *       org.tradewar.calibration.Settlement} settles rival reports into a {@link
 *       org.tradewar.calibration.Conflict}.
 *   <li>{@link org.tradewar.calibration.ParameterMapper} maps those events and the facts to {@link
 *       org.tradewar.calibration.Parameter}s, citing fact ids and writing out the arithmetic;
 *       {@link org.tradewar.calibration.RosterReader} reads the officials and the cues about them.
 *   <li>{@link org.tradewar.calibration.Calibrator} runs it all; {@link
 *       org.tradewar.calibration.CalibrationResult} is what the simulation reads, and {@link
 *       org.tradewar.calibration.CalibrationJson} writes and reads it.
 * </ol>
 *
 * Vocabulary lives in resources ({@code lexicon.tsv}, {@code cues.tsv}, {@code events.tsv}), so a
 * new article with another official or phrasing needs a row, not code. Nothing here holds static
 * state but the OpenNLP models, which are immutable and read once; this package does not import the
 * model.
 */
package org.tradewar.calibration;
