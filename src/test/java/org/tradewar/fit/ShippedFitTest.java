package org.tradewar.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.LocatedTree;
import org.tradewar.model.params.ParameterCatalog;

/**
 * The shipped behavioural defaults are what the documented fit ({@code ./tradewar fit
 * scenarios/fits/behaviour.yaml}) produces. Running it in full takes a minute on two cores, so the
 * test checks it in two cheaper halves: candidates run now give exactly the rows the committed
 * {@code evaluations.csv} holds, and the optimiser replayed on that log ends at the committed
 * estimate, which is the catalog's default.
 */
class ShippedFitTest {
  private static final Path FIT = Path.of("scenarios/fits/behaviour.yaml");
  private static final Path FOLDER = Path.of("scenarios/fits/behaviour");

  @TempDir Path dir;

  @Test
  void theCatalogDefaultsAreTheCommittedEstimate() {
    var estimate = LocatedTree.read(FOLDER.resolve("estimate.yaml")).root().get("parameters");
    FitSpec spec = FitLoader.load(FIT);
    for (FitSpec.Bound b : spec.parameters()) {
      assertEquals(
          estimate.get(b.path()).asDouble(),
          ParameterCatalog.standard().find(b.path()).orElseThrow().defaultValue(),
          0,
          b.path());
    }
  }

  @Test
  void theOptimiserReplayedOnTheLogEndsAtTheEstimate() throws IOException {
    Path out = dir.resolve("fit");
    Files.createDirectories(out);
    Files.copy(FOLDER.resolve("evaluations.csv"), out.resolve("evaluations.csv"));
    FitSpec spec = FitLoader.load(FIT);
    Fit.Result r = new Fit(spec, out, 2, null).run();
    assertEquals(
        r.evaluations(), r.fromEarlierSessions(), "every candidate is in the committed log");
    var estimate = LocatedTree.read(FOLDER.resolve("estimate.yaml")).root().get("parameters");
    for (int i = 0; i < spec.parameters().size(); i++) {
      assertEquals(
          estimate.get(spec.parameters().get(i).path()).asDouble(),
          r.estimate()[i],
          0,
          spec.parameters().get(i).path());
    }
  }

  @Test
  void candidatesRunNowGiveTheRowsOfTheLog() throws Exception {
    FitSpec spec = FitLoader.load(FIT);
    List<Evaluation> log = new EvaluationLog(FOLDER.resolve("evaluations.csv"), spec).read();
    Evaluation best = log.get(0);
    for (Evaluation e : log) {
      best = e.loss() < best.loss() ? e : best;
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FitObjective objective = new FitObjective(spec, pool);
      for (Evaluation logged : List.of(log.get(0), best)) {
        Evaluation now = objective.evaluate(logged.values());
        assertEquals(logged.loss(), now.loss(), 0, "distance of " + Fit.key(logged.values()));
        assertArrayEquals(logged.metShare(), now.metShare(), 0);
        assertArrayEquals(logged.mean(), now.mean(), 0);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(best.loss() < log.get(0).loss(), "the fit improved on its start");
  }
}
