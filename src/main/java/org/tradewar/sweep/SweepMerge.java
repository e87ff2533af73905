package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/**
 * Puts the shards of a sweep ({@code tradewar sweep FILE --shard I/N}, one folder each) back into
 * one sweep folder, the same files a run on one machine writes: the shards' sorted runs.csv end to
 * end, then summary.csv and sensitivity.csv computed from it. Refused, naming the folder: a folder
 * that is not a shard, a shard of another sweep, a missing, repeated or unfinished shard, and rows
 * that are not exactly the shard's slots in order.
 */
public final class SweepMerge {
  /** One shard folder as its manifest describes it. */
  record Part(Path dir, JsonNode manifest, int index, int count, long first, long end) {}

  /** What was merged. */
  public record Outcome(SweepSpec spec, long runs, long ok, long failed, int shards) {}

  /**
   * Merges {@code dirs} into {@code out}. The sweep file is {@code sweepFile} when given, else the
   * one the shards' manifest names; its fingerprint must be theirs.
   */
  public Outcome merge(List<Path> dirs, Path out, Path sweepFile) {
    if (dirs.isEmpty()) {
      throw new BadInputException("sweep merge: give the shard folders to merge");
    }
    List<Part> parts = new ArrayList<>();
    for (Path d : dirs) {
      parts.add(read(d));
    }
    Part head = parts.get(0);
    String fingerprint = head.manifest().path("sweep").path("fingerprint").asText();
    for (Part p : parts) {
      if (!p.manifest().path("sweep").path("fingerprint").asText().equals(fingerprint)) {
        throw new BadInputException(
            p.dir()
                + ": a shard of another sweep than "
                + head.dir()
                + " (its manifest.json has another fingerprint: the sweep file, its base scenario"
                + " or their inputs differ); merge only the shards of one sweep");
      }
      if (!p.manifest()
          .path("shard")
          .path("inputs_sha256")
          .asText()
          .equals(head.manifest().path("shard").path("inputs_sha256").asText())) {
        throw new BadInputException(
            p.dir()
                + ": a shard run on other inputs than "
                + head.dir()
                + " (the base scenario's calibration, parameter or behaviour files differ); merge"
                + " only shards of the same inputs");
      }
      if (p.count() != head.count()) {
        throw new BadInputException(
            p.dir()
                + ": shard "
                + p.index()
                + "/"
                + p.count()
                + ", but "
                + head.dir()
                + " is one of "
                + head.count()
                + " shards; merge the shards of one cut");
      }
    }
    parts.sort(Comparator.comparingInt(Part::index));
    Part[] byIndex = new Part[head.count() + 1];
    for (Part p : parts) {
      if (byIndex[p.index()] != null) {
        throw new BadInputException(
            p.dir()
                + ": shard "
                + p.index()
                + "/"
                + p.count()
                + " is given twice (also "
                + byIndex[p.index()].dir()
                + ")");
      }
      byIndex[p.index()] = p;
    }
    for (int i = 1; i <= head.count(); i++) {
      if (byIndex[i] == null) {
        throw new BadInputException(
            "sweep merge: shard "
                + i
                + "/"
                + head.count()
                + " is missing (given: "
                + String.join(
                    ", ",
                    parts.stream().map(p -> p.dir() + " " + p.index() + "/" + p.count()).toList())
                + ")");
      }
    }
    for (Part p : parts) {
      if (!p.manifest().path("complete").asBoolean(false)) {
        throw new BadInputException(
            p.dir()
                + ": shard "
                + p.index()
                + "/"
                + p.count()
                + " is not finished; "
                + "run its command again to finish it, then merge");
      }
    }
    Path file =
        sweepFile != null
            ? sweepFile
            : Path.of(head.manifest().path("sweep").path("file").asText());
    if (sweepFile == null && !Files.isRegularFile(file)) {
      throw new BadInputException(
          head.dir()
              + ": its sweep file "
              + file
              + " is not here; give it with --sweep "
              + "(the file or its bundle)");
    }
    SweepSpec spec = SweepLoader.load(SweepBundle.isBundle(file) ? SweepBundle.open(file) : file);
    if (!spec.fingerprint().equals(fingerprint)) {
      throw new BadInputException(
          spec.file()
              + ": not the sweep of the shards in "
              + head.dir()
              + " (another fingerprint: the file, its base scenario or their inputs changed since);"
              + " give --sweep the file they ran");
    }
    if (!spec.base()
        .inputsSha256()
        .equals(head.manifest().path("shard").path("inputs_sha256").asText())) {
      throw new BadInputException(
          spec.file()
              + ": its base scenario's inputs (calibration, parameter or "
              + "behaviour files) changed since the shards in "
              + head.dir()
              + " ran; merge where they ran");
    }
    prepare(out);
    long[] counts = concatenate(spec, parts, out.resolve(RunsCsv.FILE));
    SweepRunner.writeSummaries(spec, out);
    ArrayNode sessions = new ObjectMapper().createArrayNode();
    for (Part p : parts) {
      for (JsonNode s : p.manifest().path("sessions")) {
        if (s instanceof ObjectNode o) {
          ObjectNode c = o.deepCopy();
          c.put("shard", p.index() + "/" + p.count());
          sessions.add(c);
        }
      }
    }
    SweepRunner.writeManifest(
        spec, out.resolve(SweepRunner.MANIFEST), sessions, counts[0], counts[1], true, null);
    return new Outcome(spec, counts[0] + counts[1], counts[0], counts[1], parts.size());
  }

