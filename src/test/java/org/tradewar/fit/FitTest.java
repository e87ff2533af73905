package org.tradewar.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.calibration.Pattern;
import org.tradewar.model.TradeWarModel;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * The estimator: it recovers known parameters from patterns they generated, and a fit resumes
 * exactly.
 */
class FitTest {
  @TempDir Path dir;

  private static Scenario base() {
    return ScenarioLoader.load(Path.of("scenarios/agents-free.yaml"))
        .withOverrides(Map.of("firms.count", "1000"));
  }

  /** Means of pattern statistics over {@code reps} runs of {@code s} on seeds unlike the fit's. */
  private static double[] means(Scenario s, List<Pattern> patterns, int reps) {
    double[] out = new double[patterns.size()];
    for (int r = 0; r < reps; r++) {
      TradeWarModel m = Simulations.simulate(s, 900_000 + r).model();
      for (int p = 0; p < out.length; p++) {
        out[p] += PatternStatistics.value(patterns.get(p), m) / reps;
      }
    }
    return out;
  }

  private static Pattern numeric(
      String id, String kind, String date, Double rate, double target, double tol) {
    return new Pattern(
        id, kind, kind + " by " + date, null, date, target, tol, "within", rate, List.of());
  }

  @Test
  void recoversTheParametersThatGeneratedThePatterns() {
    // The certified-data test of the estimator: patterns measured on runs with known values (on
    // other
    // seeds than the fit's), then a fit from elsewhere in the box must find those values again.
    Map<String, String> truth =
        Map.of("negotiation.reservation_premium", "0.7", "stance.pain_sensitivity", "0.05");
    Scenario generating = base().withOverrides(truth);
    List<Pattern> shapes =
        List.of(
            numeric("M1", "meetings_by", "2018-12-31", null, 0, 1),
            numeric("M2", "meetings_by", "2019-06-25", null, 0, 1),
            numeric("M3", "meetings_by", "2020-06-30", null, 0, 1),
            numeric("C1", "coverage_at_rate_by", "2019-06-25", 25.0, 0, 1),
            numeric("C2", "coverage_at_rate_by", "2020-06-30", 10.0, 0, 1),
            numeric("D1", "no_deal_at", "2019-06-25", null, 0, 1),
            numeric("D2", "no_deal_at", "2020-06-30", null, 0, 1));
    double[] m = means(generating, shapes, 24);
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Pattern p = shapes.get(i);
      double tol =
          p.kind().equals("meetings_by")
              ? Math.max(1, 0.2 * m[i])
              : p.kind().equals("no_deal_at") ? 0.15 : Math.max(10, 0.1 * m[i]);
      patterns.add(numeric(p.id(), p.kind(), p.date(), p.ratePct(), m[i], tol));
    }
    List<FitSpec.Bound> bounds =
        List.of(
            new FitSpec.Bound("negotiation.reservation_premium", 0, 1, 0.2),
            new FitSpec.Bound("stance.pain_sensitivity", 0, 0.5, 0.3));
    FitSpec spec =
        new FitSpec(
            dir.resolve("recovery.yaml"),
            "recovery",
            "recovery",
            base(),
            bounds,
            patterns,
            Map.of(),
            16,
            120,
            8,
            0.3,
            7,
            0,
            0.02);
    Fit.Result r = new Fit(spec, dir.resolve("fit"), 2, null).run();
    assertEquals(
        0.7,
        r.estimate()[0],
        0.15,
        "reservation premium recovered (stated tolerance: 15% of its range)");
    assertEquals(
        0.05,
        r.estimate()[1],
        0.075,
        "pain sensitivity recovered (stated tolerance: 15% of its range)");
  }

  @Test
  void anInterruptedFitResumesToTheSameEstimate() throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "name: small",
            "base: " + Path.of("scenarios/agents-free.yaml").toAbsolutePath(),
            "seed: 3",
            "replications: 3",
            "budget: 24",
            "firms: 800",
            "profile_points: 3",
            "parameters:",
            "  negotiation.reservation_premium: {min: 0, max: 1}",
            "  stance.pain_sensitivity: {min: 0, max: 0.5}",
            ""));
    FitSpec whole = FitLoader.load(file);
    Fit.Result a = new Fit(whole, dir.resolve("a"), 2, null).run();
    // The same fit cut short (a smaller budget stands for a kill), with a torn line at the end...
    FitSpec cut =
        new FitSpec(
            whole.file(),
            whole.name(),
            whole.title(),
            whole.base(),
            whole.parameters(),
            whole.patterns(),
            whole.weights(),
            whole.replications(),
            10,
            whole.population(),
            whole.sigma(),
            whole.seed(),
            0,
            whole.accept());
    new Fit(cut, dir.resolve("b"), 1, null).run();
    Files.writeString(
        dir.resolve("b/evaluations.csv"),
        "11,0.5",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    // ... then run again in full: it picks up where it stopped and ends where the whole fit ended.
    Fit.Result b = new Fit(whole, dir.resolve("b"), 2, null).run();
    assertArrayEquals(a.estimate(), b.estimate());
    assertEquals(a.best().loss(), b.best().loss());
    assertTrue(b.fromEarlierSessions() > 0);
    assertEquals(
        Files.readString(dir.resolve("a/evaluations.csv")),
        Files.readString(dir.resolve("b/evaluations.csv")),
        "the same candidates in the same order");
  }

  @Test
  void theShippedFitFileLoadsAndNamesItsPatterns() {
    FitSpec spec = FitLoader.load(Path.of("scenarios/fits/behaviour.yaml"));
    assertTrue(spec.patterns().size() >= 10, "the articles' patterns: " + spec.patterns().size());
    assertTrue(
        spec.parameters().stream()
            .anyMatch(b -> b.path().equals("negotiation.reservation_premium")));
  }

  private String fails(String... lines) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return org.junit.jupiter.api.Assertions.assertThrows(
            org.tradewar.io.BadInputException.class, () -> FitLoader.load(file))
        .getMessage();
  }

  @Test
  void aBadFitFileNamesTheLineAndWhatIsAllowed() throws IOException {
    String base = "base: " + Path.of("scenarios/agents-free.yaml").toAbsolutePath();
    String typo =
        fails(base, "seed: 1", "parameters:", "  negotiation.reservation_premum: {min: 0, max: 1}");
    assertTrue(
        typo.contains("line 4") && typo.contains("did you mean 'negotiation.reservation_premium'"),
        typo);
    String calibrated =
        fails(base, "seed: 1", "parameters:", "  cn.retaliation_ratio: {min: 0, max: 1}");
    assertTrue(calibrated.contains("comes from the articles"), calibrated);
    String noSeed = fails(base, "parameters:", "  stance.pain_sensitivity: {min: 0, max: 1}");
    assertTrue(noSeed.contains("'seed'"), noSeed);
    String bounds =
        fails(base, "seed: 1", "parameters:", "  stance.pain_sensitivity: {min: 0.5, max: 0.1}");
    assertTrue(bounds.contains("must be below max"), bounds);
    String weight =
        fails(
            base,
            "seed: 1",
            "weights: {P99: 2}",
            "parameters:",
            "  stance.pain_sensitivity: {min: 0, max: 1}");
    assertTrue(weight.contains("no pattern 'P99'") && weight.contains("P1"), weight);
    String key =
        fails(
            base,
            "seed: 1",
            "budjet: 10",
            "parameters:",
            "  stance.pain_sensitivity: {min: 0, max: 1}");
    assertTrue(key.contains("did you mean 'budget'"), key);
  }
}
