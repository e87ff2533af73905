package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.io.Check;

/**
 * Turns annotated articles into {@link KindModel.Example}s: every clause the extractor reads, with
 * the kinds of the annotated facts whose snippet begins in it (a clause with none is an example of
 * what is not a fact).
 */
public final class AnnotatedClauses {
  /** One annotated fact: the article file, an exact piece of its sentence, and the kind. */
  public record Annotation(String file, String snippet, String kind) {}

  private final FactExtractor extractor;
  private final ClauseFeatures features;

  public AnnotatedClauses(FactExtractor extractor, ClauseFeatures features) {
    this.extractor = Check.notNull(extractor, "extractor");
    this.features = Check.notNull(features, "features");
  }

  /** The examples of {@code articles}, labelled by {@code annotations}. */
  public List<KindModel.Example> examples(List<Article> articles, List<Annotation> annotations) {
    Map<String, List<Annotation>> byFile = new HashMap<>();
    for (Annotation a : annotations) {
      byFile.computeIfAbsent(a.file(), k -> new ArrayList<>()).add(a);
    }
    List<KindModel.Example> out = new ArrayList<>();
    for (Article article : articles) {
      List<ReadClause> clauses = extractor.readClauses(article);
      List<Set<String>> kinds = new ArrayList<>();
      for (int i = 0; i < clauses.size(); i++) {
        kinds.add(new HashSet<>());
      }
      for (Annotation a : byFile.getOrDefault(article.file(), List.of())) {
        int at = article.text().indexOf(a.snippet());
        if (at < 0) {
          throw new IllegalArgumentException(
              "annotation snippet not in " + article.file() + ": " + a.snippet());
        }
        int i = clauseAt(clauses, at, at + a.snippet().length());
        if (i >= 0) {
          kinds.get(i).add(a.kind());
        }
      }
      for (int i = 0; i < clauses.size(); i++) {
        out.add(
            new KindModel.Example(List.of(features.of(clauses.get(i))), Set.copyOf(kinds.get(i))));
      }
    }
    return out;
  }

  /** The clause holding offset {@code at}, else the first that overlaps {@code [at, end)}. */
  private static int clauseAt(List<ReadClause> clauses, int at, int end) {
    int overlap = -1;
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i).clause();
      if (at >= c.start() && at < c.end()) {
        return i;
      }
      if (overlap < 0 && c.start() < end && at < c.end()) {
        overlap = i;
      }
    }
    return overlap;
  }
}
