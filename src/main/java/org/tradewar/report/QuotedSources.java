package org.tradewar.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article sentences as the page quotes them: each sentence once (several facts are often read from
 * one sentence), then the articles it is from, named by title, with the file name on hover.
 */
final class QuotedSources {
  private QuotedSources() {}

  /** A sentence and the file it is from (empty when unknown). */
  record Quote(String file, String sentence) {}

  /** Quotes from {@code reported.csv}'s sources column: "file: sentence | file: sentence". */
  static List<Quote> parse(String sources) {
    List<Quote> out = new ArrayList<>();
    for (String part : sources.split(" \\| ")) {
      int colon = part.indexOf(": ");
      boolean file = colon > 0 && !part.substring(0, colon).contains(" ");
      out.add(
          file
              ? new Quote(part.substring(0, colon), part.substring(colon + 2))
              : new Quote("", part));
    }
    return out;
  }

  /** The quotes' HTML, each sentence once. */
  static String html(List<Quote> quotes, ArticleTitles titles) {
    Map<String, Set<String>> filesBySentence = new LinkedHashMap<>();
    for (Quote q : quotes) {
      if (!q.sentence().isBlank()) {
        filesBySentence
            .computeIfAbsent(q.sentence().strip(), s -> new LinkedHashSet<>())
            .add(q.file());
      }
    }
    StringBuilder b = new StringBuilder();
    filesBySentence.forEach(
        (sentence, files) -> {
          b.append("<blockquote>\u201c")
              .append(Html.escape(sentence))
              .append("\u201d</blockquote>");
          List<String> named = new ArrayList<>();
          for (String f : files) {
            if (!f.isEmpty()) {
              named.add(
                  "<cite title=\""
                      + Html.escape(f)
                      + "\">"
                      + Html.escape(titles.name(f))
                      + "</cite>");
            }
          }
          if (!named.isEmpty()) {
            b.append("<div class=\"small\">from ")
                .append(String.join("; ", named))
                .append("</div>");
          }
        });
    return b.toString();
  }
}
