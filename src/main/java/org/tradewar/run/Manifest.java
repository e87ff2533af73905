package org.tradewar.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.tradewar.io.ProjectPaths;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.scenario.EventSpec;
import org.tradewar.scenario.Scenario;

/** The run's provenance: which tool, scenario, calibration and seed, when, and how long it took. */
public final class Manifest {
  private Manifest() {}

  public static void write(
      Path file,
      String version,
      Scenario s,
      String commandLine,
      Instant started,
      double wallSeconds)
      throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("tool", "tradewar");
    root.put("version", version);
    ObjectNode sc = root.putObject("scenario");
    sc.put("file", s.file().toString());
    sc.put("sha256", s.sha256());
    sc.put("name", s.name());
    sc.put("title", s.title());
    sc.put("description", s.description());
    ObjectNode cal = root.putObject("calibration");
    cal.put("file", ProjectPaths.relative(Path.of(s.calibration().source())));
    cal.put("sha256", s.calibration().sha256());
    root.put("seed", s.seed());
    root.put("replications", s.replications());
    root.put("weeks", s.weeks());
    root.put("start_date", s.start().toString());
    root.put("firms", s.parameters().getInt("firms.count"));
    root.put("band", s.outputs().meanInterval() ? "mean" : "runs");
    if (!s.draws().isEmpty()) {
      ObjectNode d = root.putObject("behaviour_from");
      d.put("file", ProjectPaths.relative(Path.of(s.draws().source())));
      d.put("sets", s.draws().sets().size());
    }
    ObjectNode overrides = root.putObject("overrides");
    new TreeMap<>(s.overrides())
        .forEach(overrides::put); // sorted: Map.copyOf has no stable order across JVMs
    inputs(root, s);
    root.put("command_line", commandLine);
    root.put("started_at", started.toString());
    root.put("wall_time_seconds", Math.round(wallSeconds * 1000) / 1000.0);
    json.writeValue(file.toFile(), root);
  }

  /**
   * What the scenario sets besides numbers, so that runs can be told apart by their inputs: each
   * side's strategy, the negotiators as the run had them, and the scripted events by type.
   */
  private static void inputs(ObjectNode root, Scenario s) {
    ObjectNode strategies = root.putObject("strategies");
    s.strategies().forEach((c, st) -> strategies.put(c.name(), st.key()));
    ObjectNode negotiators = root.putObject("negotiators");
    for (NegotiatorProfile n : s.roster()) {
      ObjectNode o = negotiators.putObject(n.country() + "." + n.slug());
      o.put("name", n.name());
      o.put("role", n.role());
      o.put("strategy", n.strategy().key());
      o.put("hawkishness", n.hawkishness());
      o.put("influence", n.influence());
      o.put("patience_weeks", n.patienceWeeks());
      o.put("lead", n.lead());
      o.put("at_table", n.atTable());
    }
    Map<String, Integer> byType = new TreeMap<>();
    for (EventSpec e : s.events()) {
      byType.merge(e.type().key(), 1, Integer::sum);
    }
    ObjectNode events = root.putObject("scripted_events");
    byType.forEach(events::put);
  }
}
