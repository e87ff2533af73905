package org.tradewar.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradewar.output.EventRow;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * The transcript as an HTML timeline: one dated line per event, marked by the side that acts, and
 * one line per meeting with its outcome, the offers made at it folded under it ({@code details}) as
 * a table and as worded; a deal's terms are folded the same way. Read from the first replication's
 * events (they carry the acting side and the kind); a run folder without events falls back to
 * {@code transcript.md}, where a meeting's offers are the indented lines under it. Everything is
 * escaped.
 */
final class TranscriptTimeline {
  private TranscriptTimeline() {}

  /** One dated line; {@code offers} holds the offer lines made at it when it is a meeting. */
  record Entry(LocalDate date, String side, String text, List<String> offers) {}

  /** Acts of both sides at once, marked in both colours. */
  private static final Set<String> JOINT =
      Set.copyOf(
          EventKind.keys(
              EventKind.TALKS,
              EventKind.CALL,
              EventKind.SUMMIT,
              EventKind.REVIEW,
              EventKind.DEAL,
              EventKind.TRUCE,
              EventKind.TRUCE_EXTENDED));

  private static final Pattern DATED =
      Pattern.compile(
          "^[\\s>*+\\-|]*(?:\\*\\*|`|\\[)?(\\d{4}-\\d{2}-\\d{2})(?:\\*\\*|`|\\])?\\s*(?:\\||:|\\u2014|-|\\u2013)?\\s*(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  // The transcript writes the week index for data users; the page gives the date instead.
  private static final Pattern WEEK = Pattern.compile("^\\(week \\d+\\)\\s*");
  // "Round of talks 3 (Steven Mnuchin and Liu He): no movement": the outcome follows the speakers.
  private static final Pattern OUTCOME = Pattern.compile("^(.*?\\)): (.+)$");
  // "Deal: China meets the US demands on ...; United States cuts ...": the terms agreed.
  private static final Pattern DEAL = Pattern.compile("^Deal: (.+)$");

  /**
   * HTML for the first replication's {@code events}; when there are none, for {@code transcript}.
   */
  static String html(String transcript, List<EventRow> events) {
    if (!events.isEmpty()) {
      return list(fromEvents(events));
    }
    if (transcript == null || transcript.isBlank()) {
      return "<p class=\"small\">This run has no transcript and no events.</p>\n";
    }
    return fromMarkdown(transcript);
  }

  static List<Entry> fromEvents(List<EventRow> events) {
    List<Entry> out = new ArrayList<>();
    for (EventRow e : events) {
      String text = e.text().isEmpty() ? e.actor() + " " + e.kind().replace('_', ' ') : e.text();
      if (e.kind().equals("offer") && !out.isEmpty()) {
        out.get(out.size() - 1).offers().add(text);
      } else {
        String side = JOINT.contains(e.kind()) ? "joint" : Html.side(e.actorCountry());
        out.add(new Entry(e.date(), side, text, new ArrayList<>()));
      }
    }
    return out;
  }

  private static String fromMarkdown(String transcript) {
    StringBuilder b = new StringBuilder();
    List<Entry> entries = new ArrayList<>();
    for (String raw : transcript.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.matches("^[|\\-\\s:]+$")) {
        continue;
      }
      Matcher h = HEADING.matcher(line);
      Matcher d = DATED.matcher(line);
      LocalDate date = d.matches() ? date(d.group(1)) : null;
      if (date != null) {
        String text = WEEK.matcher(plain(d.group(2))).replaceFirst("");
        entries.add(new Entry(date, side(text), text, new ArrayList<>()));
      } else if (raw.startsWith(" ") && !entries.isEmpty() && !h.matches()) {
        // An indented line under a dated one: an offer made at that meeting.
        entries.get(entries.size() - 1).offers().add(plain(line));
        entries.set(entries.size() - 1, meeting(entries.get(entries.size() - 1)));
      } else {
        b.append(list(entries));
        entries.clear();
        if (h.matches()) {
          // The page already has h1/h2; transcript headings start at h3.
          int level = Math.min(6, h.group(1).length() + 2);
          b.append("<h")
              .append(level)
              .append('>')
              .append(Html.escape(plain(h.group(2))))
              .append("</h")
              .append(level)
              .append(">\n");
        } else {
          b.append("<p>").append(Html.escape(plain(line))).append("</p>\n");
        }
      }
    }
    return b.append(list(entries)).toString();
  }

