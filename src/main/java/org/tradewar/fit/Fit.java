package org.tradewar.fit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.tradewar.io.BadInputException;
import org.tradewar.model.params.ParameterSpec;

/**
 * Estimates the behavioural parameters of a fit file (docs/fit.md): bounded CMA-ES (Hansen 2016;
 * Commons Math) over the parameters scaled to [0, 1], minimising the distance of simulated runs to
 * the articles' patterns. Every candidate is kept in {@code evaluations.csv} as soon as it is run,
 * so an interrupted fit resumes: the optimiser, seeded, asks for the same candidates again and gets
 * the stored answers. Then the objective's profile along each parameter, and the accepted set
 * (every candidate within {@code accept} of the best) as the estimate's uncertainty.
 */
public final class Fit {
  private final FitSpec spec;
  private final Path out;
  private final int threads;
  private final PrintWriter log;
  private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
  private int previous;
  private int fresh;
  private long startNanos;
  private long lastPrint;

  public Fit(FitSpec spec, Path out, int threads, PrintWriter log) {
    this.spec = spec;
    this.out = out;
    this.threads = Math.max(1, threads);
    this.log = log;
  }

  /** What a fit produced. */
  @SuppressWarnings("ArrayRecordComponent") // a result to read; never compared or hashed
  public record Result(
      double[] estimate,
      Evaluation best,
      List<Evaluation> profile,
      List<Evaluation> accepted,
      int evaluations,
      int fromEarlierSessions,
      double seconds) {}

  public Result run() {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new BadInputException(out + ": cannot create the fit folder: " + e.getMessage());
    }
    EvaluationLog store = new EvaluationLog(out.resolve("evaluations.csv"), spec);
    for (Evaluation e : store.read()) {
      evaluations.put(key(e.values()), e);
    }
    previous = evaluations.size();
    startNanos = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "tradewar-fit");
              t.setDaemon(true);
              return t;
            });
    try (BufferedWriter append = store.appender()) {
      FitObjective objective = new FitObjective(spec, pool);
      int d = spec.parameters().size();
      double[] lo = new double[d];
      double[] hi = new double[d];
      double[] x0 = new double[d];
      double[] sigma = new double[d];
      for (int i = 0; i < d; i++) {
        hi[i] = 1;
        x0[i] = spec.parameters().get(i).unit(spec.parameters().get(i).start());
        sigma[i] = spec.sigma();
      }
      CMAESOptimizer cmaes =
          new CMAESOptimizer(
              Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(spec.seed()), false, null);
      try {
        cmaes.optimize(
            new MaxEval(spec.budget()),
            GoalType.MINIMIZE,
            new InitialGuess(x0),
            new SimpleBounds(lo, hi),
            new CMAESOptimizer.Sigma(sigma),
            new CMAESOptimizer.PopulationSize(spec.population()),
            new ObjectiveFunction(u -> evaluate(objective, toValues(u), append).loss()));
      } catch (TooManyEvaluationsException done) {
        // the budget is spent: the best candidate seen is the estimate
      }
      Evaluation best = best();
      List<Evaluation> profile = new ArrayList<>();
      int k = spec.profilePoints();
      for (int i = 0; i < d && k > 1; i++) {
        for (int j = 0; j < k; j++) {
          double[] v = best.values().clone();
          v[i] = round(spec.parameters().get(i), spec.parameters().get(i).at(j / (double) (k - 1)));
          profile.add(evaluate(objective, v, append));
        }
      }
      best = best();
      List<Evaluation> accepted = new ArrayList<>();
      for (Evaluation e : evaluations.values()) {
        if (e.loss() <= best.loss() + spec.accept() + 1e-12) {
          accepted.add(e);
        }
      }
      printProgress(true);
      return new Result(
          best.values(),
          best,
          profile,
          accepted,
          evaluations.size(),
          previous,
          (System.nanoTime() - startNanos) / 1e9);
    } catch (IOException e) {
      throw new BadInputException(
          out.resolve("evaluations.csv") + ": cannot write: " + e.getMessage());
    } finally {
      pool.shutdownNow();
    }
  }

  private Evaluation best() {
    Evaluation best = null;
    for (Evaluation e : evaluations.values()) {
      if (best == null || e.loss() < best.loss()) {
        best = e;
      }
    }
    return best;
  }

  private Evaluation evaluate(FitObjective objective, double[] values, BufferedWriter append) {
    String key = key(values);
    Evaluation known = evaluations.get(key);
    if (known != null) {
      return known;
    }
    Evaluation e = objective.evaluate(values);
    evaluations.put(key, e);
    fresh++;
    try {
      EvaluationLog.append(append, evaluations.size(), e);
    } catch (IOException ex) {
      throw new BadInputException(
          out.resolve("evaluations.csv") + ": cannot write: " + ex.getMessage());
    }
    printProgress(false);
    return e;
  }

  /**
   * Candidate values from the optimiser's [0, 1] coordinates, rounded so that a replay finds them.
   */
  private double[] toValues(double[] u) {
    double[] v = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      FitSpec.Bound b = spec.parameters().get(i);
      v[i] = round(b, b.at(Math.max(0, Math.min(1, u[i]))));
    }
    return v;
  }

  private double round(FitSpec.Bound b, double v) {
    ParameterSpec p = spec.base().parameters().catalog().find(b.path()).orElseThrow();
    double step = (b.max() - b.min()) * 1e-4;
    double r = p.integer() ? Math.rint(v) : b.min() + Math.rint((v - b.min()) / step) * step;
    return Double.parseDouble(ParameterText.num(Math.max(b.min(), Math.min(b.max(), r))));
  }

  static String key(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(ParameterText.num(v)).append(';');
    }
    return b.toString();
  }

  private void printProgress(boolean last) {
    if (log == null) {
      return;
    }
    long now = System.nanoTime();
    if (!last && now - lastPrint < 2_000_000_000L) {
      return;
    }
    lastPrint = now;
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = fresh / seconds;
    int planned = spec.budget() + spec.parameters().size() * Math.max(0, spec.profilePoints());
    int left = Math.max(0, planned - evaluations.size());
    Evaluation best = best();
    log.printf(
        Locale.ROOT,
        "fit %s: %d evaluations (%d from an earlier session), best distance %.4f, "
            + "%.2f evaluations/s, ETA %s%n",
        spec.name(),
        evaluations.size(),
        previous,
        best == null ? Double.NaN : best.loss(),
        rate,
        last ? "done" : rate > 0 ? clock(left / rate) : "--");
    log.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
