package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.MeanInterval;

/**
 * A sweep folder as its charts and report read it: the manifest (design, axes, metrics with their
 * labels) and, per point and metric, the number of runs with a value, their mean and the 95%
 * confidence half-width of that mean over the point's replications. Read by streaming {@code
 * runs.csv} in any order, so an interrupted sweep (no summary.csv yet) can be drawn too; memory
 * holds three numbers per point and metric, not the runs.
 */
final class SweepResults {
  /**
   * A swept parameter: its path, its declared range (NaN for a list of values), whether that range
   * is logarithmic, what the file swept, in words, and its label.
   */
  record AxisDef(
      String path, double min, double max, boolean log, String swept, ParameterNames.Label label) {}

  /** A recorded metric: its column, the manifest's description, its label. */
  record MetricDef(String key, String what, MetricNames.Label label) {}

  final Path dir;
  final JsonNode manifest;
  final String title;
  final List<AxisDef> axes = new ArrayList<>();
  final List<MetricDef> metrics = new ArrayList<>();

  /** Points of the design (from the manifest); some may have no runs yet. */
  final int points;

  /** [point][axis]: the value each point gave each axis, null for a point with no runs. */
  final String[][] values;

  /** [metric]: per point, the runs with a value, their mean and its interval. */
  private final MeanInterval[] stats;

  /** [metric]: every run's value, kept only for a sweep of one point (its distribution charts). */
  final double[][] onePointValues;

  long ok;
  long failed;

  private SweepResults(Path dir, JsonNode manifest) {
    this.dir = dir;
    this.manifest = manifest;
    this.title = manifest.path("sweep").path("title").asText("sweep");
    for (JsonNode a : manifest.path("axes")) {
      String swept =
          a.has("values")
              ? join(a.path("values"))
              : "from "
                  + Axis.format(a.path("min").asDouble())
                  + " to "
                  + Axis.format(a.path("max").asDouble())
                  + (a.path("log").asBoolean(false) ? ", logarithmic" : "")
                  + (a.path("integer").asBoolean(false) ? ", whole numbers" : "")
                  + (a.has("steps") ? ", " + a.path("steps").asInt() + " steps" : "");
      axes.add(
          new AxisDef(
              a.path("path").asText(),
              a.path("min").asDouble(Double.NaN),
              a.path("max").asDouble(Double.NaN),
              a.path("log").asBoolean(false),
              swept,
              ParameterNames.of(a.path("path").asText())));
    }
    for (JsonNode m : manifest.path("metrics")) {
      String key = m.path("name").asText();
      String what = m.path("what").asText("");
      MetricNames.Label label =
          m.has("label")
              ? new MetricNames.Label(
                  m.path("label").asText(), m.path("unit").asText(""), m.path("share").asBoolean())
              : MetricNames.fromManifest(key, what);
      metrics.add(new MetricDef(key, what, label));
    }
    this.points = manifest.path("points").asInt(0);
    this.values = new String[points][];
    this.stats = new MeanInterval[metrics.size()];
    for (int j = 0; j < stats.length; j++) {
      stats[j] = new MeanInterval(points);
    }
    this.onePointValues = new double[metrics.size()][];
  }

  private static String join(JsonNode values) {
    List<String> v = new ArrayList<>();
    values.forEach(x -> v.add(x.asText()));
    return String.join(", ", v);
  }