  private static Entry meeting(Entry e) {
    return new Entry(e.date(), "joint", e.text(), e.offers());
  }

  private static LocalDate date(String iso) {
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String list(List<Entry> entries) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<ol class=\"timeline\">\n");
    for (Entry e : entries) {
      b.append("<li class=\"").append(e.side()).append("\">");
      Matcher deal = DEAL.matcher(e.text());
      if (!e.offers().isEmpty()) {
        meetingLine(b, e);
      } else if (deal.matches()) {
        dealLine(b, e, deal.group(1));
      } else {
        time(b, e.date()).append(' ').append(Html.escape(ReadableDates.inText(e.text())));
      }
      b.append("</li>\n");
    }
    return b.append("</ol>\n").toString();
  }

  /** A meeting: its line with the outcome and the number of offers, the offers folded under it. */
  private static void meetingLine(StringBuilder b, Entry e) {
    b.append("<details><summary>");
    time(b, e.date()).append(' ');
    String text = ReadableDates.inText(e.text());
    Matcher m = OUTCOME.matcher(text);
    if (m.matches()) {
      b.append(Html.escape(m.group(1)))
          .append(": <strong>")
          .append(Html.escape(m.group(2)))
          .append("</strong>");
    } else {
      b.append(Html.escape(text));
    }
    int n = e.offers().size();
    b.append(" <span class=\"more\">")
        .append(n)
        .append(n == 1 ? " offer" : " offers")
        .append("</span></summary>\n");
    List<Offer> parsed = e.offers().stream().map(Offer::parse).flatMap(Optional::stream).toList();
    b.append(OfferTable.html(parsed));
    b.append("<ol class=\"worded\">\n");
    for (String o : e.offers()) {
      String side = Offer.parse(o).map(x -> Html.side(x.side())).orElse("both");
      b.append("<li class=\"")
          .append(side)
          .append("\">")
          .append(Html.escape(ReadableDates.inText(o)))
          .append("</li>\n");
    }
    b.append("</ol>\n</details>");
  }

  /** A deal: one line, its terms folded under it as a table and as worded. */
  private static void dealLine(StringBuilder b, Entry e, String terms) {
    b.append("<details><summary>");
    time(b, e.date())
        .append(" <strong>Deal agreed</strong> <span class=\"more\">terms</span></summary>\n")
        .append(OfferTable.agreed(Offer.terms(ReadableDates.inText(terms))))
        .append("<ol class=\"worded\">\n<li class=\"both\">")
        .append(Html.escape(ReadableDates.inText(e.text())))
        .append("</li>\n</ol>\n</details>");
  }

  private static StringBuilder time(StringBuilder b, LocalDate d) {
    return b.append("<time datetime=\"")
        .append(d)
        .append("\">")
        .append(ReadableDates.shortDay(d))
        .append("</time>");
  }

  /** The acting side, from how the line begins: "us", "cn" or "both". */
  static String side(String text) {
    String t = text.replaceFirst("^(?i)(the\\s+)", "");
    if (t.matches("(?s)^(US|U\\.S\\.|United States|Washington|America)\\b.*")) {
      return Html.side(Country.US);
    }
    if (t.matches("(?s)^(China|CN|Beijing|Chinese)\\b.*")) {
      return Html.side(Country.CN);
    }
    return "both";
  }

  /** Drops Markdown emphasis and list markers, which would otherwise show as stray symbols. */
  private static String plain(String s) {
    return s.replaceAll("^[-*+]\\s+", "")
        .replace("**", "")
        .replace("__", "")
        .replaceAll("(?<!\\w)`|`(?!\\w)", "")
        .replaceAll("\\s*\\|\\s*$", "")
        .replaceAll("\\s*\\|\\s*", " \u2014 ")
        .strip();
  }
}
