package org.tradewar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradewar.calibration.CalibrationResult;
import org.tradewar.calibration.CalibrationTable;
import org.tradewar.calibration.Calibrator;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.OutputPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewar calibrate}: reads the articles and prints or writes the facts and parameters. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    header = "Reads the articles and prints their facts and the model parameters they give.",
    description = {
      "Reads every *.txt article in the seeds folder and turns what it reports into facts and model"
          + " parameters, each with its provenance (see docs/calibration.md). Where sources"
          + " disagree on the event a parameter is read from, one line per conflict goes to"
          + " standard error."
    })
public final class CalibrateCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    json,
    table
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "Folder of articles (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (written whole or not at all) instead of standard output.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json or table (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (out != null) {
      OutputPaths.file("--out", out);
    }
    CalibrationResult result = Calibrator.calibrate(seeds);
    // a conflict is settled, not an error: say it where a person sees it, whatever the output
    result.conflicts().forEach(c -> spec.commandLine().getErr().println("calibrate: " + c.line()));
    String text = format == Format.table ? new CalibrationTable().format(result) : result.toJson();
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.writeString(out, text);
      spec.commandLine()
          .getErr()
          .println(
              "tradewar: wrote "
                  + result.facts().size()
                  + " facts and "
                  + result.parameters().size()
                  + " parameters to "
                  + out);
    }
    return 0;
  }
}
