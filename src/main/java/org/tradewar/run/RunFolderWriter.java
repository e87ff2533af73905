package org.tradewar.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.output.Numbers;
import org.tradewar.scenario.CalibrationLookup;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.RunFolder;

/**
 * Writes a run's tables into a folder (docs/outputs.md is the format): timeseries.csv, events.csv,
 * summary.json, parameters.json and transcript.md. The manifest is written by the caller, which
 * knows the command line and the wall time. Everything here is a function of (scenario, seed): the
 * same inputs give the same bytes.
 */
public final class RunFolderWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunFolderWriter() {}

  /** Writes the tables of replications already simulated (a play session's agents, tests). */
  public static void write(Path dir, Scenario scenario, List<RunResult> runs) throws IOException {
    try (RunTablesWriter w = new RunTablesWriter(dir, scenario)) {
      for (RunResult r : runs) {
        w.add(r);
      }
      w.finish();
    }
  }

  /**
   * The files written once every replication is: summary, reported points, parameters, transcript.
   */
  static void writeRest(Path dir, Scenario scenario, List<RunResult> runs, RunResult first)
      throws IOException {
    JSON.writeValue(dir.resolve(RunFolder.SUMMARY).toFile(), summary(scenario, runs));
    Files.writeString(
        dir.resolve(RunFolder.REPORTED), ReportedPoints.csv(scenario), StandardCharsets.UTF_8);
    JSON.writeValue(dir.resolve(RunFolder.PARAMETERS).toFile(), parameters(scenario));
    Files.writeString(
        dir.resolve("transcript.md"), transcript(scenario, first), StandardCharsets.UTF_8);
  }

  static ObjectNode summary(Scenario s, List<RunResult> runs) {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", s.name());
    root.put("title", s.title());
    root.put("seed", s.seed());
    root.put("replications", runs.size());
    root.put("weeks", s.weeks());
    root.put("start_date", s.start().toString());
    root.put("outcome", RunResult.majorityOutcome(runs));
    ObjectNode outcomes = root.putObject("outcome_counts");
    for (RunResult r : runs) {
      outcomes.put(r.outcome(), outcomes.path(r.outcome()).asInt(0) + 1);
    }
    ObjectNode metrics = root.putObject("metrics");
    RunResult.means(runs).forEach((key, mean) -> metrics.put(key, Numbers.json(mean)));
    ArrayNode list = root.putArray("runs");
    for (RunResult r : runs) {
      ObjectNode o = list.addObject();
      o.put("run", r.run());
      o.put("seed", r.seed());
      o.put("outcome", r.outcome());
      ObjectNode m = o.putObject("metrics");
      for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
        m.put(e.getKey(), Numbers.json(e.getValue()));
      }
    }
    return root;
  }

  static ArrayNode parameters(Scenario s) {
    ArrayNode list = JSON.createArrayNode();
    CalibrationLookup cal = s.calibration();
    for (ParameterSpec spec : s.parameters().catalog().all().values()) {
      ObjectNode o = list.addObject();
      o.put("path", spec.path());
      o.put("value", Numbers.json(s.parameters().get(spec.path())));
      o.put("unit", spec.unit());
      o.put("description", spec.description());
      String origin = s.parameters().origin(spec.path()).name().toLowerCase(Locale.ROOT);
      o.put("origin", origin);
      if (spec.calibrated()
          && s.parameters().origin(spec.path()) == ParameterSet.Origin.CALIBRATION) {
        CalibrationLookup.Provenance p = cal.provenance(spec.calibration());
        o.put("calibration_parameter", spec.calibration());
        if (p.derivation() != null) {
          o.put("derivation", p.derivation());
        }
        ArrayNode facts = o.putArray("facts");
        for (CalibrationLookup.FactRef f : p.facts()) {
          ObjectNode fact =
              facts
                  .addObject()
                  .put("id", f.id())
                  .put("file", f.file())
                  .put("sentence", f.sentence());
          if (f.articleTitle() != null && !f.articleTitle().equals(f.file())) {
            fact.put("article_title", f.articleTitle());
          }
        }
      } else {
        o.put("source", spec.source());
      }
    }
    return list;
  }

  /**
   * The events by date: within a week the model acts in its own order (talks before a threat dated
   * a day earlier); a reader wants the calendar. Stable, so offers stay under their meeting.
   */
  private static List<TimelineEvent> chronological(List<TimelineEvent> events) {
    List<TimelineEvent> sorted = new java.util.ArrayList<>(events);
    sorted.sort(java.util.Comparator.comparing(TimelineEvent::date));
    return sorted;
  }

  /**
   * Text from a scenario, safe in Markdown: a viewer that renders HTML must not run a scenario's
   * {@code <script>}, and a line break must not start a new block.
   */
  static String markdown(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('\n', ' ')
        .replace('\r', ' ');
  }

  static String transcript(Scenario s, RunResult r) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(markdown(s.title())).append("\n\n");
    b.append("Transcript of replication ")
        .append(r.run())
        .append(" (seed ")
        .append(r.seed())
        .append("). Outcome: ")
        .append(r.outcome().replace('_', ' '))
        .append(".\n\n");
    for (TimelineEvent e : chronological(r.model().timeline().events())) {
      if (e.kind() == EventKind.OFFER) {
        b.append("    - ").append(markdown(e.text())).append('\n');
      } else {
        b.append("- **")
            .append(e.date())
            .append("** (week ")
            .append(e.week())
            .append(") ")
            .append(markdown(e.text()))
            .append('\n');
      }
    }
    return b.toString();
  }
}
