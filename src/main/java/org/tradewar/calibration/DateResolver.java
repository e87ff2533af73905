package org.tradewar.calibration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date expressions of a clause against the article's date: "today", "yesterday", "on
 * Sunday", "Tuesday (06/25)", "next week", "two weeks ago", "last month", "earlier this month",
 * "last year", "in March", "March 1", "by the end of 2020". Weekdays and bare months point back in
 * time unless the clause speaks of the future ("will", "plans to"); a month and day without a year
 * takes the year that puts it nearest the article's date. Against an article dated only to the
 * month, day-level expressions resolve to that month.
 */
public final class DateResolver {
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September"
          + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)";
  private static final String WEEKDAYS =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final Pattern DAY_WORD =
      Pattern.compile("\\b(today|tonight|tomorrow|yesterday)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:[Oo]n\\s+)?"
              + WEEKDAYS
              + "\\b(?:\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\))?");
  private static final Pattern THIS_NEXT_LAST =
      Pattern.compile(
          "\\b(next|last|this|later this|earlier this|the"
              + " past|past)\\s+(weekend|week|month|year)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO =
      Pattern.compile(
          "\\b(a|an|\\d+|" + NumberWords.PATTERN + ")\\s+(days?|weeks?|months?|years?)\\s+ago\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern END_OF_YEAR =
      Pattern.compile(
          "\\b(?:by\\s+|at\\s+|before\\s+)?the\\s+end\\s+of\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d%])");
  private static final Pattern IN_MONTH =
      Pattern.compile(
          "\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+"
              + MONTHS
              + "(?:\\s+(\\d{4}))?\\b(?!\\s+\\d)");
  private static final Pattern AHEAD =
      Pattern.compile("\\b(beyond|by|until|before|from)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_YEAR =
      Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring)\\s+((?:19|20)\\d{2})\\b");

  /**
   * The date expressions in {@code text[from, to)}, in text order, resolved against {@code
   * article}; empty when the article's date is unknown (explicit years still resolve).
   */
  public List<DateMention> resolve(
      String text, int from, int to, PartialDate article, boolean future) {
    List<DateMention> out = new ArrayList<>();
    String ref = article == null ? null : "the article date " + article;
    scan(
        out,
        END_OF_YEAR,
        text,
        from,
        to,
        m -> {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
          return mention(
              m, PartialDate.day(d), "'" + m.group() + "' is the last day of that year", true);
        });
    scan(
        out,
        MONTH_DAY,
        text,
        from,
        to,
        m -> {
          Month mo = month(m.group(1));
          int day = Integer.parseInt(m.group(2));
          if (day < 1 || day > mo.maxLength()) {
            return null;
          }
          if (m.group(3) != null) {
            int y = Integer.parseInt(m.group(3));
            return mention(
                m, PartialDate.day(safeDate(y, mo, day)), "'" + m.group() + "' as written", true);
          }
          if (article == null) {
            return null;
          }
          String before = text.substring(Math.max(from, m.start() - 8), m.start());
          if (future || AHEAD.matcher(before).find()) {
            LocalDate next = safeDate(article.date().getYear(), mo, day);
            if (next.isBefore(article.date())) {
              next = safeDate(article.date().getYear() + 1, mo, day);
            }
            return mention(
                m, PartialDate.day(next), "'" + m.group() + "', the next one from " + ref, true);
          }
          LocalDate best = null;
          for (int y = article.date().getYear() - 1; y <= article.date().getYear() + 1; y++) {
            LocalDate c = safeDate(y, mo, day);
            if (best == null
                || Math.abs(ChronoUnit.DAYS.between(article.middle(), c))
                    < Math.abs(ChronoUnit.DAYS.between(article.middle(), best))) {
              best = c;
            }
          }
          return mention(
              m, PartialDate.day(best), "'" + m.group() + "' in the year nearest " + ref, true);
        });
    if (article != null) {
      scan(out, DAY_WORD, text, from, to, m -> dayWord(m, article, ref));
      scan(out, WEEKDAY, text, from, to, m -> weekday(m, text, article, ref, future));
      scan(out, THIS_NEXT_LAST, text, from, to, m -> relative(m, article, ref));
      scan(out, AGO, text, from, to, m -> ago(m, article, ref));
      scan(out, IN_MONTH, text, from, to, m -> inMonth(m, article, ref, future));
    }
    scan(
        out,
        IN_YEAR,
        text,
        from,
        to,
        m ->
            mention(
                m,
                PartialDate.year(Integer.parseInt(m.group(1))),
                "'" + m.group() + "' as written",
                false));
    out.sort(Comparator.comparingInt(DateMention::start));
    List<DateMention> kept = new ArrayList<>();
    int covered = -1;
    for (DateMention d : out) {
      if (d.start() >= covered) {
        kept.add(d);
        covered = d.end();
      }
    }
    return kept;
  }

  private static void scan(
      List<DateMention> out,
      Pattern p,
      String text,
      int from,
      int to,
      Function<Matcher, DateMention> f) {
    Matcher m = p.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      final int s = m.start();
      final int e = m.end();
      if (out.stream().anyMatch(d -> s < d.end() && e > d.start())) {
        continue; // an earlier, more specific pattern already read these words
      }
      DateMention d = f.apply(m);
      if (d != null) {
        out.add(d);
      }
    }
  }

  private static DateMention mention(Matcher m, PartialDate v, String basis, boolean calendar) {
    return new DateMention(m.start(), m.end(), m.group(), v, basis, calendar);
  }

  private static LocalDate safeDate(int y, Month mo, int day) {
    return LocalDate.of(y, mo, Math.min(day, mo.length(java.time.Year.isLeap(y))));
  }

  private static DateMention dayWord(Matcher m, PartialDate article, String ref) {
    int shift =
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "tomorrow" -> 1;
          case "yesterday" -> -1;
          default -> 0;
        };
    return shifted(m, article, ref, shift);
  }

  private static DateMention shifted(Matcher m, PartialDate article, String ref, long days) {
    if (article.precision() == PartialDate.Precision.DAY) {
      return mention(
          m,
          PartialDate.day(article.date().plusDays(days)),
          "'" + m.group() + "' relative to " + ref,
          false);
    }
    return mention(
        m,
        PartialDate.month(article.middle().plusDays(days)),
        "'" + m.group() + "' relative to " + ref + " (known to the month only)",
        false);
  }

  private static DateMention weekday(
      Matcher m, String text, PartialDate article, String ref, boolean future) {
    if (m.group(2) != null) {
      int mo = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (mo < 1 || mo > 12 || day < 1 || day > Month.of(mo).maxLength()) {
        return null;
      }
      int y =
          m.group(4) == null
              ? article.date().getYear()
              : Integer.parseInt(m.group(4)) + (m.group(4).length() == 2 ? 2000 : 0);
      return mention(
          m,
          PartialDate.day(safeDate(y, Month.of(mo), day)),
          "'" + m.group() + "' with the year of " + ref,
          true);
    }
    if (article.precision() != PartialDate.Precision.DAY) {
      return mention(
          m, article, "'" + m.group() + "' in " + ref + " (known to the month only)", false);
    }
    DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    // "said on Thursday" in a Thursday article is that day, and a weekday after a verb of speaking
    // is when it was said, even in a clause about the future ("said on Friday it will impose")
    boolean whenSaid =
        SAID_BEFORE
            .matcher(text)
            .region(Math.max(0, m.start() - 34), m.start())
            .useTransparentBounds(true)
            .find();
    // "will go up on Friday" looks ahead; in "told reporters on Thursday that ... would be hit" the
    // future verb comes after the weekday and the weekday is the telling's
    boolean futureBefore =
        FUTURE_BEFORE
            .matcher(text)
            .region(Math.max(0, m.start() - 48), m.start())
            .useTransparentBounds(true)
            .find();
    boolean forward = future && futureBefore && !whenSaid && dow != article.date().getDayOfWeek();
    LocalDate d =
        forward
            ? article.date().with(TemporalAdjusters.next(dow))
            : article.date().with(TemporalAdjusters.previousOrSame(dow));
    return mention(
        m,
        PartialDate.day(d),
        "'" + m.group() + "' " + (forward ? "after " : "on or before ") + ref,
        false);
  }

  /** A verb group that looks ahead, shortly before a weekday in the same sentence. */
  private static final Pattern FUTURE_BEFORE =
      Pattern.compile(
          "\\b(will|would|shall|'ll|(is|are|was|were) (due|set|scheduled|expected|to)|due to|plans?"
              + " to|planned|scheduled|starting|effective|until|from|by|next|again)\\b[^.;]*$",
          Pattern.CASE_INSENSITIVE);

  /** A verb of speaking just before a weekday: "said on Friday", "told reporters on Monday". */
  private static final Pattern SAID_BEFORE =
      Pattern.compile("\\b(said|says|told|announced|stated|added|wrote|tweeted)\\b[^.;]{0,22}$");

  private static DateMention relative(Matcher m, PartialDate article, String ref) {
    String which = m.group(1).toLowerCase(Locale.ROOT);
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int sign = which.equals("next") ? 1 : which.equals("last") ? -1 : 0;
    return switch (unit) {
      case "week" -> week(m, article, ref, sign);
      case "weekend" -> weekend(m, article, ref, sign);
      case "month" ->
          mention(
              m,
              PartialDate.month(article.middle().plusMonths(sign)),
              "'" + m.group() + "' relative to " + ref,
              false);
      default ->
          mention(
              m,
              PartialDate.year(article.date().getYear() + sign),
              "'" + m.group() + "' relative to " + ref,
              false);
    };
  }

  /**
   * "Last week", "this week", "next week": a span of days, so its month when the whole Monday to
   * Sunday lies in one month, and no date when it straddles two.
   */
  private static DateMention week(Matcher m, PartialDate article, String ref, int sign) {
    if (article.precision() != PartialDate.Precision.DAY) {
      return shifted(m, article, ref, 7L * sign);
    }
    LocalDate monday =
        article.date().plusWeeks(sign).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate sunday = monday.plusDays(6);
    if (!YearMonth.from(monday).equals(YearMonth.from(sunday))) {
      return null;
    }
    return mention(
        m,
        PartialDate.month(monday),
        "'" + m.group() + "', the week of " + monday + " relative to " + ref,
        false);
  }

  /** "Last weekend", "this weekend", "next weekend": its Saturday. */
  private static DateMention weekend(Matcher m, PartialDate article, String ref, int sign) {
    if (article.precision() != PartialDate.Precision.DAY) {
      return shifted(m, article, ref, 7L * sign);
    }
    LocalDate a = article.date();
    LocalDate saturday =
        sign < 0
            ? a.minusDays(1).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
            : a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(Math.max(0, sign));
    if (sign == 0 && a.getDayOfWeek() == DayOfWeek.SUNDAY) {
      saturday = a.minusDays(1);
    }
    return mention(
        m,
        PartialDate.day(saturday),
        "'" + m.group() + "', its Saturday relative to " + ref,
        false);
  }

  private static DateMention ago(Matcher m, PartialDate article, String ref) {
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int k = n.equals("a") || n.equals("an") ? 1 : (int) NumberWords.value(n).orElse(1);
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    if (unit.startsWith("day")) {
      return shifted(m, article, ref, -k);
    }
    if (unit.startsWith("week")) {
      return shifted(m, article, ref, -7L * k);
    }
    if (unit.startsWith("month")) {
      return mention(
          m,
          PartialDate.month(article.middle().minusMonths(k)),
          "'" + m.group() + "' relative to " + ref,
          false);
    }
    return mention(
        m,
        PartialDate.year(article.date().getYear() - k),
        "'" + m.group() + "' relative to " + ref,
        false);
  }

  private static DateMention inMonth(Matcher m, PartialDate article, String ref, boolean future) {
    Month mo = month(m.group(1));
    if (m.group(2) != null) {
      return mention(
          m,
          PartialDate.month(LocalDate.of(Integer.parseInt(m.group(2)), mo, 1)),
          "'" + m.group() + "' as written",
          false);
    }
    YearMonth a = YearMonth.from(article.date());
    YearMonth c = YearMonth.of(a.getYear(), mo);
    if (future) {
      c = c.isBefore(a) ? c.plusYears(1) : c;
    } else {
      c = c.isAfter(a) ? c.minusYears(1) : c;
    }
    return mention(
        m,
        PartialDate.month(c.atDay(1)),
        "'"
            + m.group()
            + "', the "
            + (future ? "next" : "latest")
            + " "
            + m.group(1)
            + (future ? " from " : " up to ")
            + ref,
        false);
  }

  /** The month a full or abbreviated name means ("March", "Aug.", "Sept"). */
  private static Month month(String name) {
    String n = name.replace(".", "").toUpperCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      if (mo.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
        return mo;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
