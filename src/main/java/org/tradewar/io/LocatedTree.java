package org.tradewar.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML or JSON document read into a Jackson tree, with the line of every key and value kept, so
 * that a validator can say "scenarios/x.yaml line 12, key 'economy.elasticity': ...". Jackson's own
 * trees forget where nodes came from; this reader walks the token stream once and remembers.
 *
 * <p>Paths are dotted: {@code negotiators.US.0.strategy} (list items by index).
 */
public final class LocatedTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Largest file read (docs/limits.md): far above any real scenario, far below what exhausts
   * memory.
   */
  public static final long MAX_BYTES = Limits.MAX_INPUT_BYTES;

  private final Path file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedTree(Path file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /**
   * Reads {@code file} (YAML, or JSON when it ends in .json). Bad syntax is a {@link
   * BadInputException}.
   */
  public static LocatedTree read(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a folder, expected a YAML or JSON file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          file + ": is not a regular file (a device or a pipe?), expected a YAML or JSON file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadInputException(
            file
                + ": is "
                + size / (1 << 20)
                + " MB; a scenario, sweep or fit file may"
                + " be at most "
                + MAX_BYTES / (1 << 20)
                + " MB");
      }
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + AtomicFiles.describe(e));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": is not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + AtomicFiles.describe(e));
    }
    return parse(file, text);
  }

  /** Parses {@code text} as if it were the content of {@code file}. */
  public static LocatedTree parse(Path file, String text) {
    boolean json =
        file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new BadInputException(file + ": the file is empty");
      }
      JsonNode root;
      try {
        root = readValue(p, "", lines);
        if (p.nextToken() != null) {
          throw new BadInputException(
              "line "
                  + p.currentLocation().getLineNr()
                  + ": content after the end of the "
                  + (json ? "JSON value" : "YAML document (a second document after '---'?)")
                  + "; a file holds one");
        }
      } catch (BadInputException e) {
        throw new BadInputException(file + " " + e.getMessage());
      }
      return new LocatedTree(file, root, lines);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " line " + loc.getLineNr();
      throw new BadInputException(
          file
              + where
              + ": not valid "
              + (json ? "JSON" : "YAML")
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  @SuppressWarnings("StatementSwitchToExpressionSwitch") // cases are blocks with loops
  private static JsonNode readValue(JsonParser p, String path, Map<String, Integer> lines)
      throws IOException {
    lines.putIfAbsent(path, p.currentLocation().getLineNr());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          ObjectNode obj = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            int line = p.currentLocation().getLineNr();
            if (obj.has(name)) {
              throw new BadInputException("line " + line + ", key '" + child + "': appears twice");
            }
            lines.put(child, line);
            p.nextToken();
            obj.set(name, readValue(p, child, lines));
          }
          return obj;
        }
      case START_ARRAY:
        {
          ArrayNode arr = NODES.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            arr.add(readValue(p, path.isEmpty() ? String.valueOf(i) : path + "." + i, lines));
            i++;
          }
          return arr;
        }
      case VALUE_STRING:
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
          // Jackson would read the alias as its own name: refuse rather than give a wrong value.
          throw new BadInputException(
              "line "
                  + p.currentLocation().getLineNr()
                  + ", key '"
                  + path
                  + "': YAML aliases (*"
                  + p.getText()
                  + ") are not supported; write the value out");
        }
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new BadInputException(
            "line " + p.currentLocation().getLineNr() + ": unexpected " + t);
    }
  }

  public Path file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** The line of a dotted path, or of its nearest ancestor that has one; 0 when unknown. */
  public int line(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return lines.getOrDefault("", 0);
      }
      p = p.substring(0, dot);
    }
  }

  /** A message that names the file, the line and the key: the form every validation error takes. */
  public BadInputException error(String path, String what) {
    int line = line(path);
    String where = file + (line > 0 ? " line " + line : "");
    String key = path.isEmpty() ? "" : ", key '" + path + "'";
    return new BadInputException(where + key + ": " + what);
  }
}
