package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.CsvText;

/**
 * A sweep run as chunks of whole points, each written to its own folder {@code chunks/chunk-N} with
 * a {@code _SUCCESS} marker, by any engine that can run chunks somewhere ({@link Engine}: a data
 * engine's tasks, or threads). A chunk holds its rows in slot order and its points' summary lines
 * and means: per-point statistics are whole within a chunk (chunks never cut a point), so the
 * driver joins them without reading a run's row, and the files equal the thread pool's byte for
 * byte. Resume is by chunk: a rerun skips the chunks that have their {@code _SUCCESS}. When every
 * chunk is done the driver writes runs.csv, summary.csv, sensitivity.csv and manifest.json, then
 * deletes the chunks.
 */
public final class ChunkedSweep {
  /** The folder of the chunks, inside the sweep folder. */
  public static final String CHUNKS = "chunks";

  /** The marker of a finished chunk. */
  public static final String SUCCESS = "_SUCCESS";

  private static final String MEANS = "means.csv";
  private static final String COUNTS = "counts.csv";

  /** Runs the chunks it is given, each by {@link #runChunk}, anywhere, in any order. */
  public interface Engine {
    /** A name for the manifest's session. */
    String name();

    /** Runs {@code chunks} of the sweep into {@code dir}; returns when all are done. */
    void run(SweepSpec spec, Path dir, int pointsPerChunk, List<Integer> chunks);
  }

  private ChunkedSweep() {}

  /** Whole points per chunk for about {@code runsPerChunk} runs (at least one point). */
  public static int pointsPerChunk(SweepSpec spec, long runsPerChunk) {
    return (int) Math.max(1, Math.min(spec.pointCount(), runsPerChunk / spec.replications()));
  }

  /** How many chunks. */
  public static int chunkCount(SweepSpec spec, int pointsPerChunk) {
    return (int) ((spec.pointCount() + (long) pointsPerChunk - 1) / pointsPerChunk);
  }

  static Path chunkDir(Path dir, int chunk) {
    return dir.resolve(CHUNKS).resolve(String.format(java.util.Locale.ROOT, "chunk-%08d", chunk));
  }

  /** True when chunk {@code chunk} is written whole. */
  public static boolean done(Path dir, int chunk) {
    return Files.isRegularFile(chunkDir(dir, chunk).resolve(SUCCESS));
  }

