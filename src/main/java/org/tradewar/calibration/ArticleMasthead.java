package org.tradewar.calibration;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What names an article for people, read from the top of its text: the headline (a short first line
 * that is not a sentence), the outlet (from a dateline such as "JAKARTA (TheInsiderStories) –" or
 * "Washington (Reuters)") and the lead (the opening words of the first paragraph, which stand in
 * for a missing headline). Photo captions ("... (AP photo)", "... Photo: AP") are skipped. Pasted
 * news text has no fixed layout, so each part is null when the text does not show it.
 */
public record ArticleMasthead(String headline, String outlet, String lead) {
  private static final int HEADLINE_MAX_WORDS = 20;
  private static final int LEAD_WORDS = 12;
  private static final Pattern CAPTION = Pattern.compile("(?i)\\bphoto\\b");
  private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by)\\s+\\p{Lu}");
  // A city (optional), the outlet in parentheses, then a dash or the end of the line.
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[A-Z][\\p{L}"
              + " .'-]{1,30}?\\s*)?\\(([\\p{L}][^()]{1,40})\\)\\s*(?:[-\\u2013\\u2014:]\\s*|$)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"\\u201d:;,\\u2026]$");

  /** The masthead of {@code text}, whose body starts at {@code bodyStart} (after a date line). */
  public static ArticleMasthead read(String text, int bodyStart) {
    String headline = null;
    String outlet = null;
    String lead = null;
    boolean first = true;
    for (String raw : text.substring(bodyStart).split("\\R")) {
      String line = raw.strip().replace("\uFEFF", "");
      if (line.isEmpty() || CAPTION.matcher(line).find() || isByline(line)) {
        continue;
      }
      Matcher d = DATELINE.matcher(line);
      if (d.find()) {
        outlet = outlet == null ? d.group(1).strip() : outlet;
        line = line.substring(d.end()).strip();
        if (line.isEmpty()) {
          continue;
        }
      } else if (first && looksLikeHeadline(line)) {
        headline = line;
        first = false;
        continue;
      }
      first = false;
      if (line.equals(headline)) {
        continue; // pasted pages often repeat the headline
      }
      lead = lead(line);
      break;
    }
    return new ArticleMasthead(headline, outlet, lead);
  }

  /**
   * How people name the article: its headline (else its lead, quoted), then outlet and date in
   * parentheses: "China trade talks underway as Huawei tensions grow (February 2019)". The file
   * name when the text shows neither headline nor lead.
   */
  public String title(String file, String isoDate) {
    String name = headline != null ? headline : lead != null ? "\u201c" + lead + "\u201d" : file;
    String when = readable(isoDate);
    String extra = outlet == null ? when : when == null ? outlet : outlet + ", " + when;
    return extra == null ? name : name + " (" + extra + ")";
  }

  private static boolean isByline(String line) {
    return BYLINE.matcher(line).find()
        && line.split("\\s+").length <= 8
        && !SENTENCE_END.matcher(line).find();
  }

  private static boolean looksLikeHeadline(String line) {
    return line.split("\\s+").length <= HEADLINE_MAX_WORDS && !SENTENCE_END.matcher(line).find();
  }

  /** The first sentence's opening words, with an ellipsis when cut. */
  private static String lead(String paragraph) {
    List<Sentence> sentences = new SentenceSplitter().split(paragraph, 0);
    String sentence = sentences.isEmpty() ? paragraph : sentences.get(0).text();
    String[] words = sentence.split("\\s+");
    if (words.length <= LEAD_WORDS) {
      return sentence.replaceAll("[.!?]$", "");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < LEAD_WORDS; i++) {
      b.append(i == 0 ? "" : " ").append(words[i]);
    }
    return b.toString().replaceAll("[,;:]$", "") + "\u2026";
  }

  /** "2018-05-17" as "17 May 2018", "2019-02" as "February 2019"; null for null or an odd form. */
  static String readable(String isoDate) {
    PartialDate d = PartialDate.parse(isoDate);
    if (d == null) {
      return null;
    }
    String month =
        d.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return switch (d.precision()) {
      case DAY -> d.date().getDayOfMonth() + " " + month + " " + d.date().getYear();
      case MONTH -> month + " " + d.date().getYear();
      case YEAR -> String.valueOf(d.date().getYear());
    };
  }
}
