package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unnamed groups of firms that articles count, such as "five Chinese supercomputer technology
 * firms": a number, a nationality and up to three words before firms/companies/entities. The whole
 * phrase is the firm's name in facts; its home side comes from the nationality.
 */
final class FirmGroups {
  private static final Pattern GROUP =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\d+|"
              + NumberWords.PATTERN
              + ")\\s+(Chinese|American|U\\.S\\.|US)\\s+"
              + "(?:[a-z][\\w-]*\\s+){0,3}(?:firms|companies|entities)\\b",
          Pattern.CASE_INSENSITIVE);

  private FirmGroups() {}

  static List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    Matcher m = GROUP.matcher(text).region(from, to);
    while (m.find()) {
      String side = m.group(1).equalsIgnoreCase("Chinese") ? "CN" : "US";
      out.add(new Mention(m.start(), m.end(), "firm", side, m.group(), m.group()));
    }
    return out;
  }
}
