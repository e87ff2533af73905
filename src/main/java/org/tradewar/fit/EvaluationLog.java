package org.tradewar.fit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.tradewar.calibration.Pattern;
import org.tradewar.io.BadInputException;

/**
 * {@code evaluations.csv} of a fit folder: one row per candidate run, appended as it finishes, so a
 * killed fit loses at most the candidate it was running. A torn last line (what a kill leaves) is
 * dropped on reading; a header that does not match the fit file means another fit's folder.
 */
final class EvaluationLog {
  private final Path file;
  private final FitSpec spec;

  EvaluationLog(Path file, FitSpec spec) {
    this.file = file;
    this.spec = spec;
  }

  String header() {
    StringBuilder b = new StringBuilder("evaluation");
    for (FitSpec.Bound p : spec.parameters()) {
      b.append(',').append(p.path());
    }
    b.append(",distance");
    for (Pattern p : spec.patterns()) {
      b.append(",met_")
          .append(p.id())
          .append(",mean_")
          .append(p.id())
          .append(",sd_")
          .append(p.id());
    }
    return b.toString();
  }

  List<Evaluation> read() {
    List<Evaluation> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage());
    }
    if (lines.isEmpty()) {
      return out;
    }
    if (!lines.get(0).equals(header())) {
      throw new BadInputException(
          file
              + ": written by a fit with other parameters or patterns; give this "
              + "fit another folder (--out) or delete that one");
    }
    int d = spec.parameters().size();
    int np = spec.patterns().size();
    int columns = 2 + d + 3 * np;
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      if (f.length != columns) {
        if (i == lines.size() - 1) {
          break; // a torn last line: the candidate is run again
        }
        throw new BadInputException(
            file + " line " + (i + 1) + ": expected " + columns + " columns, found " + f.length);
      }
      try {
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
          v[j] = Double.parseDouble(f[1 + j]);
        }
        double loss = Double.parseDouble(f[1 + d]);
        double[] met = new double[np];
        double[] mean = new double[np];
        double[] sd = new double[np];
        for (int p = 0; p < np; p++) {
          met[p] = Double.parseDouble(f[2 + d + 3 * p]);
          mean[p] = Double.parseDouble(f[3 + d + 3 * p]);
          sd[p] = Double.parseDouble(f[4 + d + 3 * p]);
        }
        out.add(new Evaluation(v, loss, met, mean, sd));
      } catch (NumberFormatException e) {
        if (i == lines.size() - 1) {
          break;
        }
        throw new BadInputException(
            file + " line " + (i + 1) + ": not a number: " + e.getMessage());
      }
    }
    return out;
  }

  /** Opens the file for appending, writing the header first if it is new; cuts a torn last line. */
  BufferedWriter appender() throws IOException {
    List<Evaluation> kept = read();
    boolean rewrite =
        Files.isRegularFile(file)
            && Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1 != kept.size();
    if (!Files.isRegularFile(file) || rewrite) {
      StringBuilder b = new StringBuilder(header()).append('\n');
      for (int i = 0; i < kept.size(); i++) {
        b.append(row(i + 1, kept.get(i))).append('\n');
      }
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  static void append(BufferedWriter w, int index, Evaluation e) throws IOException {
    w.write(row(index, e));
    w.write('\n');
    w.flush();
  }

  private static String row(int index, Evaluation e) {
    StringBuilder b = new StringBuilder().append(index);
    for (double v : e.values()) {
      b.append(',').append(ParameterText.num(v));
    }
    b.append(',').append(Double.toString(e.loss()));
    for (int p = 0; p < e.metShare().length; p++) {
      b.append(',')
          .append(Double.toString(e.metShare()[p]))
          .append(',')
          .append(Double.toString(e.mean()[p]))
          .append(',')
          .append(Double.toString(e.sd()[p]));
    }
    return b.toString();
  }
}
