package org.tradewar.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tradewar.io.Check;

/**
 * {@code manifest.json}: the run's provenance, flattened to dotted fields in file order ({@code
 * scenario.file}, {@code seed}, {@code command_line}, ...), plus the scenario's name, title and
 * description for people.
 */
public record RunManifest(Map<String, String> fields) {
  public RunManifest {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(fields, "fields")));
  }

  /** A field by dotted name, empty when absent. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }

  public String scenarioName() {
    return field("scenario.name");
  }

  public String title() {
    return field("scenario.title");
  }

  public String description() {
    String d = field("scenario.description");
    return d.isEmpty() ? field("description") : d;
  }

  /** Reads {@code manifest.json}. */
  public static RunManifest read(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten(Json.readObject(file), "", out);
    return new RunManifest(out);
  }

  private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      StringBuilder b = new StringBuilder();
      for (JsonNode n : node) {
        b.append(b.length() == 0 ? "" : " ").append(n.isValueNode() ? n.asText() : n.toString());
      }
      out.put(prefix, b.toString());
    } else if (!node.isNull()) {
      out.put(prefix, node.asText());
    }
  }
}
