package org.tradewar.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tradewar.calibration.Pattern;
import org.tradewar.io.BadInputException;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * How often a scenario's runs meet the patterns its articles report: {@code tradewar patterns}.
 * Runs the scenario's replications (its seeds, as {@code tradewar run} would) on a thread pool.
 */
public final class PatternCheck {
  private PatternCheck() {}

  /** Per pattern: the share of runs that meet it, and the mean and spread of its statistic. */
  public record Row(Pattern pattern, double metShare, double mean, double sd) {}

  public static List<Row> of(Scenario s, int replications, int threads) {
    List<Pattern> patterns = s.calibration().patterns();
    if (patterns.isEmpty()) {
      throw new BadInputException(
          s.file()
              + ": its calibration ("
              + s.calibration().source()
              + ") has no patterns; calibrate from articles (calibration: seeds)");
    }
    long[] seeds = new long[replications];
    for (int r = 1; r <= replications; r++) {
      seeds[r - 1] = Simulations.replicationSeed(s.seed(), r);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      Evaluation e =
          Evaluation.of(
              new double[0], patterns, id -> 1.0, PatternRuns.statistics(s, seeds, patterns, pool));
      List<Row> out = new ArrayList<>();
      for (int p = 0; p < patterns.size(); p++) {
        out.add(new Row(patterns.get(p), e.metShare()[p], e.mean()[p], e.sd()[p]));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The rows as a Markdown table. */
  public static String markdown(List<Row> rows, int replications) {
    StringBuilder b =
        new StringBuilder(
            "| Pattern | Target | Simulated mean (sd) | Runs that meet it |\n|---|---|---|---:|\n");
    for (Row r : rows) {
      Pattern p = r.pattern();
      String target =
          switch (p.comparator()) {
            case "within" ->
                ParameterText.num(p.target()) + " ± " + ParameterText.num(p.tolerance());
            case "at_least" -> "at least " + ParameterText.num(p.target());
            default -> "holds";
          };
      b.append("| ")
          .append(p.id())
          .append(": ")
          .append(p.description())
          .append(" | ")
          .append(target)
          .append(" | ")
          .append(ParameterText.num(r.mean()))
          .append(" (")
          .append(ParameterText.num(round(r.sd())))
          .append(") | ")
          .append(
              String.format(
                  Locale.ROOT, "%d of %d", Math.round(r.metShare() * replications), replications))
          .append(" |\n");
    }
    return b.toString();
  }

  private static double round(double v) {
    return Math.abs(v) < 1e-9 ? 0 : v;
  }
}
