package org.tradewar.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores the extractor against a hand-annotated set (a folder of articles and a {@code gold.json}
 * in the format of {@code calibration/devset/}). Strict: an extracted fact matches a gold fact only
 * when it comes from the sentence holding the gold snippet and its kind, actor, numbers (amount,
 * rate, the rate it changed from, the low ends of ranges, count and unit), date and announcement
 * date are all equal. Each fact matches at most once.
 */
final class StrictScorer {
  /**
   * The scored fields of a fact, gold or extracted; {@code at} is an offset inside its sentence.
   */
  record Item(
      String file,
      int sentenceStart,
      int sentenceEnd,
      int at,
      String kind,
      String actor,
      Double amount,
      Double amountLow,
      Double rate,
      Double rateLow,
      Double fromRate,
      Double count,
      String countUnit,
      String date,
      String announced,
      String text) {

    /** The item with its kind and place only: for scoring whether the right kinds were found. */
    Item kindOnly() {
      return new Item(
          file,
          sentenceStart,
          sentenceEnd,
          at,
          kind,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          text);
    }

    /** The first field (in a fixed order) where {@code other} differs, or null when all agree. */
    String firstDifference(Item other) {
      if (!Objects.equals(kind, other.kind)) {
        return "kind";
      }
      if (!Objects.equals(actor, other.actor)) {
        return "actor";
      }
      if (!Objects.equals(amount, other.amount) || !Objects.equals(amountLow, other.amountLow)) {
        return "amount";
      }
      if (!Objects.equals(rate, other.rate)
          || !Objects.equals(rateLow, other.rateLow)
          || !Objects.equals(fromRate, other.fromRate)) {
        return "rate";
      }
      if (!Objects.equals(count, other.count) || !Objects.equals(countUnit, other.countUnit)) {
        return "count";
      }
      if (!Objects.equals(date, other.date)) {
        return "date";
      }
      if (!Objects.equals(announced, other.announced)) {
        return "announced";
      }
      return null;
    }
  }

  /** Precision and recall of one slice. */
  record Score(int matched, int extracted, int gold) {
    double precision() {
      return extracted == 0 ? 1 : (double) matched / extracted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    @Override
    public String toString() {
      return String.format(
          "precision %.3f (%d/%d)  recall %.3f (%d/%d)",
          precision(), matched, extracted, recall(), matched, gold);
    }
  }

  /** The outcome: overall, per kind, and why the unmatched gold facts were missed. */
  record Result(
      Score overall,
      Map<String, Score> byKind,
      Map<String, Integer> missCauses,
      List<String> misses,
      List<String> spurious) {
    String report(String title) {
      StringBuilder b = new StringBuilder(title).append(": strict ").append(overall).append('\n');
      byKind.forEach((k, s) -> b.append(String.format("  %-20s %s%n", k, s)));
      b.append("  misses by first wrong field: ").append(missCauses).append('\n');
      return b.toString();
    }
  }

  private StrictScorer() {}

  /** Extracts every article of {@code articles} and scores it against {@code gold}. */
  static Result score(Path articles, Path gold) throws IOException {
    return score(articles, gold, FactExtractor.standard(), false);
  }

