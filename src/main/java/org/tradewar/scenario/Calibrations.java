package org.tradewar.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradewar.calibration.Pattern;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;

/**
 * Opens a scenario's calibration: a folder of articles (calibrated now, by the calibration package)
 * or a calibration JSON file that {@code tradewar calibrate --out} wrote. Both are read through the
 * JSON format the calibration publishes ({@code sources}, {@code facts}, {@code parameters}), so a
 * saved file and a fresh calibration behave the same.
 */
public final class Calibrations {
  private Calibrations() {}

  public static CalibrationLookup open(Path path) {
    if (Files.isDirectory(path)) {
      return fromJson(path.toString(), SeedsCalibration.calibrateToJson(path));
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(path + ": no such calibration folder or file");
    }
    try {
      return fromJson(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  private static CalibrationLookup.FactRef ref(
      String id, JsonNode fact, Map<String, String> titles) {
    String file = fact.path("source").path("file").asText();
    return new CalibrationLookup.FactRef(
        id, file, fact.path("source").path("sentence").asText(), titles.getOrDefault(file, file));
  }

  static CalibrationLookup fromJson(String source, String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new BadInputException(
          source
              + ": not a calibration JSON file: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (root == null || !root.has("parameters") || !root.has("facts")) {
      throw new BadInputException(
          source + ": not a calibration file (needs 'sources', 'facts' and 'parameters')");
    }
    Map<String, JsonNode> facts = new LinkedHashMap<>();
    for (JsonNode f : root.get("facts")) {
      facts.put(f.path("id").asText(), f);
    }
    Map<String, JsonNode> params = new LinkedHashMap<>();
    for (JsonNode p : root.get("parameters")) {
      params.put(p.path("name").asText(), p);
    }
    StringBuilder hashes = new StringBuilder();
    Map<String, String> titles = new LinkedHashMap<>();
    for (JsonNode s : root.path("sources")) {
      hashes.append(s.path("sha256").asText()).append('\n');
      String file = s.path("file").asText();
      titles.put(file, s.hasNonNull("title") ? s.get("title").asText() : file);
    }
    String sha = sha256(hashes.toString());
    List<Pattern> patterns = new ArrayList<>();
    ObjectMapper reader = new ObjectMapper();
    for (JsonNode p : root.path("patterns")) {
      try {
        patterns.add(reader.treeToValue(p, Pattern.class));
      } catch (IOException | IllegalArgumentException e) {
        throw new BadInputException(
            source
                + ": pattern "
                + p.path("id").asText("?")
                + " is malformed: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
    }
    List<Pattern> readPatterns = List.copyOf(patterns);
    return new CalibrationLookup() {
      @Override
      public List<Pattern> patterns() {
        return readPatterns;
      }

      @Override
      public Optional<Object> value(String name) {
        JsonNode p = params.get(name);
        if (p == null || p.get("value") == null || p.get("value").isNull()) {
          return Optional.empty();
        }
        JsonNode v = p.get("value");
        return Optional.of(v.isNumber() ? (Object) v.asDouble() : v.asText());
      }

      @Override
      public List<String> names() {
        return List.copyOf(params.keySet());
      }

      @Override
      public Provenance provenance(String name) {
        JsonNode p = params.get(name);
        if (p == null) {
          return new Provenance(List.of(), null, null);
        }
        List<FactRef> refs = new ArrayList<>();
        for (JsonNode id : p.path("facts")) {
          JsonNode f = facts.get(id.asText());
          if (f != null) {
            refs.add(ref(id.asText(), f, titles));
          }
        }
        String derivation = p.hasNonNull("derivation") ? p.get("derivation").asText() : null;
        String citation = p.hasNonNull("default") ? p.get("default").asText() : null;
        return new Provenance(refs, derivation, citation);
      }

      @Override
      public Optional<FactRef> fact(String id) {
        JsonNode f = facts.get(id);
        return f == null ? Optional.empty() : Optional.of(ref(id, f, titles));
      }

      @Override
      public String source() {
        return source;
      }

      @Override
      public String sha256() {
        return sha;
      }
    };
  }

  static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
