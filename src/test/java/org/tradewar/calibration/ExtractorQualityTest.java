package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against the hand-annotated facts of the five seed articles ({@code
 * src/test/resources/calibration/annotated-facts.json}, written by reading the articles). Facts
 * pair by (file, sentence, kind); amounts and rates are scored on the pairs separately.
 */
class ExtractorQualityTest {

  /** A fact reduced to what is scored. */
  record Item(
      String file,
      int sentenceStart,
      String kind,
      Double amount,
      Double rate,
      Double fromRate,
      Double count,
      String label) {}

  @Test
  void extractorMeetsThePrecisionAndRecallOfTheAnnotations() throws Exception {
    List<Item> extracted = new ArrayList<>();
    Map<String, List<Sentence>> sentences = new HashMap<>();
    FactExtractor extractor = FactExtractor.standard();
    for (Article a : new ArticleReader().read(Path.of("seeds"))) {
      FactExtractor.ArticleFacts af = extractor.extract(a, a.file().substring(0, 3));
      sentences.put(a.file(), af.sentences());
      for (Fact f : af.facts()) {
        extracted.add(
            new Item(
                a.file(),
                f.source().start(),
                f.kind(),
                f.amountUsdBillions(),
                f.ratePercent(),
                f.fromRatePercent(),
                f.count(),
                f.id() + " " + f.kind() + " | " + clip(f.source().sentence())));
      }
    }
    List<Item> annotated = annotations(sentences);

    StrictScorer.Score overall = score(extracted, annotated, null);
    StrictScorer.Score amounts = score(extracted, annotated, "amount");
    StrictScorer.Score rates = score(extracted, annotated, "rate");
    System.out.println(
        "Calibration extractor against " + annotated.size() + " hand-annotated facts:");
    System.out.println("  facts   " + overall);
    System.out.println("  amounts " + amounts);
    System.out.println("  rates   " + rates);
    report(extracted, annotated);
    for (StrictScorer.Score s : List.of(overall, amounts, rates)) {
      assertTrue(s.precision() >= 0.95, "precision below 0.95: " + s);
      assertTrue(s.recall() >= 0.95, "recall below 0.95: " + s);
    }
  }

  /** The annotated facts, each resolved to the sentence (or sentences) its snippet is in. */
  private static List<Item> annotations(Map<String, List<Sentence>> sentences) throws Exception {
    JsonNode root;
    try (InputStream in =
        ExtractorQualityTest.class.getResourceAsStream("/calibration/annotated-facts.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<Item> out = new ArrayList<>();
    for (JsonNode n : root.get("facts")) {
      String file = n.get("file").asText();
      String snippet = n.get("snippet").asText();
      List<Sentence> hits =
          sentences.get(file).stream().filter(s -> s.text().contains(snippet)).toList();
      int expected = n.has("occurrences") ? n.get("occurrences").asInt() : 1;
      assertEquals(expected, hits.size(), "annotation snippet '" + snippet + "' in " + file);
      for (Sentence s : hits) {
        out.add(
            new Item(
                file,
                s.start(),
                n.get("kind").asText(),
                num(n, "amount"),
                num(n, "rate"),
                num(n, "fromRate"),
                num(n, "count"),
                n.get("kind").asText() + " | " + clip(s.text())));
      }
    }
    return out;
  }

  /**
   * Pairs extracted and annotated items of the same (file, sentence, kind). With {@code field} null
   * every pair counts; with "amount" or "rate" only items that carry one count, and a pair is right
   * when the values agree.
   */
  static StrictScorer.Score score(List<Item> extracted, List<Item> annotated, String field) {
    List<Item> ex =
        extracted.stream().filter(i -> field == null || value(i, field) != null).toList();
    List<Item> an =
        new ArrayList<>(
            annotated.stream().filter(i -> field == null || value(i, field) != null).toList());
    int tp = 0;
    for (Item e : ex) {
      for (Item a : an) {
        if (a.file().equals(e.file())
            && a.sentenceStart() == e.sentenceStart()
            && a.kind().equals(e.kind())
            && (field == null || value(a, field).equals(value(e, field)))) {
          an.remove(a);
          tp++;
          break;
        }
      }
    }
    return new StrictScorer.Score(
        tp,
        ex.size(),
        (int) annotated.stream().filter(i -> field == null || value(i, field) != null).count());
  }

  private static String value(Item i, String field) {
    return switch (field) {
      case "amount" -> i.amount() == null ? null : String.valueOf(i.amount());
      case "rate" -> i.rate() == null ? null : i.rate() + "/" + i.fromRate();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static void report(List<Item> extracted, List<Item> annotated) {
    List<Item> an = new ArrayList<>(annotated);
    List<Item> unmatched = new ArrayList<>();
    for (Item e : extracted) {
      Item hit =
          an.stream()
              .filter(
                  a ->
                      a.file().equals(e.file())
                          && a.sentenceStart() == e.sentenceStart()
                          && a.kind().equals(e.kind()))
              .findFirst()
              .orElse(null);
      if (hit == null) {
        unmatched.add(e);
      } else {
        an.remove(hit);
      }
    }
    unmatched.forEach(
        e -> System.out.println("  extra:  " + e.file().substring(0, 3) + " " + e.label()));
    an.forEach(a -> System.out.println("  missed: " + a.file().substring(0, 3) + " " + a.label()));
  }

  private static Double num(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asDouble() : null;
  }

  private static String clip(String s) {
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }
}
