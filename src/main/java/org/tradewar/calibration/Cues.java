package org.tradewar.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cue groups of {@code cues.tsv}: named regexes for the words that signal each kind of act. */
public final class Cues {
  private final Map<String, Pattern> groups = new LinkedHashMap<>();

  /** The cues shipped with tradewar. */
  public static Cues standard() {
    return new Cues(Lexicon.Resources.text("cues.tsv"));
  }

  /** Cues from TSV text in the format of {@code cues.tsv}. */
  public Cues(String tsv) {
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\t");
      groups.put(f[0], Pattern.compile(f[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  /** The matcher of a group over {@code text[from, to)}. */
  public Matcher matcher(String group, String text, int from, int to) {
    Pattern p = groups.get(group);
    if (p == null) {
      throw new IllegalArgumentException("no cue group '" + group + "' in cues.tsv");
    }
    Matcher m = p.matcher(text).region(from, to);
    m.useTransparentBounds(true);
    return m;
  }

  /** The names of the cue groups, in the order of {@code cues.tsv}. */
  public java.util.Set<String> groups() {
    return java.util.Collections.unmodifiableSet(groups.keySet());
  }

  /** True when the group matches somewhere in {@code text[from, to)}. */
  public boolean has(String group, String text, int from, int to) {
    return matcher(group, text, from, to).find();
  }
}
