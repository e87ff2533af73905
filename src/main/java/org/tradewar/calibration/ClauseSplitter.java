package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradewar.io.Check;

/**
 * Splits a sentence into clauses that each report one act, so that "The US has threatened ... while
 * China has targeted ..." gives two facts with their own actors and amounts. Splits at "while",
 * ";", ", following", ", where", and at "and" when a country or official follows it as a new
 * subject (not when the word before "and" is itself one: "Trump and Xi", "the U.S. and China").
 */
public final class ClauseSplitter {
  private static final Pattern STRONG =
      Pattern.compile("\\s+while\\s+|;\\s+|,\\s+following\\s+|,\\s+where\\s+");
  private static final Pattern AND = Pattern.compile(",?\\s+and\\s+(?:the\\s+)?");

  /** What may stand between a noun and "and" in a coordination: nothing, or "(US)". */
  private static final Pattern PARENTHETICAL = Pattern.compile("(\\s*\\([^()]*\\))?");

  private static final int MIN_WORDS = 5;

  private final Lexicon lexicon;

  public ClauseSplitter(Lexicon lexicon) {
    this.lexicon = Check.notNull(lexicon, "lexicon");
  }

  /** The clauses of {@code text[from, to)} as {start, end} pairs, in order, covering the span. */
  public List<int[]> split(String text, int from, int to) {
    List<Integer> cuts = new ArrayList<>();
    List<Mention> mentions = lexicon.mentions(text, from, to);
    Matcher m = STRONG.matcher(text).region(from, to);
    while (m.find()) {
      cuts.add(m.start());
    }
    m = AND.matcher(text).region(from, to);
    while (m.find()) {
      final int next = m.end();
      final int before = m.start();
      boolean subjectFollows =
          mentions.stream().anyMatch(x -> x.start() == next && !x.type().equals("firm"));
      boolean nounBefore =
          mentions.stream()
              .anyMatch(
                  x ->
                      x.end() <= before
                          && PARENTHETICAL.matcher(text.substring(x.end(), before)).matches());
      if (subjectFollows && !nounBefore) {
        cuts.add(m.start());
      }
    }
    cuts.sort(Integer::compare);
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int c : cuts) {
      if (words(text, start, c) >= MIN_WORDS && words(text, c, to) >= 3) {
        out.add(new int[] {start, c});
        start = c;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  private static int words(String text, int from, int to) {
    String s = text.substring(from, to).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
