package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences, keeping exact character offsets.
 *
 * <p>A line break always ends a sentence (news text puts headlines, captions and paragraphs on
 * their own lines). Within a line, {@code . ! ? …} followed by optional closing quotes, a space and
 * an upper-case letter, a digit or an opening quote ends a sentence, unless the word before the
 * period is an abbreviation (Mr., Corp., a single initial, or a dotted form such as U.S.).
 * Fragments without a letter (a lone "…") are dropped.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Corp", "Inc", "Co", "Ltd", "Gov", "Sen",
          "Rep", "Gen", "Lt", "Col", "No", "vs", "Prof", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct",
          "Nov", "Dec", "Messrs");

  /** The sentences of {@code text} from offset {@code from} on (to skip a date prefix). */
  public List<Sentence> split(String text, int from) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int i = from;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = findEnd(text, start);
      int trimmed = end;
      while (trimmed > start && isSpace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      String s = text.substring(start, trimmed);
      if (s.codePoints().anyMatch(Character::isLetter)) {
        out.add(new Sentence(out.size(), start, trimmed, s));
      }
      i = Math.max(end, start + 1);
    }
    return out;
  }

  private int findEnd(String text, int start) {
    int n = text.length();
    int j = start;
    while (j < n) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return j;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int k = j + 1;
        while (k < n && isCloser(text.charAt(k))) {
          k++;
        }
        if (k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
          return k;
        }
        if (text.charAt(k) == ' ' || text.charAt(k) == '\t') {
          int m = k;
          while (m < n && (text.charAt(m) == ' ' || text.charAt(m) == '\t')) {
            m++;
          }
          if (m < n
              && startsSentence(text.charAt(m))
              && !(c == '.' && isAbbreviation(text, start, j))) {
            return k;
          }
        }
        j = k;
        continue;
      }
      j++;
    }
    return n;
  }

  private static boolean isAbbreviation(String text, int lineStart, int period) {
    int w = period;
    while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, period);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "Steven T. Mnuchin"
    }
    return word.contains(".") || ABBREVIATIONS.contains(word);
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '“'
        || c == '"'
        || c == '‘'
        || c == '\''
        || c == '('
        || c == '$';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0';
  }
}
