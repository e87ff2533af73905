package org.tradewar.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of countries, officials, firms and titles, read from {@code lexicon.tsv} (a resource,
 * so that a new article with another official needs a row, not code). Finds mentions in text.
 */
public final class Lexicon {
  /** One lexicon row: its type, the pattern of its phrases, and its values. */
  record Entry(String type, Pattern pattern, String side, String key) {}

  /** A title and the role it means. */
  public record Title(Pattern pattern, String role) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<Title> titles = new ArrayList<>();
  private final Pattern titlesAny;
  private String initiator = "US";

  /** The lexicon shipped with tradewar. */
  public static Lexicon standard() {
    return new Lexicon(Resources.text("lexicon.tsv"));
  }

  /** A lexicon from TSV text in the format of {@code lexicon.tsv}. */
  public Lexicon(String tsv) {
    int lineNo = 0;
    for (String line : tsv.split("\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.strip().split("\t");
      switch (f[0]) {
        case "country" ->
            entries.add(
                new Entry("country", words(f[1], 0), need(f, 2, lineNo), need(f, 2, lineNo)));
        case "person" ->
            entries.add(
                new Entry("person", words(f[1], 0), need(f, 2, lineNo), need(f, 3, lineNo)));
        case "firm" ->
            entries.add(new Entry("firm", words(f[1], 0), need(f, 2, lineNo), need(f, 3, lineNo)));
        case "title" ->
            titles.add(new Title(words(f[1], Pattern.CASE_INSENSITIVE), need(f, 2, lineNo)));
        case "initiator" -> initiator = need(f, 1, lineNo);
        default ->
            throw new IllegalArgumentException("lexicon line " + lineNo + ": unknown type " + f[0]);
      }
    }
    StringBuilder any = new StringBuilder();
    for (Title t : titles) {
      any.append(any.length() == 0 ? "" : "|").append(t.pattern().pattern());
    }
    titlesAny =
        Pattern.compile(any.length() == 0 ? "(?!)" : any.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static String need(String[] f, int i, int lineNo) {
    if (f.length <= i || f[i].isBlank()) {
      throw new IllegalArgumentException("lexicon line " + lineNo + ": missing column " + (i + 1));
    }
    return f[i].strip();
  }

  /** Whole-word alternatives, longest first, so "Liu He" wins over "Liu". */
  private static Pattern words(String phrases, int flags) {
    List<String> alts = new ArrayList<>(List.of(phrases.split("\\|")));
    alts.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < alts.size(); i++) {
      b.append(i == 0 ? "" : "|").append(Pattern.quote(alts.get(i).strip()));
    }
    return Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString(), flags);
  }

  /** The side whose tariffs start the war; the other side's tariffs are retaliation. */
  public String initiator() {
    return initiator;
  }

  /**
   * The other side of {@code side} ({@code US} for {@code CN} and back); null for anything else.
   */
  public static String other(String side) {
    return "US".equals(side) ? "CN" : "CN".equals(side) ? "US" : null;
  }

  /** The titles, in file order. */
  public List<Title> titles() {
    return List.copyOf(titles);
  }

  /** A pattern matching any title. */
  public Pattern anyTitle() {
    return titlesAny;
  }

  /** The role of a title as written, if it is one. */
  public Optional<String> roleOf(String titleText) {
    return titles.stream()
        .filter(t -> t.pattern().matcher(titleText).matches())
        .map(Title::role)
        .findFirst();
  }

  /** The side a known person belongs to, if the lexicon knows the slug. */
  public Optional<String> sideOfPerson(String slug) {
    return entries.stream()
        .filter(e -> e.type().equals("person") && e.key().equals(slug))
        .map(Entry::side)
        .findFirst();
  }

  /**
   * The mentions of countries, people and firms in {@code text[from, to)}, in text order; where two
   * overlap the longer wins ("White House" over nothing, "Huawei Technologies" over "Huawei").
   */
  public List<Mention> mentions(String text, int from, int to) {
    List<Mention> all = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(text).region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        all.add(
            new Mention(
                m.start(),
                m.end(),
                e.type(),
                e.side(),
                e.type().equals("country") ? e.side() : e.key(),
                m.group()));
      }
    }
    all.addAll(FirmGroups.find(text, from, to));
    all.sort(
        Comparator.comparingInt(Mention::start)
            .thenComparing(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed()));
    List<Mention> kept = new ArrayList<>();
    int covered = -1;
    for (Mention m : all) {
      if (m.start() >= covered) {
        kept.add(m);
        covered = m.end();
      }
    }
    return kept;
  }

  /** Reads a resource of this package as UTF-8 text. */
  static final class Resources {
    private Resources() {}

    static String text(String name) {
      try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read resource " + name, e);
      }
    }
  }
}