  /** Reads {@code dir}'s manifest.json and runs.csv. */
  static SweepResults read(Path dir) {
    Path manifestFile = dir.resolve(SweepRunner.MANIFEST);
    Path runs = dir.resolve(RunsCsv.FILE);
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(runs)) {
      throw new BadInputException(dir + ": not a sweep folder (no manifest.json and runs.csv)");
    }
    SweepResults r;
    try {
      r = new SweepResults(dir, new ObjectMapper().readTree(manifestFile.toFile()));
    } catch (IOException e) {
      throw new BadInputException(manifestFile + ": cannot read: " + AtomicFiles.describe(e));
    }
    try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
      r.readRuns(in, runs);
    } catch (IOException e) {
      throw new BadInputException(runs + ": cannot read: " + AtomicFiles.describe(e));
    }
    return r;
  }

  private void readRuns(BufferedReader in, Path file) throws IOException {
    String head = in.readLine();
    if (head == null) {
      throw new BadInputException(file + ": empty");
    }
    List<String> header = Csv.split(head);
    int[] axisCol = axes.stream().mapToInt(a -> header.indexOf(a.path())).toArray();
    int[] metricCol = metrics.stream().mapToInt(m -> header.indexOf(m.key())).toArray();
    int statusCol = header.indexOf("status");
    boolean onePoint = points == 1;
    List<List<Double>> one = new ArrayList<>();
    metrics.forEach(m -> one.add(new ArrayList<>()));
    String line;
    long lineNo = 1;
    long tornAt = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (tornAt > 0) {
        throw new BadInputException(
            file
                + " line "
                + tornAt
                + ": has fewer columns than the header (only the last line may be torn, by an"
                + " interrupted sweep); run the sweep again to repair the folder");
      }
      List<String> f = Csv.split(line);
      if (f.size() < header.size()) {
        tornAt = lineNo; // a torn last line of an interrupted sweep is skipped; anywhere else it is
        // damage
        continue;
      }
      int p;
      try {
        p = Integer.parseInt(f.get(0)) - 1;
      } catch (NumberFormatException e) {
        throw new BadInputException(
            file
                + " line "
                + lineNo
                + ": column 'point' should be a whole number, found '"
                + f.get(0)
                + "'");
      }
      if (p < 0 || p >= points) {
        throw new BadInputException(
            file
                + " line "
                + lineNo
                + ": point "
                + (p + 1)
                + " is not in this sweep"
                + " (it has "
                + points
                + " points)");
      }
      if (values[p] == null) {
        values[p] = Arrays.stream(axisCol).mapToObj(f::get).toArray(String[]::new);
      }
      if (!"ok".equals(f.get(statusCol))) {
        failed++;
        continue;
      }
      ok++;
      for (int j = 0; j < metricCol.length; j++) {
        double v;
        try {
          v = Csv.parse(f.get(metricCol[j]));
        } catch (NumberFormatException e) {
          throw new BadInputException(
              file
                  + " line "
                  + lineNo
                  + ": column '"
                  + metrics.get(j).key()
                  + "' should be a number, found '"
                  + f.get(metricCol[j])
                  + "'");
        }
        if (Double.isNaN(v)) {
          continue;
        }
        stats[j].add(p, v);
        if (onePoint) {
          one.get(j).add(v);
        }
      }
    }
    if (onePoint) {
      for (int j = 0; j < metrics.size(); j++) {
        onePointValues[j] = one.get(j).stream().mapToDouble(Double::doubleValue).toArray();
      }
    }
  }

  /** Runs of point {@code p} with a value of metric {@code j}. */
  long n(int j, int p) {
    return stats[j].n(p);
  }

  /** Mean of metric {@code j} over the runs of point {@code p}; NaN without runs. */
  double mean(int j, int p) {
    return stats[j].mean(p);
  }

  /** Half-width of the 95% confidence interval of that mean (Student t); NaN below two runs. */
  double half(int j, int p) {
    return stats[j].halfWidth(p);
  }

  /** Standard error of that mean, s / sqrt(n); NaN below two runs. */
  double se(int j, int p) {
    return stats[j].standardError(p);
  }

  /** True when some run has a value of metric {@code j}. */
  boolean hasValues(int j) {
    for (int p = 0; p < points; p++) {
      if (stats[j].n(p) > 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the sweep has a single point: a study of replications. */
  boolean onePoint() {
    return points == 1;
  }

  String text(String field) {
    return manifest.path(field).asText("");
  }
}