  /**
   * Extracts with {@code extractor} the articles of {@code articles} and scores them against {@code
   * gold}; with {@code kindsOnly} a fact matches on its sentence and kind alone.
   */
  static Result score(Path articles, Path gold, FactExtractor extractor, boolean kindsOnly)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(gold.toFile());
    Map<String, String> texts = new TreeMap<>();
    List<Item> extracted = new ArrayList<>();
    Map<String, List<Sentence>> sentences = new LinkedHashMap<>();
    for (Article a : new ArticleReader().read(articles)) {
      texts.put(a.file(), a.text());
      FactExtractor.ArticleFacts af = extractor.extract(a, "x");
      sentences.put(a.file(), af.sentences());
      for (Fact f : af.facts()) {
        extracted.add(
            new Item(
                a.file(),
                f.source().start(),
                f.source().end(),
                f.source().start(),
                f.kind(),
                f.actor(),
                f.amountUsdBillions(),
                f.amountLowUsdBillions(),
                f.ratePercent(),
                f.rateLowPercent(),
                f.fromRatePercent(),
                f.count(),
                f.countUnit(),
                f.date(),
                f.announced(),
                f.source().sentence().substring(0, Math.min(110, f.source().sentence().length()))));
      }
    }
    List<Item> annotated = new ArrayList<>();
    for (JsonNode n : root.get("facts")) {
      String file = n.get("file").asText();
      String text = texts.get(file);
      if (text == null) {
        throw new IllegalStateException(
            "gold names a file that is not in " + articles + ": " + file);
      }
      String snippet = n.get("snippet").asText();
      int at = text.indexOf(snippet);
      if (at < 0) {
        throw new IllegalStateException("gold snippet not in " + file + ": " + snippet);
      }
      annotated.add(
          new Item(
              file,
              -1,
              -1,
              at,
              n.get("kind").asText(),
              str(n, "actor"),
              num(n, "amount"),
              num(n, "amount_low"),
              num(n, "rate"),
              num(n, "rate_low"),
              num(n, "from_rate"),
              num(n, "count"),
              str(n, "count_unit"),
              str(n, "date"),
              str(n, "announced"),
              snippet));
    }
    if (kindsOnly) {
      return match(
          extracted.stream().map(Item::kindOnly).toList(),
          annotated.stream().map(Item::kindOnly).toList());
    }
    return match(extracted, annotated);
  }

  private static Result match(List<Item> extracted, List<Item> annotated) {
    boolean[] used = new boolean[extracted.size()];
    Map<String, int[]> kinds = new TreeMap<>();
    Map<String, Integer> causes = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int matched = 0;
    for (Item g : annotated) {
      kinds.computeIfAbsent(g.kind(), k -> new int[3])[2]++;
      int hit = -1;
      String nearest = "no fact from the sentence";
      Item nearestItem = null;
      for (int i = 0; i < extracted.size(); i++) {
        Item e = extracted.get(i);
        if (used[i]
            || !e.file().equals(g.file())
            || g.at() < e.sentenceStart()
            || g.at() >= e.sentenceEnd()) {
          continue;
        }
        String diff = e.firstDifference(g);
        if (diff == null) {
          hit = i;
          break;
        }
        if (nearestItem == null || rank(diff) > rank(nearest)) {
          nearest = diff;
          nearestItem = e;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        matched++;
        kinds.get(g.kind())[0]++;
      } else {
        causes.merge(nearest, 1, Integer::sum);
        misses.add(
            g.file()
                + " ["
                + g.kind()
                + "/"
                + nearest
                + "] \""
                + g.text()
                + "\" gold="
                + brief(g)
                + (nearestItem == null ? "" : " got=" + brief(nearestItem)));
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < extracted.size(); i++) {
      kinds.computeIfAbsent(extracted.get(i).kind(), k -> new int[3])[1]++;
      if (!used[i]) {
        spurious.add(
            extracted.get(i).file()
                + " "
                + brief(extracted.get(i))
                + " | "
                + extracted.get(i).text());
      }
    }
    Map<String, Score> byKind = new LinkedHashMap<>();
    kinds.forEach((k, v) -> byKind.put(k, new Score(v[0], v[1], v[2])));
    return new Result(
        new Score(matched, extracted.size(), annotated.size()), byKind, causes, misses, spurious);
  }

  /** How close a near miss came: a later first difference is a closer miss. */
  private static int rank(String diff) {
    return List.of(
            "no fact from the sentence",
            "kind",
            "actor",
            "amount",
            "rate",
            "count",
            "date",
            "announced")
        .indexOf(diff);
  }

  private static String brief(Item i) {
    return i.kind()
        + ","
        + i.actor()
        + ","
        + i.amount()
        + (i.amountLow() == null ? "" : "~" + i.amountLow())
        + ","
        + i.rate()
        + (i.rateLow() == null ? "" : "~" + i.rateLow())
        + (i.fromRate() == null ? "" : "<" + i.fromRate())
        + ","
        + i.count()
        + " "
        + i.countUnit()
        + ","
        + i.date()
        + "/"
        + i.announced();
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double num(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  /** Reads a gold file's facts count (for messages). */
  static int goldSize(Path gold) throws IOException {
    return new ObjectMapper().readTree(Files.readString(gold)).get("facts").size();
  }
}
