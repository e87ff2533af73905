package org.tradewar.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/** Reads the JSON files of a run folder into trees, with errors that name file and line. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    try {
      return MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadInputException(
          file
              + (line > 0 ? " line " + line : "")
              + ": malformed JSON: "
              + e.getOriginalMessage().replace('\n', ' '));
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  static JsonNode readObject(Path file) {
    JsonNode root = read(file);
    if (root == null || !root.isObject()) {
      throw new BadInputException(file + ": expected a JSON object");
    }
    return root;
  }

  /** A text field; empty when absent or null; numbers and booleans as written. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
  }

  /** An ISO date field, null when absent. */
  static LocalDate date(Path file, JsonNode node, String field) {
    String t = text(node, field);
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          file + ": field '" + field + "' should be an ISO date, found '" + t + "'");
    }
  }
}
