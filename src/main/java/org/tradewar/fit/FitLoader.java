package org.tradewar.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tradewar.calibration.Pattern;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Limits;
import org.tradewar.io.LocatedTree;
import org.tradewar.io.NearestName;
import org.tradewar.io.TreeValues;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/** Reads and checks a fit file; bad input names the file, the line and the key. */
public final class FitLoader {
  private static final Set<String> TOP_KEYS =
      Set.of(
          "name",
          "title",
          "description",
          "base",
          "seed",
          "replications",
          "budget",
          "population",
          "sigma",
          "firms",
          "parameters",
          "weights",
          "profile_points",
          "accept");

  private FitLoader() {}

  public static FitSpec load(Path file) {
    LocatedTree tree = LocatedTree.read(file);
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw tree.error("", "a fit file is a mapping of keys (base, parameters, seed, ...)");
    }
    new TreeValues(tree).requireKnownKeys(root, "", new TreeSet<>(TOP_KEYS));
    String stem = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    String name = root.has("name") ? root.get("name").asText() : stem;
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw tree.error(
          "name", "'" + name + "' is not a usable folder name (letters, digits, . _ -)");
    }
    if (!root.has("base")) {
      throw tree.error(
          "",
          "missing key 'base' (the scenario the behaviour is fitted on, e.g. ../agents-free.yaml)");
    }
    Path basePath =
        file.toAbsolutePath().getParent().resolve(root.get("base").asText()).normalize();
    Scenario base;
    try {
      base = ScenarioLoader.load(basePath);
    } catch (BadInputException e) {
      throw tree.error("base", e.getMessage());
    }
    if (root.has("firms")) {
      base =
          base.withOverrides(
              Map.of(
                  "firms.count",
                  String.valueOf(intIn(tree, root, "firms", Limits.MIN_FIRMS, Limits.MAX_FIRMS))));
    }
    if (!root.has("seed") || !root.get("seed").isIntegralNumber()) {
      throw tree.error(
          root.has("seed") ? "seed" : "",
          "a fit needs 'seed', a whole number: the seed of the "
              + "optimiser and of the replications every candidate shares");
    }
    List<FitSpec.Bound> bounds = bounds(tree, root, base);
    List<Pattern> patterns = base.calibration().patterns();
    if (patterns.isEmpty()) {
      throw tree.error(
          "base",
          "the base scenario's calibration ("
              + base.calibration().source()
              + ") has no patterns to fit to; calibrate from articles (calibration: seeds)");
    }
    Map<String, Double> weights = weights(tree, root, patterns);
    int dims = bounds.size();
    int population =
        root.has("population")
            ? intIn(tree, root, "population", 2, 1000)
            : 4 + (int) Math.floor(3 * Math.log(dims));
    double sigma = root.has("sigma") ? number(tree, root, "sigma", 1e-4, 1) : 0.3;
    double accept = root.has("accept") ? number(tree, root, "accept", 0, 10) : 0.05;
    return new FitSpec(
        file,
        name,
        root.has("title") ? root.get("title").asText() : name,
        base,
        bounds,
        patterns,
        weights,
        root.has("replications") ? intIn(tree, root, "replications", 1, 10_000) : 16,
        root.has("budget") ? intIn(tree, root, "budget", 1, 10_000_000) : 400,
        population,
        sigma,
        root.get("seed").longValue(),
        root.has("profile_points") ? intIn(tree, root, "profile_points", 0, 1000) : 9,
        accept);
  }

  private static List<FitSpec.Bound> bounds(LocatedTree tree, JsonNode root, Scenario base) {
    JsonNode p = root.get("parameters");
    if (p == null || !p.isObject() || p.isEmpty()) {
      throw tree.error(
          p == null ? "" : "parameters",
          "a fit needs 'parameters': the behavioural parameters "
              + "to estimate, each with {min: ..., max: ...}");
    }
    List<FitSpec.Bound> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "parameters." + e.getKey();
      ParameterSpec spec =
          base.parameters()
              .catalog()
              .find(e.getKey())
              .orElseThrow(
                  () ->
                      tree.error(
                          path,
                          "unknown parameter '"
                              + e.getKey()
                              + "'"
                              + NearestName.hint(
                                  e.getKey(), base.parameters().catalog().all().keySet())
                              + "; 'tradewar params' lists them"));
      if (spec.calibrated()) {
        throw tree.error(
            path,
            "'" + e.getKey() + "' comes from the articles; a fit estimates behavioural parameters");
      }
      JsonNode b = e.getValue();
      if (!b.isObject() || !b.has("min") || !b.has("max")) {
        throw tree.error(path, "expected {min: ..., max: ...} (and optionally start: ...)");
      }
      double min = number(tree, b, path, "min", spec.min(), spec.max());
      double max = number(tree, b, path, "max", spec.min(), spec.max());
      if (!(min < max)) {
        throw tree.error(path, "min " + min + " must be below max " + max);
      }
      // Where the optimiser starts: the file's 'start' (so the fit replays the same way after its
      // estimate became the default), else the base scenario's value.
      double start =
          b.has("start")
              ? number(tree, b, path, "start", min, max)
              : Math.max(min, Math.min(max, base.parameters().get(e.getKey())));
      out.add(new FitSpec.Bound(e.getKey(), min, max, start));
    }
    return out;
  }

  private static Map<String, Double> weights(
      LocatedTree tree, JsonNode root, List<Pattern> patterns) {
    Map<String, Double> out = new LinkedHashMap<>();
    JsonNode w = root.get("weights");
    if (w == null) {
      return out;
    }
    if (!w.isObject()) {
      throw tree.error("weights", "expected a mapping of pattern ids to weights, such as {P1: 2}");
    }
    List<String> ids = patterns.stream().map(Pattern::id).toList();
    for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!ids.contains(e.getKey())) {
        throw tree.error(
            "weights." + e.getKey(),
            "no pattern '"
                + e.getKey()
                + "'"
                + NearestName.hint(e.getKey(), ids)
                + "; the calibration has "
                + String.join(", ", ids)
                + " ('tradewar calibrate --format table')");
      }
      out.put(e.getKey(), number(tree, w, "weights." + e.getKey(), e.getKey(), 0, 100));
    }
    return out;
  }

  private static int intIn(LocatedTree tree, JsonNode node, String key, int min, int max) {
    return (int) new TreeValues(tree).integer(node.get(key), key, min, max);
  }

  private static double number(
      LocatedTree tree, JsonNode node, String key, double min, double max) {
    return number(tree, node, key, key, min, max);
  }

  private static double number(
      LocatedTree tree, JsonNode node, String path, String key, double min, double max) {
    return new TreeValues(tree)
        .number(node.get(key), path.endsWith(key) ? path : path + "." + key, min, max);
  }
}
