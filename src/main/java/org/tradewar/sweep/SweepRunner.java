package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.CsvText;

/**
 * Runs a sweep into a folder: every (point, replicate) on a pool of threads, each finished run
 * appended to {@code runs.csv} and then forgotten, so memory holds one row per busy thread, not the
 * runs. A run that throws is recorded as failed and the sweep goes on.
 *
 * <p>Resume: running again into the same folder reads the rows already in {@code runs.csv} (after
 * checking with {@code manifest.json} that the folder holds this very sweep) and runs only the
 * rest. Tasks are numbered point-major and handed out by one counter; the final files are computed
 * from the canonically sorted {@code runs.csv}, so they are byte-identical whatever the threads,
 * the order runs finished in, or the interruptions.
 */
public final class SweepRunner {
  /** The manifest file name. */
  public static final String MANIFEST = "manifest.json";

  /** The sensitivity file name (Sobol designs). */
  public static final String SENSITIVITY = "sensitivity.csv";

  /**
   * How to run.
   *
   * @param threads worker threads (at least 1)
   * @param retryFailed run again the runs recorded as failed
   * @param progress progress display
   * @param commandLine the command line, for the manifest (may be empty)
   * @param stopAfter stop taking new runs after this many finished in this session and return
   *     without the final files, as a crash would (tests); 0 for no limit
   * @param shard the part of the slots to run, or null for the whole sweep
   */
  public record Options(
      int threads,
      boolean retryFailed,
      Progress progress,
      String commandLine,
      long stopAfter,
      Shard shard) {
    public Options(
        int threads, boolean retryFailed, Progress progress, String commandLine, long stopAfter) {
      this(threads, retryFailed, progress, commandLine, stopAfter, null);
    }

    /** Defaults: every core, silent. */
    public static Options defaults() {
      return new Options(
          Runtime.getRuntime().availableProcessors(), false, Progress.silent(), "", 0);
    }

    public Options withThreads(int n) {
      return new Options(n, retryFailed, progress, commandLine, stopAfter, shard);
    }

    public Options withStopAfter(long n) {
      return new Options(threads, retryFailed, progress, commandLine, n, shard);
    }

    public Options withShard(Shard s) {
      return new Options(threads, retryFailed, progress, commandLine, stopAfter, s);
    }
  }

  /**
   * What happened.
   *
   * @param total runs in the sweep
   * @param ranNow runs done in this session
   * @param ok runs with status ok (all sessions; when complete)
   * @param failed runs with status failed (all sessions; when complete)
   * @param complete false when stopped early (no final files)
   * @param seconds wall time of this session
   */
  public record Outcome(
      long total, long ranNow, long ok, long failed, boolean complete, double seconds) {}

