package org.tradewar.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.tradewar.calibration.Pattern;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.ProjectPaths;
import org.tradewar.io.ToolVersion;
import org.tradewar.output.CsvText;

/**
 * The fit folder (docs/fit.md): {@code estimate.yaml} (a parameter file any scenario can load with
 * {@code parameters_from}), {@code patterns.csv}, {@code profile.csv}, {@code identification.csv},
 * {@code accepted.csv}, {@code summary.md} and {@code manifest.json}, beside {@code
 * evaluations.csv}.
 */
public final class FitWriter {
  /**
   * A profile that moves the distance by less than this over the whole range leaves the parameter
   * flat.
   */
  static final double FLAT = 0.02;

  private FitWriter() {}

  public static void write(FitSpec spec, Fit.Result r, Path out, int threads) {
    AtomicFiles.writeString(out.resolve("estimate.yaml"), estimate(spec, r));
    AtomicFiles.writeString(out.resolve("patterns.csv"), patterns(spec, r.best()));
    AtomicFiles.writeString(out.resolve("profile.csv"), profile(spec, r));
    AtomicFiles.writeString(out.resolve("identification.csv"), identification(spec, r));
    AtomicFiles.writeString(out.resolve("accepted.csv"), accepted(spec, r));
    AtomicFiles.writeString(out.resolve("summary.md"), summary(spec, r));
    AtomicFiles.writeString(out.resolve("manifest.json"), manifest(spec, r, threads));
  }

  static String estimate(FitSpec spec, Fit.Result r) {
    StringBuilder b = new StringBuilder();
    b.append("# Estimated by 'tradewar fit ")
        .append(spec.file().getFileName())
        .append("' (fit '")
        .append(spec.name())
        .append("'), from the patterns ")
        .append(ids(spec))
        .append(" of the base scenario's articles.\n")
        .append("# Distance to the patterns: ")
        .append(String.format(Locale.ROOT, "%.4f", r.best().loss()))
        .append(" (0: every replication meets every pattern). Load it in a scenario with\n")
        .append("#   parameters_from: <this file>\n")
        .append("parameters:\n");
    for (int i = 0; i < spec.parameters().size(); i++) {
      b.append("  ")
          .append(spec.parameters().get(i).path())
          .append(": ")
          .append(ParameterText.num(r.estimate()[i]))
          .append('\n');
    }
    return b.toString();
  }

  static String patterns(FitSpec spec, Evaluation e) {
    StringBuilder b =
        new StringBuilder(
            "id,kind,description,target,tolerance,comparator,simulated_mean,simulated_sd,met_share,facts\n");
    for (int p = 0; p < spec.patterns().size(); p++) {
      Pattern pt = spec.patterns().get(p);
      b.append(pt.id())
          .append(',')
          .append(pt.kind())
          .append(',')
          .append(CsvText.field(pt.description()))
          .append(',')
          .append(ParameterText.num(pt.target()))
          .append(',')
          .append(ParameterText.num(pt.tolerance()))
          .append(',')
          .append(pt.comparator())
          .append(',')
          .append(ParameterText.num(e.mean()[p]))
          .append(',')
          .append(ParameterText.num(e.sd()[p]))
          .append(',')
          .append(ParameterText.num(e.metShare()[p]))
          .append(',')
          .append(CsvText.field(String.join(" ", pt.facts())))
          .append('\n');
    }
    return b.toString();
  }

  static String profile(FitSpec spec, Fit.Result r) {
    StringBuilder b = new StringBuilder("parameter,value,distance\n");
    int k = spec.profilePoints();
    for (int i = 0; i < r.profile().size(); i++) {
      int param = i / Math.max(1, k);
      Evaluation e = r.profile().get(i);
      b.append(spec.parameters().get(param).path())
          .append(',')
          .append(ParameterText.num(e.values()[param]))
          .append(',')
          .append(Double.toString(e.loss()))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Per parameter: estimate, the accepted set's range, the profile's range of distance, and the
   * verdict.
   */
  static String identification(FitSpec spec, Fit.Result r) {
    StringBuilder b =
        new StringBuilder(
            "parameter,estimate,accepted_min,accepted_max,profile_distance_min,"
                + "profile_distance_max,identified\n");
    for (int i = 0; i < spec.parameters().size(); i++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Evaluation e : r.accepted()) {
        lo = Math.min(lo, e.values()[i]);
        hi = Math.max(hi, e.values()[i]);
      }
      double[] range = profileRange(spec, r, i);
      b.append(spec.parameters().get(i).path())
          .append(',')
          .append(ParameterText.num(r.estimate()[i]))
          .append(',')
          .append(ParameterText.num(lo))
          .append(',')
          .append(ParameterText.num(hi))
          .append(',')
          .append(ParameterText.num(range[0]))
          .append(',')
          .append(ParameterText.num(range[1]))
          .append(',')
          .append(identified(range) ? "yes" : "flat")
          .append('\n');
    }
    return b.toString();
  }

  static boolean identified(double[] profileRange) {
    return profileRange[1] - profileRange[0] >= FLAT;
  }

  static double[] profileRange(FitSpec spec, Fit.Result r, int param) {
    int k = spec.profilePoints();
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int j = 0; j < k && param * k + j < r.profile().size(); j++) {
      double l = r.profile().get(param * k + j).loss();
      lo = Double.isNaN(lo) ? l : Math.min(lo, l);
      hi = Double.isNaN(hi) ? l : Math.max(hi, l);
    }
    return new double[] {lo, hi};
  }

