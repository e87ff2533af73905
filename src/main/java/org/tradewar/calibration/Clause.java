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
    List<RateParser.Rate> rates,
    List<CountParser.Count> counts,
    List<DateMention> dates,
    ModalityReader.Reading reading,
    List<PosTagger.Token> tokens) {

  /** The clause's own words. */
  public String words() {
    return text.substring(start, end);
  }
}
