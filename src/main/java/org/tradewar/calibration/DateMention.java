package org.tradewar.calibration;

/**
 * A date expression of a clause, resolved.
 *
 * @param start offset in the article text
 * @param end offset in the article text (exclusive)
 * @param expression the words as written ("two weeks ago", "March 1")
 * @param value the date it resolves to
 * @param basis how it was resolved, for the fact's {@code dateBasis}
 * @param calendar true for an explicit calendar date ("March 1", "the end of 2020"), which can be a
 *     deadline; false for relative expressions ("next week", "on Monday")
 */
public record DateMention(
    int start, int end, String expression, PartialDate value, String basis, boolean calendar) {}
