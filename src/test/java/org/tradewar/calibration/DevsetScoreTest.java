package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extractor on articles it was not written against: the project's development set ({@code
 * src/test/resources/calibration/devset}), scored strictly (see {@link StrictScorer}). With {@code
 * -Dtradewar.realnews=DIR} (a folder with {@code articles/} and {@code gold.json} kept outside the
 * repository, since published articles cannot be copied in), it also scores that set.
 */
class DevsetScoreTest {
  private static final Path DEVSET = Path.of("src/test/resources/calibration/devset");

  /** What issue 16 asks of the development set, overall, in precision and in recall. */
  static final double TARGET = 0.8;

  /**
   * Where the extractor stands: the build fails if a change makes it worse. Raise these as the
   * extractor improves, until they reach {@link #TARGET}: each is the measured score rounded down
   * to the hundredth below it (never up: 237/608 is 0.3898, below a floor of 0.39).
   */
  static final double PRECISION_FLOOR = 0.50;

  static final double RECALL_FLOOR = 0.39;

  /** The same for the training set, which scores lower on dates (see its README). */
  static final double TRAINING_PRECISION_FLOOR = 0.42;

  static final double TRAINING_RECALL_FLOOR = 0.30;

  @Test
  void developmentSetIsExtractedStrictly() throws Exception {
    StrictScorer.Result r =
        StrictScorer.score(DEVSET.resolve("articles"), DEVSET.resolve("gold.json"));
    System.out.print(
        r.report(
            "Development set (" + StrictScorer.goldSize(DEVSET.resolve("gold.json")) + " facts)"));
    if (Boolean.getBoolean("tradewar.misses")) {
      r.misses().forEach(m -> System.out.println("  miss " + m));
      r.spurious().forEach(m -> System.out.println("  extra " + m));
    }
    System.out.printf(
        "  (issue 16 asks %.2f in both; the build holds precision %.2f and recall %.2f)%n",
        TARGET, PRECISION_FLOOR, RECALL_FLOOR);
    assertTrue(
        r.overall().precision() >= PRECISION_FLOOR,
        "strict precision fell below " + PRECISION_FLOOR + ": " + r.overall());
    assertTrue(
        r.overall().recall() >= RECALL_FLOOR,
        "strict recall fell below " + RECALL_FLOOR + ": " + r.overall());
  }

  /**
   * The training set ({@code calibration/training}, 48 articles by other writers) scored the same
   * way: a second, larger measure of how the rules carry to unseen prose, held at its own floor.
   */
  @Test
  void trainingSetIsExtractedStrictly() throws Exception {
    Path training = Path.of("src/test/resources/calibration/training");
    StrictScorer.Result r =
        StrictScorer.score(training.resolve("articles"), training.resolve("gold.json"));
    System.out.print(
        r.report(
            "Training set (" + StrictScorer.goldSize(training.resolve("gold.json")) + " facts)"));
    assertTrue(
        r.overall().precision() >= TRAINING_PRECISION_FLOOR,
        "strict precision fell below " + TRAINING_PRECISION_FLOOR + ": " + r.overall());
    assertTrue(
        r.overall().recall() >= TRAINING_RECALL_FLOOR,
        "strict recall fell below " + TRAINING_RECALL_FLOOR + ": " + r.overall());
  }

  @Test
  void realArticlesAreScoredWhenGiven() throws Exception {
    String dir = System.getProperty("tradewar.realnews");
    assumeTrue(
        dir != null && Files.isDirectory(Path.of(dir)), "no -Dtradewar.realnews folder given");
    StrictScorer.Result r = StrictScorer.score(Path.of(dir, "articles"), Path.of(dir, "gold.json"));
    System.out.print(r.report("Real articles (" + dir + ")"));
    if (Boolean.getBoolean("tradewar.misses")) {
      r.misses().forEach(m -> System.out.println("  miss " + m));
    }
  }
}
