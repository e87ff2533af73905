package org.tradewar.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tradewar.io.AtomicFiles;

/**
 * Throughput of sweeps in one warm JVM: runs per second of a sweep file on 1 and on 2 threads,
 * after a warm-up (so the JIT compiler's own work does not count), alternating to even out a shared
 * machine. {@code java -cp target/tradewar.jar org.tradewar.sweep.SweepBench SWEEP [ROUNDS]}; see
 * src/test/scripts/sweep-bench.sh.
 */
public final class SweepBench {
  private SweepBench() {}

  public static void main(String[] args) throws Exception {
    SweepSpec spec = SweepLoader.load(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    RunFunction fn = spec.base().runFunction();
    Path tmp = Files.createTempDirectory("sweep-bench");
    try {
      long runs = spec.runCount();
      for (int w = 0; w < 4; w++) { // warm-up: until the JIT compiler has settled on both paths
        time(spec, fn, tmp, 1 + w % 2);
      }
      double[] best = {0, 0, 0};
      for (int r = 0; r < rounds; r++) {
        for (int t = 1; t <= 2; t++) {
          double s = time(spec, fn, tmp, t);
          double rate = runs / s;
          best[t] = Math.max(best[t], rate);
          System.out.printf(
              Locale.ROOT,
              "round %d threads %d: %d runs in %.2f s = %.1f runs/s%n",
              r + 1,
              t,
              runs,
              s,
              rate);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "best: 1 thread %.1f runs/s, 2 threads %.1f runs/s, speed-up %.2fx%n",
          best[1],
          best[2],
          best[2] / best[1]);
    } finally {
      AtomicFiles.deleteQuietly(tmp);
    }
  }

  private static double time(SweepSpec spec, RunFunction fn, Path tmp, int threads) {
    Path out = tmp.resolve("t" + threads);
    AtomicFiles.deleteQuietly(out);
    long t0 = System.nanoTime();
    new SweepRunner().run(spec, fn, out, SweepRunner.Options.defaults().withThreads(threads));
    return (System.nanoTime() - t0) / 1e9;
  }
}
