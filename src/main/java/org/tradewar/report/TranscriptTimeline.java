package org.tradewar.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradewar.output.EventRow;

/**
 * Turns the plain-language transcript ({@code transcript.md}: one dated line per offer, decision and
 * event) into an HTML timeline: dated lines become list items marked by the side that acts, headings
 * stay headings, other text becomes paragraphs. Everything is escaped.
 */
final class TranscriptTimeline {
  private TranscriptTimeline() {}

  private static final Pattern DATED = Pattern.compile(
      "^[\\s>*+\\-|]*(?:\\*\\*|`|\\[)?(\\d{4}-\\d{2}-\\d{2})(?:\\*\\*|`|\\])?\\s*(?:\\||:|\\u2014|-|\\u2013)?\\s*(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

  /** HTML for {@code transcript}; when it is blank, the texts of {@code events} stand in. */
  static String html(String transcript, List<EventRow> events) {
    StringBuilder b = new StringBuilder();
    if (transcript == null || transcript.isBlank()) {
      if (events.isEmpty()) {
        return "<p class=\"small\">This run has no transcript and no events.</p>\n";
      }
      b.append("<ol class=\"timeline\">\n");
      for (EventRow e : events) {
        String text = e.text().isEmpty() ? e.actor() + " " + e.kind().replace('_', ' ') : e.text();
        item(b, e.date().toString(), text);
      }
      return b.append("</ol>\n").toString();
    }
    boolean inList = false;
    for (String raw : transcript.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.matches("^[|\\-\\s:]+$")) {
        continue;
      }
      Matcher h = HEADING.matcher(line);
      Matcher d = DATED.matcher(line);
      if (h.matches()) {
        if (inList) {
          b.append("</ol>\n");
          inList = false;
        }
        // The page already has h1/h2; transcript headings start at h3.
        int level = Math.min(6, h.group(1).length() + 2);
        b.append("<h").append(level).append('>').append(Html.escape(plain(h.group(2)))).append("</h")
            .append(level).append(">\n");
      } else if (d.matches()) {
        if (!inList) {
          b.append("<ol class=\"timeline\">\n");
          inList = true;
        }
        item(b, d.group(1), plain(d.group(2)));
      } else {
        if (inList) {
          b.append("</ol>\n");
          inList = false;
        }
        b.append("<p>").append(Html.escape(plain(line))).append("</p>\n");
      }
    }
    if (inList) {
      b.append("</ol>\n");
    }
    return b.toString();
  }

  private static void item(StringBuilder b, String date, String text) {
    b.append("<li class=\"").append(side(text)).append("\"><time>").append(Html.escape(date))
        .append("</time> ").append(Html.escape(text)).append("</li>\n");
  }

  /** The acting side, from how the line begins: "us", "cn" or "both". */
  static String side(String text) {
    String t = text.replaceFirst("^(?i)(the\\s+)", "");
    if (t.matches("(?s)^(US|U\\.S\\.|United States|Washington|America)\\b.*")) {
      return "us";
    }
    if (t.matches("(?s)^(China|CN|Beijing|Chinese)\\b.*")) {
      return "cn";
    }
    return "both";
  }

  /** Drops Markdown emphasis and list markers, which would otherwise show as stray symbols. */
  private static String plain(String s) {
    return s.replaceAll("^[-*+]\\s+", "").replace("**", "").replace("__", "").replaceAll("(?<!\\w)`|`(?!\\w)", "")
        .replaceAll("\\s*\\|\\s*$", "").replaceAll("\\s*\\|\\s*", " \u2014 ").strip();
  }
}
