package org.tradewar.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradewar params}: lists every model parameter with its default, range, unit and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
    header = "Lists every parameter with its default, range, unit and source.",
    description = "Lists every parameter a scenario, --set or a sweep can change, with its source.")
public final class ParamsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--markdown", description = "Print a Markdown table (as in docs/model.md).")
  boolean markdown;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (markdown) {
      out.println("| Parameter | Default | Range | Unit | Meaning | Source |");
      out.println("|---|---:|---|---|---|---|");
    }
    for (ParameterSpec p : ParameterCatalog.standard().all().values()) {
      String def = p.defaultText();
      String range = fmt(p.min()) + " to " + fmt(p.max());
      if (markdown) {
        out.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s |%n", p.path(), def, range, p.unit(),
            p.description(), p.source());
      } else {
        out.printf(Locale.ROOT, "%-40s %14s  [%s] %s%n    %s%n    source: %s%n", p.path(), def, range,
            p.unit(), p.description(), p.source());
      }
    }
    out.flush();
    return 0;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
