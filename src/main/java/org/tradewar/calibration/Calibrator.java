package org.tradewar.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tradewar.io.BadInputException;

/**
 * Calibration from the articles: reads every {@code *.txt} of a folder, extracts the facts of each
 * article and maps them to model parameters. See {@code package-info.java} for the pipeline.
 */
public final class Calibrator {
  private final ArticleReader reader = new ArticleReader();
  private final FactExtractor extractor;
  private final ParameterMapper mapper;
  private final PatternMapper patterns;

  /** A calibrator with the lexicon, cues and events shipped with tradewar. */
  public Calibrator() {
    this(Lexicon.standard(), Cues.standard(), ArticleDater.standard());
  }

  public Calibrator(Lexicon lexicon, Cues cues, ArticleDater dater) {
    this.extractor = new FactExtractor(lexicon, cues, dater);
    this.mapper = new ParameterMapper(lexicon);
    this.patterns = new PatternMapper(lexicon);
  }

  /** Calibrates from the articles in {@code seedsDir}; BadInputException on bad input. */
  public static CalibrationResult calibrate(Path seedsDir) {
    return new Calibrator().run(seedsDir);
  }

  /** Calibrates from the articles in {@code seedsDir}; BadInputException on bad input. */
  public CalibrationResult run(Path seedsDir) {
    List<Article> articles = reader.read(seedsDir);
    List<String> prefixes = prefixes(articles);
    List<Source> sources = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<FactExtractor.ArticleFacts> read = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      FactExtractor.ArticleFacts af = extractor.extract(articles.get(i), prefixes.get(i));
      if (af.facts().isEmpty()) {
        throw new BadInputException(
            seedsDir.resolve(articles.get(i).file())
                + ": no facts found (no tariffs, talks, sanctions, deadlines or trade figures); "
                + "is it an article about the trade war?");
      }
      read.add(af);
      sources.add(af.source());
      facts.addAll(af.facts());
    }
    ParameterMapper.Mapping mapped = mapper.map(facts, read);
    return new CalibrationResult(
        sources,
        facts,
        mapped.parameters(),
        patterns.map(facts, mapped.parameters()),
        mapped.conflicts());
  }

  /**
   * Fact-id prefixes: the file name up to its first '_' ("000"), or the whole stem if not unique.
   */
  static List<String> prefixes(List<Article> articles) {
    List<String> shortForms = new ArrayList<>();
    for (Article a : articles) {
      String stem = a.file().replaceFirst("\\.txt$", "");
      int u = stem.indexOf('_');
      shortForms.add(u > 0 ? stem.substring(0, u) : stem);
    }
    Set<String> seen = new HashSet<>();
    boolean unique = shortForms.stream().allMatch(seen::add);
    if (unique) {
      return shortForms;
    }
    return articles.stream().map(a -> a.file().replaceFirst("\\.txt$", "")).toList();
  }
}
