/**
 * The words every layer shares, defined once: the two countries, the kinds of events a run writes,
 * the outcomes a run ends in, the recorded variables and the file and column names of a run folder.
 * Writers (the model, {@code run}) and readers ({@code output}, {@code chart}, {@code report},
 * {@code sweep}) use these constants instead of repeating the strings, so a new word is added in
 * one place.
 *
 * <p>A leaf: it imports nothing of tradewar and nothing of MASON, Swing or JFreeChart, so every
 * package, the model's plain-Java cores included, may depend on it. Start with {@link
 * org.tradewar.vocabulary.Country}, then {@link org.tradewar.vocabulary.EventKind}.
 */
package org.tradewar.vocabulary;