  static String accepted(FitSpec spec, Fit.Result r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < spec.parameters().size(); i++) {
      b.append(i == 0 ? "" : ",").append(spec.parameters().get(i).path());
    }
    b.append(",distance\n");
    for (Evaluation e : r.accepted()) {
      for (int i = 0; i < e.values().length; i++) {
        b.append(i == 0 ? "" : ",").append(ParameterText.num(e.values()[i]));
      }
      b.append(',').append(Double.toString(e.loss())).append('\n');
    }
    return b.toString();
  }

  static String summary(FitSpec spec, Fit.Result r) {
    StringBuilder b = new StringBuilder("# Fit `").append(spec.name()).append("`\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Distance %.4f after %d evaluations of %d replications each "
                + "(%d from an earlier session), %.0f s.%n%n",
            r.best().loss(),
            r.evaluations(),
            spec.replications(),
            r.fromEarlierSessions(),
            r.seconds()));
    b.append(
        "| Parameter | Estimate | Accepted range | Identified by the patterns |\n"
            + "|---|---:|---|---|\n");
    String[] rows = identification(spec, r).split("\n");
    for (int i = 1; i < rows.length; i++) {
      String[] f = rows[i].split(",");
      b.append("| `")
          .append(f[0])
          .append("` | ")
          .append(f[1])
          .append(" | ")
          .append(f[2])
          .append(" to ")
          .append(f[3])
          .append(" | ")
          .append(f[6].equals("yes") ? "yes" : "no: the distance is flat along it")
          .append(" |\n");
    }
    b.append(
        "\n"
            + "| Pattern | Target | Simulated mean (sd) | Share of runs that meet it |\n"
            + "|---|---|---|---:|\n");
    for (int p = 0; p < spec.patterns().size(); p++) {
      Pattern pt = spec.patterns().get(p);
      String target =
          switch (pt.comparator()) {
            case "within" ->
                ParameterText.num(pt.target()) + " ± " + ParameterText.num(pt.tolerance());
            case "at_least" -> "at least " + ParameterText.num(pt.target());
            default -> "holds";
          };
      b.append("| ")
          .append(pt.id())
          .append(": ")
          .append(pt.description())
          .append(" | ")
          .append(target)
          .append(" | ")
          .append(ParameterText.num(r.best().mean()[p]))
          .append(" (")
          .append(ParameterText.num(r.best().sd()[p]))
          .append(") | ")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * r.best().metShare()[p]))
          .append(" |\n");
    }
    return b.toString();
  }

  static String manifest(FitSpec spec, Fit.Result r, int threads) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode m = json.createObjectNode();
    m.put("tool_version", ToolVersion.version());
    m.put("fit_file", ProjectPaths.relative(spec.file()));
    m.put("fit_file_sha256", sha256(spec.file()));
    m.put("base_scenario", ProjectPaths.relative(spec.base().file()));
    m.put("calibration", ProjectPaths.relative(Path.of(spec.base().calibration().source())));
    m.put("calibration_sha256", spec.base().calibration().sha256());
    m.put("seed", spec.seed());
    m.put("replications", spec.replications());
    m.put("budget", spec.budget());
    m.put("population", spec.population());
    m.put("evaluations", r.evaluations());
    m.put("evaluations_from_earlier_sessions", r.fromEarlierSessions());
    m.put("threads", threads);
    m.put("seconds_this_session", Math.round(r.seconds() * 10) / 10.0);
    m.put("distance", r.best().loss());
    try {
      return json.writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String ids(FitSpec spec) {
    List<String> ids =
        spec.patterns().stream().filter(p -> spec.weight(p.id()) > 0).map(Pattern::id).toList();
    return ids.isEmpty() ? "(none)" : ids.get(0) + ".." + ids.get(ids.size() - 1);
  }

  private static String sha256(Path f) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    } catch (IOException | NoSuchAlgorithmException e) {
      return "";
    }
  }
}
