package org.tradewar.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradewar.vocabulary.Country;

/**
 * One offer at the table, read back from its transcript line ("US (Steven Mnuchin) offers: China
 * meets the US demands on intellectual property 60%, ...; United States keeps the first list at
 * 25%. CN rejects (it is worth 0.07 to CN, which aims for 0.99).") into a position on each item,
 * for the offers table. The run folder keeps offers only as these lines; a phrase this reader does
 * not know stays a position of its own, worded as written, so nothing is lost.
 *
 * @param side the proposer
 * @param worth what the offer is worth to the receiver, as written ("0.07"), or empty
 * @param aim what the receiver aimed for, or empty
 * @param answer "accepted", "rejected" or empty
 */
record Offer(
    Country side,
    String speaker,
    List<Position> positions,
    String worth,
    String aim,
    String answer) {

  /** The kinds of item, in the order the table shows them. */
  enum Group {
    DEMAND,
    TARIFF,
    THREAT,
    OTHER
  }

  /** Where an offer stands on one item: "intellectual property" at "60%". */
  record Position(Group group, String item, String value) {}

  private static final Pattern HEAD = Pattern.compile("^(US|CN) \\((.+?)\\) offers: (.*)$");
  private static final Pattern ANSWER =
      Pattern.compile(
          "^(.*)\\. (?:US|CN) (accepts|rejects) \\(it is worth (-?[\\d.]+) to (?:US|CN), which aims"
              + " for (-?[\\d.]+)[^)]*\\)\\.?$");
  private static final String GIVER = "(United States|China)";
  private static final String R = "([\\d.]+)%";
  private static final Pattern DEMANDS = Pattern.compile("^China meets the US demands on (.+)$");
  private static final Pattern DEMAND = Pattern.compile("^(.+) (\\d+)%$");
  private static final Pattern KEEPS =
      Pattern.compile("^" + GIVER + " keeps the (.+) at " + R + "$");
  private static final Pattern LIFTS =
      Pattern.compile("^" + GIVER + " lifts the (.+) \\(" + R + "\\)$");
  private static final Pattern CUTS =
      Pattern.compile("^" + GIVER + " cuts the (.+) from " + R + " to " + R + "$");
  private static final Pattern THREAT =
      Pattern.compile(
          "^"
              + GIVER
              + " (holds|drops|scales back) its (threat of "
              + R
              + " on the (.+?)|threatened rise of the (.+?) from "
              + R
              + " to "
              + R
              + ")( in reserve)?(?: to "
              + R
              + ")?$");

  /** The offer a transcript line states, or empty when the line is not an offer. */
  static Optional<Offer> parse(String line) {
    Matcher head = HEAD.matcher(line.strip());
    if (!head.matches()) {
      return Optional.empty();
    }
    Country side = Country.ofCode(head.group(1));
    String terms = head.group(3);
    String worth = "";
    String aim = "";
    String answer = "";
    Matcher a = ANSWER.matcher(terms);
    if (a.matches()) {
      terms = a.group(1);
      answer = a.group(2).equals("accepts") ? "accepted" : "rejected";
      worth = a.group(3);
      aim = a.group(4);
    }
    return Optional.of(new Offer(side, head.group(2), terms(terms), worth, aim, answer));
  }

  /** The positions of terms worded as the transcript words them, phrases separated by "; ". */
  static List<Position> terms(String terms) {
    List<Position> positions = new ArrayList<>();
    for (String phrase : terms.split("; ")) {
      positions.addAll(positions(phrase.strip()));
    }
    return List.copyOf(positions);
  }

  @SuppressWarnings("AssignmentExpression") // one matcher tried pattern by pattern
  private static List<Position> positions(String phrase) {
    Matcher m;
    if (phrase.equals("China meets none of the US demands")) {
      return List.of();
    }
    if ((m = DEMANDS.matcher(phrase)).matches()) {
      List<Position> out = new ArrayList<>();
      for (String d : m.group(1).split(", ")) {
        Matcher one = DEMAND.matcher(d);
        out.add(
            one.matches()
                ? new Position(Group.DEMAND, one.group(1), one.group(2) + "%")
                : new Position(Group.OTHER, d, "yes"));
      }
      return out;
    }
    if ((m = KEEPS.matcher(phrase)).matches()) {
      return List.of(tariff(m.group(1), m.group(2), m.group(3), m.group(3) + "% (kept)"));
    }
    if ((m = LIFTS.matcher(phrase)).matches()) {
      return List.of(tariff(m.group(1), m.group(2), m.group(3), "0% (lifted)"));
    }
    if ((m = CUTS.matcher(phrase)).matches()) {
      return List.of(tariff(m.group(1), m.group(2), m.group(3), m.group(4) + "%"));
    }
    if ((m = THREAT.matcher(phrase)).matches()) {
      // Groups: 4-5 rate and list of a new tranche; 6-8 list, from and to of a rise; 10 the rate
      // left.
      String item =
          side(m.group(1))
              + " "
              + (m.group(5) != null
                  ? "threat of " + m.group(4) + "% on the " + m.group(5)
                  : "threatened rise of the "
                      + m.group(6)
                      + " from "
                      + m.group(7)
                      + "% to "
                      + m.group(8)
                      + "%");
      String value =
          switch (m.group(2)) {
            case "holds" -> "held";
            case "drops" -> "dropped";
            default -> m.group(10) == null ? "scaled back" : "to " + m.group(10) + "%";
          };
      return List.of(new Position(Group.THREAT, item, value));
    }
    return List.of(new Position(Group.OTHER, phrase, "yes"));
  }

  private static Position tariff(String giver, String list, String ratePct, String value) {
    return new Position(
        Group.TARIFF, side(giver) + " tariff on the " + list + ", now " + ratePct + "%", value);
  }

  private static String side(String giver) {
    return giver.equals("United States") ? "US" : "China's";
  }
}
