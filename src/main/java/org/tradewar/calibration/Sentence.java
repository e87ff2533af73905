package org.tradewar.calibration;

/**
 * A sentence of an article: its running index (from 0) and its character span in the article text.
 * Invariant: {@code articleText.substring(start, end).equals(text)}.
 */
public record Sentence(int index, int start, int end, String text) {}