  /**
   * Runs chunk {@code chunk} on this thread, its runs in slot order, and writes its folder whole or
   * not at all. {@code points} must be this thread's own ({@link Points#fork}). A chunk already
   * done (a task run twice) is left as it is.
   */
  public static void runChunk(
      SweepSpec spec, RunFunction fn, Points points, Path dir, int chunk, int pointsPerChunk) {
    Path target = chunkDir(dir, chunk);
    if (done(dir, chunk)) {
      return;
    }
    int from = chunk * pointsPerChunk;
    int to = (int) Math.min(spec.pointCount(), (long) from + pointsPerChunk);
    int reps = spec.replications();
    int m = spec.metrics().size();
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw new BadInputException(
          "cannot create " + target.getParent() + ": " + AtomicFiles.describe(e));
    }
    try {
      AtomicFiles.writeFolder(
          target,
          out -> {
            long ok = 0;
            long failed = 0;
            Path runs = out.resolve(RunsCsv.FILE);
            try (Writer w = Files.newBufferedWriter(runs, StandardCharsets.UTF_8)) {
              w.write(RunsCsv.header(spec) + "\n");
              for (int p = from; p < to; p++) {
                Point point = points.get(p);
                for (int rep = 1; rep <= reps; rep++) {
                  long seed = SeedDeriver.seed(spec.masterSeed(), spec.axes(), point, rep);
                  String row = SweepRunner.runOne(spec, fn, point, rep, seed, m);
                  if (row.endsWith(",ok,")) {
                    ok++;
                  } else {
                    failed++;
                  }
                  w.write(row + "\n");
                }
              }
            }
            SummaryWriter.Result r =
                new SummaryWriter().write(spec, runs, out.resolve(SummaryWriter.FILE));
            if (r.pointMeans() != null) {
              StringBuilder b = new StringBuilder();
              for (int j = 0; j < m; j++) {
                for (int p = from; p < to; p++) { // exact: the bits of each double
                  b.append(Long.toHexString(Double.doubleToRawLongBits(r.pointMeans()[j][p])))
                      .append('\n');
                }
              }
              Files.writeString(out.resolve(MEANS), b.toString());
            }
            Files.writeString(out.resolve(COUNTS), ok + "," + failed + "\n");
            Files.writeString(out.resolve(SUCCESS), "");
          });
    } catch (BadInputException e) {
      if (!done(dir, chunk)) { // else another attempt of the same task finished it first
        throw e;
      }
    }
  }

  /** What happened. */
  public record Outcome(long total, long ok, long failed, int chunks, int ranNow, double seconds) {}

  /**
   * Runs {@code spec} into {@code dir} with {@code engine}: the chunks not yet done, then the final
   * files. The folder is checked as the thread pool checks it (the same sweep, or new).
   */
  public static Outcome run(
      SweepSpec spec, Path dir, long runsPerChunk, Engine engine, String commandLine) {
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot create " + dir + ": " + AtomicFiles.describe(e));
    }
    Path manifestFile = dir.resolve(SweepRunner.MANIFEST);
    ArrayNode sessions = SweepRunner.checkFolder(spec, dir, manifestFile, null);
    for (JsonNode s : sessions) {
      if (s instanceof ObjectNode o && "running".equals(o.path("status").asText())) {
        o.put("status", "interrupted");
      }
    }
    int ppc = pointsPerChunk(spec, runsPerChunk);
    int count = chunkCount(spec, ppc);
    List<Integer> todo = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      if (!done(dir, c)) {
        todo.add(c);
      }
    }
    ObjectNode session = sessions.addObject();
    session.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    session.put("engine", engine.name());
    session.put("chunks", count);
    session.put("chunks_to_run", todo.size());
    session.put("status", "running");
    if (!commandLine.isEmpty()) {
      session.put("command_line", commandLine);
    }
    SweepRunner.writeManifest(spec, manifestFile, sessions, -1, -1, false, null);
    if (!todo.isEmpty()) {
      engine.run(spec, dir, ppc, todo);
    }
    for (int c = 0; c < count; c++) {
      if (!done(dir, c)) {
        throw new IllegalStateException("chunk " + c + " was not written");
      }
    }
    long[] counts = join(spec, dir, ppc, count);
    long ranNow = 0;
    for (int c : todo) {
      long n = Math.min(spec.pointCount(), (long) (c + 1) * ppc) - (long) c * ppc;
      ranNow += n * spec.replications();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    session.put("runs", ranNow);
    session.put("status", "finished");
    session.put("wall_time_seconds", Math.round(seconds * 1000) / 1000.0);
    SweepRunner.writeManifest(spec, manifestFile, sessions, counts[0], counts[1], true, null);
    AtomicFiles.deleteQuietly(dir.resolve(CHUNKS));
    return new Outcome(spec.runCount(), counts[0], counts[1], count, todo.size(), seconds);
  }

  /**
   * Joins the chunks' rows, summary lines and means into the sweep's files; returns {ok, failed}.
   */
  private static long[] join(SweepSpec spec, Path dir, int ppc, int count) {
    long ok = 0;
    long failed = 0;
    concatenate(dir, count, RunsCsv.FILE, RunsCsv.header(spec));
    List<String> head = new ArrayList<>(List.of("point"));
    spec.axes().forEach(a -> head.add(a.path()));
    head.addAll(List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high", "failed"));
    concatenate(dir, count, SummaryWriter.FILE, CsvText.line(head));
    double[][] means =
        spec.design() == SweepSpec.DesignKind.SOBOL
            ? new double[spec.metrics().size()][spec.pointCount()]
            : null;
    try {
      for (int c = 0; c < count; c++) {
        Path cd = chunkDir(dir, c);
        String[] n = Files.readString(cd.resolve(COUNTS)).strip().split(",");
        ok += Long.parseLong(n[0]);
        failed += Long.parseLong(n[1]);
        if (means != null) {
          int from = c * ppc;
          int to = (int) Math.min(spec.pointCount(), (long) from + ppc);
          List<String> bits = Files.readAllLines(cd.resolve(MEANS));
          int k = 0;
          for (int j = 0; j < means.length; j++) {
            for (int p = from; p < to; p++) {
              means[j][p] = Double.longBitsToDouble(Long.parseUnsignedLong(bits.get(k++), 16));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          dir.resolve(CHUNKS)
              + ": a chunk is damaged ("
              + e.getMessage()
              + "); delete "
              + "the chunk folders without "
              + SUCCESS
              + " and run again");
    }
    if (means != null) {
      SweepRunner.writeSensitivity(spec, means, dir.resolve(SweepRunner.SENSITIVITY));
    }
    return new long[] {ok, failed};
  }

  /** Writes {@code header} and every chunk's {@code name} without its header line, atomically. */
  private static void concatenate(Path dir, int count, String name, String header) {
    Path target = dir.resolve(name);
    Path tmp = dir.resolve("." + name + ".joining");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      for (int c = 0; c < count; c++) {
        try (BufferedReader in =
            Files.newBufferedReader(chunkDir(dir, c).resolve(name), StandardCharsets.UTF_8)) {
          in.readLine();
          String line;
          while ((line = in.readLine()) != null) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw new BadInputException("cannot write " + target + ": " + AtomicFiles.describe(e));
    }
    try {
      AtomicFiles.moveReplacing(tmp, target);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + target + ": " + AtomicFiles.describe(e));
    }
  }

  /**
   * An engine of threads in this JVM: the chunked path without a cluster (tests, and a reference).
   */
  public static Engine threads(RunFunction fn, int threads) {
    return new Engine() {
      @Override
      public String name() {
        return "chunks";
      }

      @Override
      public void run(SweepSpec spec, Path dir, int ppc, List<Integer> chunks) {
        Points shared = spec.points();
        java.util.concurrent.atomic.AtomicInteger next =
            new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        List<RuntimeException> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
          Thread w =
              new Thread(
                  () -> {
                    Points own = shared.fork();
                    int i;
                    while ((i = next.getAndIncrement()) < chunks.size() && errors.isEmpty()) {
                      try {
                        runChunk(spec, fn, own, dir, chunks.get(i), ppc);
                      } catch (RuntimeException e) {
                        errors.add(e);
                      }
                    }
                  },
                  "sweep-chunk");
          w.start();
          workers.add(w);
        }
        for (Thread w : workers) {
          try {
            w.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        }
        if (!errors.isEmpty()) {
          throw errors.get(0);
        }
      }
    };
  }
}
