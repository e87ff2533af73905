package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extractor on articles it was not written against: the project's development set
 * ({@code src/test/resources/calibration/devset}), scored strictly (see {@link StrictScorer}). With
 * {@code -Dtradewar.realnews=DIR} (a folder with {@code articles/} and {@code gold.json} kept outside
 * the repository, since published articles cannot be copied in), it also scores that set.
 */
class DevsetScoreTest {
  private static final Path DEVSET = Path.of("src/test/resources/calibration/devset");
  /** What the development set must reach, overall, in precision and in recall. */
  static final double REQUIRED = 0.8;

  @Test
  void developmentSetIsExtractedStrictly() throws Exception {
    StrictScorer.Result r = StrictScorer.score(DEVSET.resolve("articles"), DEVSET.resolve("gold.json"));
    System.out.print(r.report("Development set (" + StrictScorer.goldSize(DEVSET.resolve("gold.json")) + " facts)"));
    if (Boolean.getBoolean("tradewar.misses")) {
      r.misses().forEach(m -> System.out.println("  miss " + m));
      r.spurious().forEach(m -> System.out.println("  extra " + m));
    }
    double floor = Double.parseDouble(System.getProperty("tradewar.devset.floor", String.valueOf(REQUIRED)));
    assertTrue(r.overall().precision() >= floor, "strict precision below " + floor + ": " + r.overall());
    assertTrue(r.overall().recall() >= floor, "strict recall below " + floor + ": " + r.overall());
  }

  @Test
  void realArticlesAreScoredWhenGiven() throws Exception {
    String dir = System.getProperty("tradewar.realnews");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no -Dtradewar.realnews folder given");
    StrictScorer.Result r = StrictScorer.score(Path.of(dir, "articles"), Path.of(dir, "gold.json"));
    System.out.print(r.report("Real articles (" + dir + ")"));
    if (Boolean.getBoolean("tradewar.misses")) {
      r.misses().forEach(m -> System.out.println("  miss " + m));
    }
  }
}