  private static Part read(Path dir) {
    Path mf = dir.resolve(SweepRunner.MANIFEST);
    if (!Files.isRegularFile(mf) || !Files.isRegularFile(dir.resolve(RunsCsv.FILE))) {
      throw new BadInputException(
          dir
              + ": not a shard folder (no manifest.json and runs.csv); give the folders "
              + "that 'tradewar sweep FILE --shard I/N' wrote");
    }
    JsonNode m;
    try {
      m = new ObjectMapper().readTree(mf.toFile());
    } catch (IOException e) {
      throw new BadInputException(mf + ": cannot read: " + AtomicFiles.describe(e));
    }
    JsonNode s = m.path("shard");
    if (!s.isObject()) {
      throw new BadInputException(
          dir
              + ": a whole sweep, not a shard (its manifest.json has no 'shard'); "
              + "merge the folders of 'tradewar sweep FILE --shard I/N'");
    }
    return new Part(
        dir,
        m,
        s.path("index").asInt(),
        s.path("count").asInt(),
        s.path("first_slot").asLong(),
        s.path("end_slot").asLong());
  }

  /** Refuses an --out that holds anything: a merge writes a new sweep folder. */
  private static void prepare(Path out) {
    try {
      Files.createDirectories(out);
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new BadInputException(out + " is not empty: merge into a new or empty --out");
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot create " + out + ": " + AtomicFiles.describe(e));
    }
  }

  /**
   * Writes the shards' rows end to end, checking on the way that each holds exactly its slots, in
   * order, under the sweep's header. Returns {ok, failed}.
   */
  private static long[] concatenate(SweepSpec spec, List<Part> parts, Path runs) {
    String header = RunsCsv.header(spec);
    int reps = spec.replications();
    long ok = 0;
    long failed = 0;
    Path tmp = runs.resolveSibling("." + RunsCsv.FILE + ".merging");
    long expected = 0;
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      for (Part p : parts) {
        if (p.first() != expected || p.end() < p.first()) {
          throw new BadInputException(
              p.dir()
                  + ": shard "
                  + p.index()
                  + "/"
                  + p.count()
                  + " holds slots "
                  + p.first()
                  + " to "
                  + p.end()
                  + ", expected from "
                  + expected);
        }
        Path f = p.dir().resolve(RunsCsv.FILE);
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line = in.readLine();
          if (!header.equals(line)) {
            throw new BadInputException(
                f + " line 1: the columns are not those of this sweep file");
          }
          long lineNo = 1;
          while ((line = in.readLine()) != null) {
            lineNo++;
            int c1 = line.indexOf(',');
            int c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
            long slot = -1;
            try {
              slot =
                  (Long.parseLong(line.substring(0, c1)) - 1) * reps
                      + Long.parseLong(line.substring(c1 + 1, c2))
                      - 1;
            } catch (RuntimeException e) {
              // reported below
            }
            if (slot != expected || slot >= p.end()) {
              throw new BadInputException(
                  f
                      + " line "
                      + lineNo
                      + ": not the next run of the shard (expected "
                      + "point "
                      + (expected / reps + 1)
                      + " replicate "
                      + (expected % reps + 1)
                      + "); the shard is "
                      + "damaged: run it again into a new folder");
            }
            expected++;
            if (line.endsWith(",ok,")) {
              ok++;
            } else {
              failed++;
            }
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
        if (expected != p.end()) {
          throw new BadInputException(
              f
                  + ": "
                  + (expected - p.first())
                  + " of the shard's "
                  + (p.end() - p.first())
                  + " runs; the shard is incomplete: run its command again, then merge");
        }
      }
      if (expected != spec.runCount()) {
        throw new BadInputException(
            "sweep merge: the shards hold "
                + expected
                + " of the sweep's "
                + spec.runCount()
                + " runs");
      }
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw new BadInputException("cannot write " + runs + ": " + AtomicFiles.describe(e));
    } catch (RuntimeException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw e;
    }
    try {
      AtomicFiles.moveReplacing(tmp, runs);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + runs + ": " + AtomicFiles.describe(e));
    }
    return new long[] {ok, failed};
  }
}
