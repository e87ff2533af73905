package org.tradewar.calibration;

/**
 * A word or phrase of a clause that names a country, a person or a firm.
 *
 * @param start offset in the article text
 * @param end offset in the article text (exclusive)
 * @param type {@code country}, {@code person} or {@code firm}
 * @param side {@code US} or {@code CN} (a firm's home side)
 * @param key the person's slug or the firm's canonical name; the side for countries
 * @param surface the words as written
 */
public record Mention(int start, int end, String type, String side, String key, String surface) {
  /**
   * What a fact records as actor or target: the side for countries and people, the name for firms.
   */
  public String party() {
    return "firm".equals(type) ? key : side;
  }
}
