package org.tradewar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradewar.sweep.SweepBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewar sweep bundle FILE --out X.zip}: a sweep and everything it reads, in one zip. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    header = "Packs a sweep file, its base scenario and what they read into one zip.",
    description = {
      "The zip holds the sweep file, its base scenario and the scenario's calibration (seeds folder"
          + " or JSON), parameter file and behaviour draws, at their relative places: 'tradewar"
          + " sweep X.zip' runs it anywhere, with the same runs.csv. See docs/sweeps.md.",
      "Exit code 0: written; 2: bad input."
    })
public final class SweepBundleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "the sweep file")
  Path sweepFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "X.zip",
      description = "the bundle to write")
  Path out;

  @Override
  public Integer call() {
    List<String> files = SweepBundle.write(sweepFile, out);
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "bundle "
            + out
            + ": "
            + files.size()
            + " files ("
            + String.join(
                ", ",
                files.size() > 6
                    ? List.of(files.get(0), files.get(1), "...", files.get(files.size() - 1))
                    : files)
            + ")");
    o.flush();
    return 0;
  }
}
