package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages: "25 per cent", "25 percent", "25%", "25 pct", and changes of rate written "from 10
 * percent to 25 percent", "from 10 to 25 percent" or "to 25 percent from 10 percent".
 */
public final class RateParser {
  /** A rate, with the rate it changes from when the text gives one. */
  public record Rate(int start, int end, double percent, Double fromPercent) {}

  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final String UNIT = "\\s*(?:%|per\\s?cent|percent|pct)(?![\\p{L}])";
  private static final Pattern FROM_TO =
      Pattern.compile(
          "\\bfrom\\s+" + NUM + "(?:" + UNIT + ")?\\s+to\\s+" + NUM + UNIT,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TO_FROM =
      Pattern.compile(
          "\\bto\\s+" + NUM + UNIT + "\\s+from\\s+" + NUM + "(?:" + UNIT + ")?",
          Pattern.CASE_INSENSITIVE);

  /** "5 to 25 percent", "5-10%", "25, 20 and 10 percent": the bare numbers of a range or list. */
  private static final Pattern BARE_BEFORE =
      Pattern.compile(
          "(?<![\\w.$])" + NUM + "(?=(?:\\s*(?:,|to|-|–|and|or)\\s*" + NUM + ")+" + UNIT + ")",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\w.])" + NUM + UNIT, Pattern.CASE_INSENSITIVE);

  /** The rates in {@code text[from, to)}, in text order; a change counts once, as its new rate. */
  public List<Rate> parse(String text, int from, int to) {
    List<Rate> out = new ArrayList<>();
    Matcher m = FROM_TO.matcher(text).region(from, to);
    while (m.find()) {
      out.add(
          new Rate(
              m.start(), m.end(), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))));
    }
    m = TO_FROM.matcher(text).region(from, to);
    while (m.find()) {
      out.add(
          new Rate(
              m.start(), m.end(), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
    }
    List<Rate> changes = List.copyOf(out);
    m = SINGLE.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      int s = m.start();
      if (changes.stream().noneMatch(c -> s >= c.start() && s < c.end())) {
        out.add(new Rate(m.start(), m.end(), Double.parseDouble(m.group(1)), null));
      }
    }
    m = BARE_BEFORE.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      int s = m.start();
      if (changes.stream().noneMatch(c -> s >= c.start() && s < c.end())) {
        out.add(new Rate(m.start(), m.end(), Double.parseDouble(m.group(1)), null));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
