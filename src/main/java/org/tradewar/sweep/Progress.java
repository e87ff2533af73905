package org.tradewar.sweep;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a sweep. On a terminal: one bar redrawn in place, with runs done, runs per second,
 * ETA and failures. Without a terminal (a log file, CI): a plain line every few seconds. Rates
 * count only this session's runs, so a resumed sweep does not claim the earlier session's speed.
 */
public class Progress implements AutoCloseable {
  /** Progress that prints nothing. */
  public static Progress silent() {
    return new Progress();
  }

  /**
   * Progress on {@code err}: a bar when {@code terminal}, else a line every {@code plainSeconds}.
   */
  public static Progress console(PrintWriter err, boolean terminal, double plainSeconds) {
    return new Console(err, terminal, plainSeconds);
  }

  protected final AtomicLong done = new AtomicLong();
  protected final AtomicLong failed = new AtomicLong();
  protected volatile long total;
  protected volatile long before;
  protected volatile long startNanos;

  /** Called once: {@code total} runs, of which {@code alreadyDone} finished in earlier sessions. */
  public void start(long total, long alreadyDone, long alreadyFailed) {
    this.total = total;
    this.before = alreadyDone;
    this.failed.set(alreadyFailed);
    this.startNanos = System.nanoTime();
  }

  /** Called by the workers as each run ends. */
  public void runFinished(boolean ok) {
    done.incrementAndGet();
    if (!ok) {
      failed.incrementAndGet();
    }
  }

  /** The status text: runs done, rate, ETA, failures. */
  public String status() {
    long d = done.get();
    double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    double rate = d / seconds;
    long all = before + d;
    long left = total - all;
    String eta = rate > 0 ? clock(left / rate) : "--:--";
    return String.format(
        Locale.ROOT,
        "%d/%d runs (%.1f%%), %.1f runs/s, ETA %s, %d failed",
        all,
        total,
        total == 0 ? 100.0 : 100.0 * all / total,
        rate,
        eta,
        failed.get());
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void close() {}

  private static final class Console extends Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final double plainSeconds;
    private ScheduledExecutorService timer;

    Console(PrintWriter err, boolean terminal, double plainSeconds) {
      this.err = err;
      this.terminal = terminal;
      this.plainSeconds = plainSeconds;
    }

    @Override
    @SuppressWarnings(
        "FutureReturnValueIgnored") // runs until shut down; a failed print only stops the line
    public void start(long total, long alreadyDone, long alreadyFailed) {
      super.start(total, alreadyDone, alreadyFailed);
      if (alreadyDone > 0) {
        err.println("sweep: resuming, " + alreadyDone + " of " + total + " runs already done");
        err.flush();
      }
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sweep-progress");
                t.setDaemon(true);
                return t;
              });
      long periodMs = terminal ? 250 : Math.max(100, (long) (plainSeconds * 1000));
      timer.scheduleAtFixedRate(this::print, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    private synchronized void print() {
      if (terminal) {
        long all = before + done.get();
        int width = 30;
        int filled = total == 0 ? width : (int) (width * all / total);
        err.print(
            "\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status() + "   ");
      } else {
        err.println("sweep: " + status());
      }
      err.flush();
    }

    @Override
    public void close() {
      if (timer != null) {
        timer.shutdownNow();
        try {
          timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        print();
        if (terminal) {
          err.println();
          err.flush();
        }
      }
    }
  }
}
