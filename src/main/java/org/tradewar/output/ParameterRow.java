package org.tradewar.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tradewar.io.Check;

/**
 * One parameter a run used ({@code parameters.json}): its dotted path, value, unit, origin (article
 * facts, literature default, scenario override), what it means, how it was derived from its facts
 * (arithmetic such as "50 / 150", or in words) and the sources it came from, such as the article
 * sentence that gave the number. Description and derivation are empty when the file lacks them.
 */
public record ParameterRow(
    String path,
    String value,
    String unit,
    String origin,
    String description,
    String derivation,
    List<Source> sources) {

  /**
   * Where a number came from: a file and the sentence in it, or a citation; {@code articleTitle} is
   * how people name the article (headline, outlet, date), empty when the file does not give it.
   */
  public record Source(String file, String sentence, String detail, String articleTitle) {
    public Source {
      file = file == null ? "" : file;
      sentence = sentence == null ? "" : sentence;
      detail = detail == null ? "" : detail;
      articleTitle = articleTitle == null ? "" : articleTitle;
    }

    public Source(String file, String sentence, String detail) {
      this(file, sentence, detail, "");
    }
  }

  public ParameterRow {
    Check.notNull(path, "path");
    value = value == null ? "" : value;
    unit = unit == null ? "" : unit;
    origin = origin == null ? "" : origin;
    description = description == null ? "" : description;
    derivation = derivation == null ? "" : derivation;
    sources = List.copyOf(Check.notNull(sources, "sources"));
  }

  /**
   * Reads {@code parameters.json}. The reader accepts the shapes a writer may reasonably choose: a
   * list of parameter objects, an object {@code {"parameters": [...]}}, or a tree keyed by dotted
   * path whose leaves are objects with a {@code value}.
   */
  public static List<ParameterRow> read(Path file) {
    JsonNode root = Json.read(file);
    List<ParameterRow> out = new ArrayList<>();
    collect(root, "", out);
    return List.copyOf(out);
  }

  private static void collect(JsonNode node, String prefix, List<ParameterRow> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isObject() && firstText(item, "path", "name", "key", "parameter") != null) {
          out.add(row(firstText(item, "path", "name", "key", "parameter"), item));
        } else {
          collect(item, prefix, out);
        }
      }
      return;
    }
    if (!node.isObject()) {
      if (!prefix.isEmpty()) {
        out.add(new ParameterRow(prefix, node.asText(), "", "", "", "", List.of()));
      }
      return;
    }
    if (node.has("value") && !prefix.isEmpty()) {
      out.add(row(prefix, node));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = e.getKey();
      String path = prefix.isEmpty() ? (key.equals("parameters") ? "" : key) : prefix + "." + key;
      collect(e.getValue(), path, out);
    }
  }

  private static ParameterRow row(String path, JsonNode item) {
    JsonNode v = item.path("value");
    String value =
        v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    List<Source> sources = new ArrayList<>();
    for (String f : new String[] {"facts", "sources", "provenance", "from"}) {
      JsonNode s = item.path(f);
      if (s.isArray()) {
        for (JsonNode one : s) {
          sources.add(source(one));
        }
      } else if (!s.isMissingNode() && !s.isNull()) {
        sources.add(source(s));
      }
    }
    for (String f : new String[] {"source", "citation", "reference", "literature"}) {
      String t = firstText(item, f);
      if (t != null && !t.isEmpty()) {
        sources.add(new Source("", "", t));
      }
    }
    String origin = firstText(item, "origin", "kind", "provenance_kind");
    return new ParameterRow(
        path,
        value,
        firstText(item, "unit", "units"),
        origin,
        firstText(item, "description", "meaning"),
        firstText(item, "derivation"),
        sources);
  }

  private static Source source(JsonNode s) {
    if (s.isValueNode()) {
      return new Source("", "", s.asText());
    }
    String detail = firstText(s, "span", "chars", "char_span", "kind", "fact");
    JsonNode span = s.path("span");
    if (span.isArray() && span.size() == 2) {
      detail = "characters " + span.get(0).asText() + "-" + span.get(1).asText();
    } else if (span.isObject()) {
      detail = "characters " + span.path("start").asText() + "-" + span.path("end").asText();
    }
    return new Source(
        firstText(s, "file", "article", "path"),
        firstText(s, "sentence", "text", "quote"),
        detail,
        firstText(s, "article_title", "title"));
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node.path(f);
      if (!v.isMissingNode() && !v.isNull() && v.isValueNode()) {
        return v.asText();
      }
    }
    return null;
  }
}