  /** Runs {@code spec} with {@code fn} into {@code dir}. */
  public Outcome run(SweepSpec spec, RunFunction fn, Path dir, Options opt) {
    if (opt.threads() < 1) {
      throw new BadInputException("--threads must be at least 1, got " + opt.threads());
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot create " + dir + ": " + AtomicFiles.describe(e));
    }
    Path manifestFile = dir.resolve(MANIFEST);
    Shard shard = opt.shard();
    ArrayNode sessions = checkFolder(spec, dir, manifestFile, shard);
    int points = spec.pointCount();
    int reps = spec.replications();
    long first = shard == null ? 0 : shard.first(spec.runCount());
    long end = shard == null ? spec.runCount() : shard.end(spec.runCount());
    String header = RunsCsv.header(spec);
    Path runs = dir.resolve(RunsCsv.FILE);
    RunsCsv.Index index = RunsCsv.scan(runs, header, points, reps, first, end);
    // Every session is on record from its start: one killed before its end stays "running" here,
    // and the next session marks it "interrupted".
    for (JsonNode s : sessions) {
      if (s instanceof ObjectNode o && "running".equals(o.path("status").asText())) {
        o.put("status", "interrupted");
      }
    }
    ObjectNode session = sessions.addObject();
    session.put("started_at", started.truncatedTo(ChronoUnit.SECONDS).toString());
    session.put("threads", opt.threads());
    session.put("status", "running");
    if (!opt.commandLine().isEmpty()) {
      session.put("command_line", opt.commandLine());
    }
    writeManifest(spec, manifestFile, sessions, -1, -1, false, shard);

    long total = index.size();
    long todo = total - index.finished() + (opt.retryFailed() ? index.failedCount() : 0);
    long alreadyFailed = opt.retryFailed() ? 0 : index.failedCount();
    Progress progress = opt.progress();
    progress.start(total, total - todo, alreadyFailed);

    Tasks tasks = new Tasks(spec, spec.points(), index, opt.retryFailed());
    AtomicLong finishedNow = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    int metricCount = spec.metrics().size();
    try (RunsCsv.Appender out = new RunsCsv.Appender(runs, header)) {
      int threads = (int) Math.max(1, Math.min(opt.threads(), todo));
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "sweep-worker");
                t.setDaemon(true);
                return t;
              });
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    Tasks.Task task = tasks.next();
                    if (task == null) {
                      return null;
                    }
                    String row =
                        runOne(spec, fn, task.point(), task.replicate(), task.seed(), metricCount);
                    out.append(row);
                    progress.runFinished(row.endsWith(",ok,"));
                    long n = finishedNow.incrementAndGet();
                    if (opt.stopAfter() > 0 && n >= opt.stopAfter()) {
                      stop.set(true);
                    }
                  }
                  return null;
                }));
      }
      pool.shutdown();
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("a sweep worker stopped: " + c, c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + runs + ": " + AtomicFiles.describe(e));
    } finally {
      progress.close();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    session.put("runs", finishedNow.get());
    session.put("wall_time_seconds", Math.round(seconds * 1000) / 1000.0);
    if (stop.get()) {
      session.put("status", "stopped");
      writeManifest(spec, manifestFile, sessions, -1, -1, false, shard);
      return new Outcome(total, finishedNow.get(), -1, -1, false, seconds);
    }

    RunsCsv.Index sorted =
        RunsCsv.sort(runs, header, points, reps, first, end, RunsCsv.SORT_WINDOW);
    long ok = sorted.finished() - sorted.failedCount();
    long failed = sorted.failedCount();
    if (shard == null) { // a shard's summaries are the merge's to write, from every shard's rows
      SummaryWriter.Result summary =
          new SummaryWriter().write(spec, runs, dir.resolve(SummaryWriter.FILE));
      if (spec.design() == SweepSpec.DesignKind.SOBOL) {
        writeSensitivity(spec, summary.pointMeans(), dir.resolve(SENSITIVITY));
      }
    }
    session.put("status", "finished");
    session.put("wall_time_seconds", Math.round(((System.nanoTime() - t0) / 1e9) * 1000) / 1000.0);
    writeManifest(spec, manifestFile, sessions, ok, failed, true, shard);
    return new Outcome(total, finishedNow.get(), ok, failed, true, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Writes summary.csv and, for a Sobol design, sensitivity.csv from the sorted runs.csv in {@code
   * dir}.
   */
  static void writeSummaries(SweepSpec spec, Path dir) {
    SummaryWriter.Result summary =
        new SummaryWriter().write(spec, dir.resolve(RunsCsv.FILE), dir.resolve(SummaryWriter.FILE));
    if (spec.design() == SweepSpec.DesignKind.SOBOL) {
      writeSensitivity(spec, summary.pointMeans(), dir.resolve(SENSITIVITY));
    }
  }

  static String runOne(SweepSpec spec, RunFunction fn, Point p, int rep, long seed, int metrics) {
    try {
      Map<String, String> overrides = p.overrides(spec.axes());
      RunResult r = fn.run(overrides, seed);
      if (r == null) {
        throw new IllegalStateException("the run returned no result");
      }
      double[] values = new double[metrics];
      for (int j = 0; j < metrics; j++) {
        values[j] = spec.metrics().get(j).evaluate(r);
      }
      return RunsCsv.okRow(p, rep, seed, r.outcome(), values);
    } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
      String msg = e.getMessage() == null ? "" : ": " + e.getMessage();
      return RunsCsv.failedRow(p, rep, seed, metrics, e.getClass().getSimpleName() + msg);
    }
  }

  /** Refuses a folder that holds another sweep or shard; returns the sessions recorded so far. */
  static ArrayNode checkFolder(SweepSpec spec, Path dir, Path manifestFile, Shard shard) {
    ObjectMapper om = new ObjectMapper();
    if (!Files.exists(manifestFile)) {
      if (Files.exists(dir.resolve(RunsCsv.FILE))) {
        throw new BadInputException(
            dir
                + " holds a runs.csv but no manifest.json: not a sweep folder "
                + "this tool started; use another --out");
      }
      try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new BadInputException(
              dir
                  + " is not empty and holds no sweep: use a new or empty --out"
                  + " (a sweep folder is only ever reused to resume the same sweep)");
        }
      } catch (IOException e) {
        throw new BadInputException(dir + ": cannot read: " + AtomicFiles.describe(e));
      }
      return om.createArrayNode();
    }
    try {
      JsonNode m = om.readTree(manifestFile.toFile());
      String fp = m.path("sweep").path("fingerprint").asText("");
      if (!fp.equals(spec.fingerprint())) {
        throw new BadInputException(
            dir
                + " holds the results of a different sweep (its manifest.json has another"
                + " fingerprint: the base scenario, axes, design, samples, replications, seed or"
                + " metrics changed); use another --out, or delete the folder to start again");
      }
      String had =
          m.has("shard")
              ? m.path("shard").path("index").asInt() + "/" + m.path("shard").path("count").asInt()
              : "the whole sweep";
      String want = shard == null ? "the whole sweep" : shard.toString();
      if (!had.equals(want)) {
        throw new BadInputException(
            dir
                + " holds "
                + (m.has("shard") ? "shard " : "")
                + had
                + " of this sweep, "
                + "not "
                + (shard == null ? "" : "shard ")
                + want
                + "; use another --out");
      }
      JsonNode s = m.get("sessions");
      return s instanceof ArrayNode a ? a : om.createArrayNode();
    } catch (IOException e) {
      throw new BadInputException(manifestFile + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  static void writeSensitivity(SweepSpec spec, double[][] pointMeans, Path file) {
    List<String> head =
        List.of(
            "metric",
            "axis",
            "S1",
            "S1_ci95_low",
            "S1_ci95_high",
            "ST",
            "ST_ci95_low",
            "ST_ci95_high",
            "rows");
    StringBuilder b = new StringBuilder(CsvText.line(head)).append('\n');
    for (int j = 0; j < spec.metrics().size(); j++) {
      String name = spec.metrics().get(j).name();
      SobolAnalysis.Indices[] ix =
          SobolAnalysis.analyse(
              spec.axes().size(),
              pointMeans[j],
              spec.bootstrap(),
              SeedDeriver.stream(spec.masterSeed(), "bootstrap:" + name));
      for (int i = 0; i < ix.length; i++) {
        SobolAnalysis.Indices x = ix[i];
        b.append(
                CsvText.line(
                    List.of(
                        name,
                        spec.axes().get(i).path(),
                        CsvText.number(x.first()),
                        CsvText.number(x.firstLow()),
                        CsvText.number(x.firstHigh()),
                        CsvText.number(x.total()),
                        CsvText.number(x.totalLow()),
                        CsvText.number(x.totalHigh()),
                        String.valueOf(x.rows()))))
            .append('\n');
      }
    }
    AtomicFiles.writeString(file, b.toString());
  }

  /**
   * Writes the manifest: {@code ok} and {@code failed} are counts of the runs done (negative: not
   * known yet); a shard's manifest says which slots it holds, and lists only runs.csv.
   */
  static void writeManifest(
      SweepSpec spec,
      Path file,
      ArrayNode sessions,
      long ok,
      long failed,
      boolean complete,
      Shard shard) {
    int points = spec.pointCount();
    ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode m = om.createObjectNode();
    m.put("tool", "tradewar");
    m.put("version", version());
    ObjectNode sw = m.putObject("sweep");
    sw.put("file", spec.file().toString());
    sw.put("sha256", sha256(spec.file()));
    sw.put("name", spec.name());
    sw.put("title", spec.title());
    sw.put("description", spec.description());
    sw.put("fingerprint", spec.fingerprint());
    ObjectNode base = m.putObject("base");
    base.put("scenario", spec.base().label());
    base.put("sha256", spec.base().sha256());
    m.put("design", spec.design().key());
    if (spec.design() != SweepSpec.DesignKind.GRID) {
      m.put("samples", spec.samples());
    }
    m.put("replications", spec.replications());
    m.put("master_seed", spec.masterSeed());
    m.put(
        "seed_derivation",
        "seed = mix(mix(mix(master) ^ h) + replicate * 0x9E3779B97F4A7C15) & Long.MAX_VALUE; mix ="
            + " SplitMix64; h = first 8 bytes (big-endian) of SHA-256 of the point's 'path=value'"
            + " lines sorted by path, then '#occurrence' (see docs/sweeps.md)");
    ArrayNode axes = m.putArray("axes");
    for (Axis a : spec.axes()) {
      ObjectNode n = axes.addObject();
      n.put("path", a.path());
      if (a.isList()) {
        ArrayNode v = n.putArray("values");
        a.values().forEach(v::add);
      } else {
        n.put("min", a.min());
        n.put("max", a.max());
        n.put("log", a.log());
        n.put("integer", a.integer());
        if (a.steps() > 0) {
          n.put("steps", a.steps());
        }
      }
    }
    ArrayNode metrics = m.putArray("metrics");
    for (MetricSpec ms : spec.metrics()) {
      ObjectNode n = metrics.addObject();
      n.put("name", ms.name());
      n.put("what", ms.describe());
      MetricNames.Label label = MetricNames.of(ms);
      n.put("label", label.name());
      n.put("unit", label.unit());
      n.put("share", label.share());
    }
    if (spec.design() == SweepSpec.DesignKind.SOBOL) {
      m.put("bootstrap", spec.bootstrap());
    }
    m.put("points", points);
    m.put("runs", (long) points * spec.replications());
    if (shard != null) {
      ObjectNode s = m.putObject("shard");
      s.put("index", shard.index());
      s.put("count", shard.count());
      s.put("first_slot", shard.first(spec.runCount()));
      s.put("end_slot", shard.end(spec.runCount()));
      s.put(
          "inputs_sha256",
          spec.base().inputsSha256()); // the merge checks the shards read the same inputs
    }
    m.put("complete", complete); // every run done and the summaries written
    m.put("charts_drawn", false); // set by markChartsDrawn once charts/ and report.html are written
    if (ok >= 0) {
      m.put("runs_ok", ok);
      m.put("runs_failed", failed);
    }
    ArrayNode files = m.putArray("files");
    files.add(RunsCsv.FILE);
    if (complete && shard == null) {
      files.add(SummaryWriter.FILE);
      if (spec.design() == SweepSpec.DesignKind.SOBOL) {
        files.add(SENSITIVITY);
      }
    }
    m.set("sessions", sessions);
    try {
      AtomicFiles.writeString(file, om.writeValueAsString(m) + "\n");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records in the manifest that the charts and the report are written: until then a sweep folder
   * says its runs are complete but its charts are not (a sweep killed while drawing).
   */
  public static void markChartsDrawn(Path dir) {
    Path file = dir.resolve(MANIFEST);
    ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      JsonNode m = om.readTree(file.toFile());
      if (m instanceof ObjectNode o) {
        o.put("charts_drawn", true);
        AtomicFiles.writeString(file, om.writeValueAsString(o) + "\n");
      }
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  static String version() {
    try (InputStream in = SweepRunner.class.getResourceAsStream("/tradewar-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String sha256(Path file) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(d);
    } catch (IOException | NoSuchAlgorithmException e) {
      return "";
    }
  }
}
