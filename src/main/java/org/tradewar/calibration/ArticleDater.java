package org.tradewar.calibration;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradewar.io.BadInputException;

/**
 * Finds an article's date: its {@code date} line when it has one; otherwise infers it from the
 * content with general rules, in this order, and records which cue in which sentence decided:
 *
 * <ol>
 *   <li>A "(MM/DD)" cue ("on Tuesday (06/25)") takes the year of the latest dated event the article
 *       mentions ({@code events.tsv}).
 *   <li>"Last month" in a sentence that mentions a dated event puts the article in the month after
 *       that event.
 *   <li>Otherwise the article falls in the month after the latest month it reports as past ("in
 *       January"), counted from the latest dated event and before the earliest deadline it mentions
 *       ("beyond March 1").
 *   <li>Otherwise, the month of the latest dated event mentioned (a lower bound, said so).
 * </ol>
 *
 * With none of these cues the date stays unknown and the facts carry no date.
 */
public final class ArticleDater {
  private static final Pattern DATE_LINE =
      Pattern.compile("\\A[\\s\\uFEFF]*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September"
          + "|October|November|December)";
  private static final Pattern MMDD = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})\\)");
  private static final Pattern LAST_MONTH =
      Pattern.compile("\\blast month\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST_MONTH =
      Pattern.compile("\\b[Ii]n\\s+" + MONTHS + "\\b(?!\\s+\\d)");
  private static final Pattern DEADLINE =
      Pattern.compile("\\b(?:beyond|by|before|until)\\s+" + MONTHS + "\\s+(\\d{1,2})\\b");

  /** A dated event from {@code events.tsv}. */
  record Event(LocalDate date, String label, Pattern sentence, Pattern article) {}

  /** An event mentioned in a sentence. */
  record Hit(Event event, Sentence sentence) {}

  private final List<Event> events = new ArrayList<>();

  /** The dater with the events shipped with tradewar. */
  public static ArticleDater standard() {
    return new ArticleDater(Lexicon.Resources.text("events.tsv"));
  }

  /** A dater with events from TSV text in the format of {@code events.tsv}. */
  public ArticleDater(String eventsTsv) {
    for (String line : eventsTsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\t");
      events.add(
          new Event(
              LocalDate.parse(f[0]),
              f[1],
              Pattern.compile(f[2]),
              f.length > 3 ? Pattern.compile(f[3]) : null));
    }
  }

  /** Where the text after a {@code date} line starts: 0 without one. */
  static int bodyStart(String text) {
    Matcher m = DATE_LINE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /** Where the text after a {@code date} line starts, and the date it gives, if there is one. */
  public Optional<ArticleDate> dateLine(String text) {
    Matcher m = DATE_LINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ArticleDate(
              PartialDate.day(LocalDate.parse(m.group(1))),
              "date line '" + m.group(1) + "'",
              m.end()));
    } catch (java.time.format.DateTimeParseException e) {
      // an impossible date line ("date 2019-13-45") is a typing error, not an undated article
      throw new BadInputException(
          "line 1: the date line's '"
              + m.group(1)
              + "' is not a calendar date; write the article's date as YYYY-MM-DD, e.g. 'date"
              + " 2018-05-17'",
          e);
    }
  }

  /** The article's date inferred from its sentences (used when it has no date line). */
  public ArticleDate infer(String text, List<Sentence> sentences) {
    List<Hit> hits = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Event e : events) {
        if (e.sentence().matcher(s.text()).find()
            && (e.article() == null || e.article().matcher(text).find())) {
          hits.add(new Hit(e, s));
        }
      }
    }
    Hit latest = hits.stream().max(Comparator.comparing(h -> h.event().date())).orElse(null);
    if (latest == null) {
      return new ArticleDate(null, "unknown: no date line and no dated cue in the text", 0);
    }
    String anchor =
        "the latest dated event mentioned, "
            + latest.event().label()
            + " ("
            + latest.event().date()
            + "), cued in "
            + where(latest.sentence());
    // Rule 1: (MM/DD) plus the event's year.
    for (Sentence s : sentences) {
      Matcher m = MMDD.matcher(s.text());
      if (m.find()) {
        int mo = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (mo >= 1 && mo <= 12 && day >= 1 && day <= Month.of(mo).maxLength()) {
          LocalDate d =
              LocalDate.of(
                  latest.event().date().getYear(),
                  mo,
                  Math.min(day, YearMonth.of(latest.event().date().getYear(), mo).lengthOfMonth()));
          return new ArticleDate(
              PartialDate.day(d),
              "inferred: '" + m.group() + "' in " + where(s) + ", with the year of " + anchor,
              0);
        }
      }
    }
    // Rule 2: "last month" beside a dated event.
    for (Hit h : hits) {
      Matcher m = LAST_MONTH.matcher(h.sentence().text());
      if (m.find()) {
        LocalDate d = h.event().date().plusMonths(1);
        return new ArticleDate(
            PartialDate.month(d),
            "inferred: '"
                + m.group()
                + "' in "
                + where(h.sentence())
                + ", which reports "
                + h.event().label()
                + " ("
                + h.event().date()
                + "), so the article is from the month after",
            0);
      }
    }
    // Rule 3: the month after the latest past month, between the latest event and the first
    // deadline.
    YearMonth from = YearMonth.from(latest.event().date());
    YearMonth deadline = null;
    String deadlineCue = null;
    for (Sentence s : sentences) {
      Matcher m = DEADLINE.matcher(s.text());
      while (m.find()) {
        YearMonth c = firstOnOrAfter(from, month(m.group(1)));
        if (deadline == null || c.isBefore(deadline)) {
          deadline = c;
          deadlineCue = "'" + m.group() + "' in " + where(s);
        }
      }
    }
    YearMonth best = null;
    String bestCue = null;
    for (Sentence s : sentences) {
      Matcher m = PAST_MONTH.matcher(s.text());
      while (m.find()) {
        YearMonth c = firstOnOrAfter(from, month(m.group(1)));
        if ((deadline == null || c.isBefore(deadline)) && (best == null || c.isAfter(best))) {
          best = c;
          bestCue = "'" + m.group() + "' in " + where(s);
        }
      }
    }
    if (best != null) {
      YearMonth article = best.plusMonths(1);
      if (deadline != null && article.isAfter(deadline)) {
        article = deadline;
      }
      return new ArticleDate(
          PartialDate.month(article.atDay(1)),
          "inferred: the month after "
              + bestCue
              + " (counted from "
              + anchor
              + ")"
              + (deadlineCue == null ? "" : ", before the deadline " + deadlineCue),
          0);
    }
    // Rule 4: a lower bound only.
    return new ArticleDate(
        PartialDate.month(latest.event().date()),
        "inferred (lower bound): the month of " + anchor,
        0);
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static YearMonth firstOnOrAfter(YearMonth from, Month m) {
    YearMonth c = YearMonth.of(from.getYear(), m);
    return c.isBefore(from) ? c.plusYears(1) : c;
  }

  private static String where(Sentence s) {
    String t = s.text().length() > 70 ? s.text().substring(0, 67) + "..." : s.text();
    return "sentence " + (s.index() + 1) + " [" + s.start() + "," + s.end() + ") \"" + t + "\"";
  }
}
