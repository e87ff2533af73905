package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goods an article names among a side's tariffs ("including soybeans and small aircraft",
 * "bourbon and blue jeans"), mapped to the sectors of the target's exports in {@code
 * data/sectors.csv} by their HS chapters: spirits and pork are food (HS 01-24), jeans are apparel
 * (in the rest of trade on the US export side). Only the words after the sentence's last mention of
 * the side count, so that the goods of the other side's list in the same sentence are not read as
 * this side's.
 */
final class TargetedGoods {
  /** Words for goods, and the sector of US exports to China they belong to. */
  private static final Map<String, Pattern> US_EXPORT_SECTORS =
      Map.of(
          "soybeans", words("soybeans?|soy"),
          "agriculture",
              words(
                  "bourbon|whiskey|whisky|spirits|wine|pork|beef|fruits?|nuts|wheat|corn|sorghum"
                      + "|cotton|farm goods|farm products|agricultural (?:goods|products)"),
          "aircraft", words("(?:small |large )?(?:aircraft|airplanes|planes|jets)"),
          "vehicles", words("cars|automobiles|autos|vehicles|motorcycles"),
          "energy", words("crude(?: oil)?|liquefied natural gas|LNG|natural gas|coal|propane"),
          "chemicals", words("chemicals|plastics|pharmaceuticals"),
          "electronics", words("chips|semiconductors"),
          "rest", words("(?:blue )?jeans|apparel|clothing|garments"));

  private static final Pattern CHINA = words("China|Chinese|Beijing");

  private TargetedGoods() {}

  /**
   * The sectors of US exports whose goods the sentence names among China's tariffs, in sentence
   * order.
   */
  static Set<String> chinaTargets(String sentence) {
    int from = 0;
    Matcher side = CHINA.matcher(sentence);
    while (side.find()) {
      from = side.end();
    }
    String tail = sentence.substring(from);
    List<int[]> found = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : US_EXPORT_SECTORS.entrySet()) {
      Matcher m = e.getValue().matcher(tail);
      if (m.find()) {
        found.add(new int[] {m.start(), ids.size()});
        ids.add(e.getKey());
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    Set<String> out = new LinkedHashSet<>();
    for (int[] f : found) {
      out.add(ids.get(f[1]));
    }
    return out;
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile(
        "(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }
}
