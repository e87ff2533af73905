package org.tradewar.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.io.BadInputException;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.scenario.CalibrationLookup;
import org.tradewar.scenario.Calibrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradewar params}: lists every model parameter with its default, range, unit and source.
 */
@Command(
    name = "params",
    mixinStandardHelpOptions = true,
    header = "Lists every parameter with its default, range, unit and source.",
    description = "Lists every parameter a scenario, --set or a sweep can change, with its source.")
public final class ParamsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--markdown", description = "Print a Markdown table (as in docs/model.md).")
  boolean markdown;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description =
          "the articles whose values the parameters 'from articles' show (default:"
              + " ${DEFAULT-VALUE}; none if missing)")
  java.nio.file.Path seeds;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (markdown) {
      out.println("| Parameter | Default | Range | Unit | Meaning | Source |");
      out.println("|---|---:|---|---|---|---|");
    }
    CalibrationLookup articles = articles();
    for (ParameterSpec p : ParameterCatalog.standard().all().values()) {
      String def = p.defaultText();
      if (p.calibrated() && articles != null) {
        Object v = articles.value(p.calibration()).orElse(null);
        if (v instanceof Double d) {
          def = fmt(d) + " (from articles)";
        }
      }
      String range = fmt(p.min()) + " to " + fmt(p.max());
      if (markdown) {
        out.printf(
            Locale.ROOT,
            "| `%s` | %s | %s | %s | %s | %s |%n",
            p.path(),
            def,
            range,
            p.unit(),
            p.description(),
            p.source());
      } else {
        out.printf(
            Locale.ROOT,
            "%-40s %14s  [%s] %s%n    %s%n    source: %s%n",
            p.path(),
            def,
            range,
            p.unit(),
            p.description(),
            p.source());
      }
    }
    out.flush();
    return 0;
  }

  /** The calibration of the articles in {@code --seeds}, or null when there are none to read. */
  private CalibrationLookup articles() {
    if (seeds == null || !java.nio.file.Files.isDirectory(seeds)) {
      return null;
    }
    try {
      return Calibrations.open(seeds);
    } catch (BadInputException e) {
      return null;
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
