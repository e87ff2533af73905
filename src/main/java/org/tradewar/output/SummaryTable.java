package org.tradewar.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.io.Check;

/**
 * {@code summary.json}: the outcome and headline numbers of a run. Metrics are means over
 * replications; a metric that is undefined (such as {@code deal_week} without a deal) is NaN.
 */
public record SummaryTable(
    String scenario,
    String title,
    String description,
    long seed,
    int replications,
    int weeks,
    LocalDate startDate,
    String outcome,
    Map<String, Double> metrics,
    List<RunOutcome> runs) {

  /** One replication's outcome and metrics. */
  public record RunOutcome(int run, long seed, String outcome, Map<String, Double> metrics) {
    public RunOutcome {
      outcome = outcome == null ? "" : outcome;
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(metrics, "metrics")));
    }
  }

  public SummaryTable {
    scenario = scenario == null ? "" : scenario;
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    outcome = outcome == null ? "" : outcome;
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(metrics, "metrics")));
    runs = List.copyOf(Check.notNull(runs, "runs"));
  }

  /** A metric, NaN when absent or undefined. */
  public double metric(String name) {
    Double v = metrics.get(name);
    return v == null ? Double.NaN : v;
  }

  /** Reads {@code summary.json}. */
  public static SummaryTable read(Path file) {
    JsonNode root = Json.readObject(file);
    LocalDate start = Json.date(file, root, "start_date");
    List<RunOutcome> runs = new ArrayList<>();
    JsonNode rs = root.path("runs");
    if (rs.isArray()) {
      for (JsonNode r : rs) {
        runs.add(
            new RunOutcome(
                r.path("run").asInt(runs.size() + 1),
                r.path("seed").asLong(),
                Json.text(r, "outcome"),
                metrics(r.path("metrics"))));
      }
    }
    return new SummaryTable(
        Json.text(root, "scenario"),
        Json.text(root, "title"),
        Json.text(root, "description"),
        root.path("seed").asLong(),
        root.path("replications").asInt(1),
        root.path("weeks").asInt(0),
        start,
        Json.text(root, "outcome"),
        metrics(root.path("metrics")),
        runs);
  }

  private static Map<String, Double> metrics(JsonNode node) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                JsonNode v = e.getValue();
                out.put(e.getKey(), v.isNumber() ? v.asDouble() : Double.NaN);
              });
    }
    return out;
  }
}
