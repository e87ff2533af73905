package org.tradewar.calibration;

import java.util.List;

/**
 * One clause of a sentence with everything the parsers read in it, and its tagged tokens; offsets
 * are into the article text.
 */
public record Clause(
    String text,
    int start,
    int end,
    Sentence sentence,
    List<Mention> mentions,
    List<AmountParser.Amount> amounts,
    java.util.Map<Integer, Double> amountLows,
    List<RateParser.Rate> rates,
    List<CountParser.Count> counts,
    List<DateMention> dates,
    ModalityReader.Reading reading,
    List<PosTagger.Token> tokens) {

  /** The low end of the range that {@code a} stands for ("$40 billion to $50 billion"), or null. */
  public Double amountLow(AmountParser.Amount a) {
    return a == null ? null : amountLows.get(a.start());
  }

  /** The clause's own words. */
  public String words() {
    return text.substring(start, end);
  }
}
