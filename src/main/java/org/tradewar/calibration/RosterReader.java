package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roster of officials from the sentences: who is named (lexicon people, and unknown
 * people written "Title Firstname Lastname"), the titles given to them ("Treasury Secretary Steven
 * Mnuchin", "Liu He, the top economic adviser to ..."), and the cues about them: leading the talks,
 * being on or left off the delegation, being a hardliner.
 *
 * <p>A cue belongs to the first person named in the sentence (the subject, in news syntax), except
 * when an unnamed description precedes it ("an adviser to President Donald Trump who is considered
 * a hardliner on China was left out"): then it belongs to the person the next sentence opens with
 * ("Peter Navarro, ... was left off the list"), who also takes the description's title.
 */
final class RosterReader {
  private static final Pattern HARDLINER =
      Pattern.compile("\\b(hard-?liners?|hawks?|hawkish)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFF =
      Pattern.compile(
          "\\b(left off|left out|barred from attending|excluded from|dropped from)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ON =
      Pattern.compile(
          "\\b(will lead|leads|led|participate|arrived|will visit|visited|visit|will spend|leave"
              + " for|spoke in a phone|member of .{0,40}?(team|delegation)|will continue"
              + " discussions)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAD =
      Pattern.compile(
          "\\b(will lead|leads|led|heads|will"
              + " head)\\b.{0,40}?\\b(talks|delegation|negotiations)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_BETWEEN = Pattern.compile("\\b(directed|told|asked)\\b");
  private static final String NAME =
      "((?:[A-Z][a-z]+|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z]+|[A-Z]\\.)){1,2})";

  private final Lexicon lexicon;
  private final Pattern titleBefore;
  private final Pattern titleAfter;
  private final Pattern unnamed;
  private final Pattern titledName;

  RosterReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    String any = lexicon.anyTitle().pattern();
    titleBefore = Pattern.compile("(?i:(" + any + "))\\s*(?:\\([A-Z]+\\)\\s*)?$");
    titleAfter =
        Pattern.compile("^,\\s+(?i:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?i:(" + any + "))\\b");
    unnamed =
        Pattern.compile("\\b(?i:an?)\\s+(?:[\\w-]+\\s+){0,2}?(?i:(" + any + "))\\b(?!\\s+[A-Z])");
    titledName = Pattern.compile("(?i:(" + any + "))\\s+" + NAME);
  }

  /** The officials named in the articles, in order of first mention. */
  List<Official> read(List<FactExtractor.ArticleFacts> articles) {
    Map<String, Official> roster = new LinkedHashMap<>();
    for (FactExtractor.ArticleFacts af : articles) {
      String file = af.source().file();
      List<Sentence> sentences = af.sentences();
      String carriedRole = null;
      List<Pattern> carriedCues = new ArrayList<>();
      for (Sentence s : sentences) {
        List<Named> people = people(s, roster);
        Official.Where where = new Official.Where(file, s.start());
        for (Named p : people) {
          p.official.named.add(where);
          if (p.official.name == null
              || (p.surface.contains(" ") && !p.official.name.contains(" "))) {
            p.official.name = p.surface;
          }
          titleOf(s, p).ifPresent(role -> p.official.voteRole(role, where));
        }
        // A description carried from the previous sentence binds to the person this one opens with.
        if (carriedRole != null && !people.isEmpty() && people.get(0).at < 3) {
          Official o = people.get(0).official;
          o.voteRole(carriedRole, where);
          for (Pattern cue : carriedCues) {
            listFor(o, cue).add(where);
          }
        }
        carriedRole = null;
        carriedCues = new ArrayList<>();
        Matcher d = unnamed.matcher(s.text());
        int descriptionAt = d.find() ? d.start() : Integer.MAX_VALUE;
        String descriptionRole =
            descriptionAt == Integer.MAX_VALUE ? null : lexicon.roleOf(d.group(1)).orElse(null);
        Official subject = people.isEmpty() ? null : people.get(0).official;
        for (Pattern cue : List.of(HARDLINER, OFF)) {
          Matcher m = cue.matcher(s.text());
          if (m.find()) {
            if (m.start() > descriptionAt && descriptionRole != null) {
              carriedRole = descriptionRole;
              carriedCues.add(cue);
            } else if (subject != null) {
              listFor(subject, cue).add(where);
            }
          }
        }
        Matcher on = ON.matcher(s.text());
        while (on.find()) {
          for (Named p : people) {
            int gap = on.start() - p.end;
            if (gap >= 0
                && gap <= 100
                && !NOT_BETWEEN.matcher(s.text().substring(p.end, on.start())).find()
                && !s.text()
                    .substring(Math.max(0, p.at - 12), p.at)
                    .matches(".*\\bto\\s+(\\w+\\s+)?$")) {
              if (!p.official.onDelegation.contains(where)) {
                p.official.onDelegation.add(where);
              }
            }
          }
        }
        Matcher lead = LEAD.matcher(s.text());
        if (lead.find()) {
          people.stream()
              .filter(p -> p.end <= lead.start())
              .findFirst()
              .ifPresent(p -> p.official.leads.add(where));
        }
      }
    }
    return new ArrayList<>(roster.values());
  }

  private static List<Official.Where> listFor(Official o, Pattern cue) {
    return cue == HARDLINER ? o.hardliner : o.offDelegation;
  }

  /** A person named in a sentence; offsets are within the sentence. */
  private record Named(Official official, int at, int end, String surface) {}

  private List<Named> people(Sentence s, Map<String, Official> roster) {
    List<Named> out = new ArrayList<>();
    List<Mention> mentions = lexicon.mentions(s.text(), 0, s.text().length());
    for (Mention m : mentions) {
      if (m.type().equals("person")) {
        Official o = roster.computeIfAbsent(m.key(), k -> new Official(k, m.side(), null));
        out.add(new Named(o, m.start(), m.end(), m.surface()));
      }
    }
    Matcher t = titledName.matcher(s.text());
    while (t.find()) {
      final int ns = t.start(2);
      final int ne = t.end(2);
      if (mentions.stream().anyMatch(m -> m.start() < ne && m.end() > ns)) {
        continue; // a known person or a country, not a new name
      }
      String side = sideBefore(mentions, t.start()).orElse(null);
      if (side == null) {
        continue;
      }
      String name = t.group(2);
      String slug =
          name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
      Official o = roster.computeIfAbsent(slug, k -> new Official(k, side, name));
      out.add(new Named(o, ns, ne, name));
    }
    out.sort((a, b) -> Integer.compare(a.at, b.at));
    return out;
  }

  /** The side of the country named last before {@code at} (e.g. "China's Vice Premier ..."). */
  private static Optional<String> sideBefore(List<Mention> mentions, int at) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= at && !m.type().equals("firm") && at - m.end() <= 30) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(Mention::side);
  }

  private Optional<String> titleOf(Sentence s, Named p) {
    String before = s.text().substring(Math.max(0, p.at - 60), p.at);
    Matcher m = titleBefore.matcher(before);
    if (m.find()) {
      return lexicon.roleOf(m.group(1).strip());
    }
    Matcher a = titleAfter.matcher(s.text().substring(p.end));
    if (a.find()) {
      return lexicon.roleOf(a.group(1).strip());
    }
    return Optional.empty();
  }
}
