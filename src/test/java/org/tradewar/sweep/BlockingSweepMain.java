package org.tradewar.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child-process sweep for {@link KillResumeTest}: one worker thread runs {@code n} runs, then the
 * next run writes the marker file and blocks for ever, so the parent kills it at a known point,
 * with exactly {@code n} rows on disk, whatever the machine's speed. Arguments: sweep file, output
 * folder, marker file, n.
 */
public final class BlockingSweepMain {
  private BlockingSweepMain() {}

  public static void main(String[] args) {
    Path marker = Path.of(args[2]);
    int n = Integer.parseInt(args[3]);
    AtomicInteger calls = new AtomicInteger();
    RunFunction fn =
        (o, seed) -> {
          if (calls.incrementAndGet() > n) {
            try {
              Files.writeString(marker, "blocked after " + n + " runs\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            new CountDownLatch(1).await(); // never returns: the parent kills this process
          }
          return Fakes.noisy(o, seed);
        };
    SweepSpec spec = new SweepLoader((f, b) -> Fakes.permissive(fn)).read(Path.of(args[0]));
    new SweepRunner()
        .run(spec, fn, Path.of(args[1]), SweepRunner.Options.defaults().withThreads(1));
  }
}
