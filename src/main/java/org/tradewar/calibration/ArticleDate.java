package org.tradewar.calibration;

/**
 * The date of an article and how it was found.
 *
 * @param value the date, or null when neither a date line nor the content gives one
 * @param basis "date line", or the inference: which cue, in which sentence
 * @param bodyStart offset where the text after the date line begins (0 without a date line)
 */
public record ArticleDate(PartialDate value, String basis, int bodyStart) {}
