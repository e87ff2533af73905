package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Limits;
import org.tradewar.io.LocatedTree;
import org.tradewar.io.NearestName;
import org.tradewar.io.TreeValues;

/**
 * Reads and validates a sweep file (YAML, or JSON). Every error names the file, the line and the
 * key, including a parameter path the base model does not know (checked through the model's own
 * override check, value by value). See docs/sweeps.md for the grammar.
 */
public final class SweepLoader {
  static final Set<String> TOP_KEYS =
      Set.of(
          "name",
          "title",
          "description",
          "base",
          "design",
          "samples",
          "replications",
          "seed",
          "axes",
          "metrics",
          "bootstrap");
  private static final Set<String> RANGE_KEYS =
      Set.of("values", "min", "max", "log", "integer", "steps");
  private static final Set<String> METRIC_KEYS =
      Set.of("name", "summary", "outcome", "series", "country", "partner", "stat", "weeks");

  /** Above this many runs a sweep file is surely a mistake. */
  static final long MAX_RUNS = Limits.MAX_SWEEP_RUNS;

  private final BiFunction<Path, String, BaseModel> resolver;

  /** A loader that finds base models with {@link BaseModels#resolve}. */
  public SweepLoader() {
    this(BaseModels::resolve);
  }

  /** A loader with another way to find base models (tests). */
  public SweepLoader(BiFunction<Path, String, BaseModel> resolver) {
    this.resolver = resolver;
  }

  /** Loads {@code file} with the default resolver. */
  public static SweepSpec load(Path file) {
    return new SweepLoader().read(file);
  }

  /** Reads and validates {@code file}. */
  public SweepSpec read(Path file) {
    return parse(LocatedTree.read(file));
  }

  /** Validates a parsed tree. */
  public SweepSpec parse(LocatedTree tree) {
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw tree.error("", "a sweep file is a mapping of keys (base, axes, design, ...)");
    }
    TreeValues v = new TreeValues(tree);
    v.requireKnownKeys(root, "", new java.util.TreeSet<>(TOP_KEYS));
    String fileStem = tree.file().getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    String name = v.text(root, "", "name", fileStem);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw tree.error(
          "name", "'" + name + "' is not a usable folder name (letters, digits, . _ -)");
    }
    String title = v.text(root, "", "title", name);
    String description = v.text(root, "", "description", "");

    String baseText = v.text(root, "", "base");
    BaseModel base;
    try {
      base = resolver.apply(tree.file(), baseText);
    } catch (BadInputException e) {
      throw tree.error("base", e.getMessage());
    }

    String designText = v.text(root, "", "design").toLowerCase(Locale.ROOT);
    SweepSpec.DesignKind design;
    try {
      design = SweepSpec.DesignKind.valueOf(designText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw tree.error(
          "design",
          "'"
              + designText
              + "' is not a design; allowed: grid, random, lhs, sobol"
              + NearestName.hint(designText, List.of("grid", "random", "lhs", "sobol")));
    }
    int samples = 0;
    if (design == SweepSpec.DesignKind.GRID) {
      if (root.has("samples")) {
        throw tree.error(
            "samples",
            "a grid runs every combination; samples applies to random, lhs " + "and sobol designs");
      }
    } else {
      if (!root.has("samples")) {
        throw tree.error(
            "design",
            "a "
                + design.key()
                + " design needs 'samples' (how many "
                + (design == SweepSpec.DesignKind.SOBOL
                    ? "base samples N; it runs N (k + 2) points"
                    : "points")
                + ")");
      }
      samples =
          (int)
              v.integer(
                  root.get("samples"),
                  "samples",
                  design == SweepSpec.DesignKind.SOBOL ? 2 : 1,
                  Limits.MAX_SWEEP_SAMPLES);
    }
    int replications =
        (int) v.integer(root, "", "replications", 1, 1, Limits.MAX_SWEEP_REPLICATIONS);
    if (!root.has("seed")) {
      throw tree.error("", "missing key 'seed' (the master seed every run's seed derives from)");
    }
    if (!root.get("seed").isIntegralNumber()) {
      throw tree.error(
          "seed", "expected a whole number, got " + TreeValues.describe(root.get("seed")));
    }
    long seed = root.get("seed").longValue();
    int bootstrap = 1000;
    if (root.has("bootstrap")) {
      if (design != SweepSpec.DesignKind.SOBOL) {
        throw tree.error("bootstrap", "bootstrap applies to sobol designs only");
      }
      bootstrap = (int) v.integer(root.get("bootstrap"), "bootstrap", 10, 1_000_000);
    }

    List<Axis> axes = axes(tree, base, design);
    List<MetricSpec> metrics = metrics(tree, base, axes);

    long points =
        switch (design) {
          case GRID -> Grid.size(axes);
          case SOBOL -> SobolDesign.size(samples, axes.size());
          default -> samples;
        };
    if (points > MAX_RUNS / replications || points > Integer.MAX_VALUE / 2) {
      throw tree.error(
          design == SweepSpec.DesignKind.GRID ? "axes" : "samples",
          "the sweep would have "
              + (points == Long.MAX_VALUE ? "too many" : String.valueOf(points))
              + " points x "
              + replications
              + " replications; the limit is "
              + MAX_RUNS
              + " runs");
    }
    if (design == SweepSpec.DesignKind.SOBOL && axes.size() > Limits.MAX_SOBOL_AXES) {
      throw tree.error("axes", "a Sobol design takes at most " + Limits.MAX_SOBOL_AXES + " axes");
    }

    String fingerprint = fingerprint(base, design, samples, replications, seed, axes, metrics);
    return new SweepSpec(
        tree.file(),
        name,
        title,
        description,
        base,
        design,
        samples,
        replications,
        seed,
        axes,
        metrics,
        bootstrap,
        fingerprint);
  }

  private static List<Axis> axes(LocatedTree tree, BaseModel base, SweepSpec.DesignKind design) {
    JsonNode node = tree.root().get("axes");
    if (node == null) {
      throw tree.error("", "missing key 'axes' (parameter path: list of values, or {min, max})");
    }
    if (!node.isObject() || node.isEmpty()) {
      throw tree.error(
          "axes",
          "expected a mapping of parameter paths to values or ranges, e.g. "
              + "'economy.elasticity: [1, 2, 4]'");
    }
    List<Axis> axes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = e.getKey();
      String key = "axes." + path;
      JsonNode spec = e.getValue();
      Axis axis;
      if (spec.isArray()) {
        axis = Axis.list(path, listValues(tree, key, (ArrayNode) spec));
      } else if (spec.isObject()) {
        axis = rangeOrValues(tree, key, path, (ObjectNode) spec, design);
      } else {
        throw tree.error(
            key,
            "expected a list of values or a range {min, max}, got " + TreeValues.describe(spec));
      }
      if (axis.isList()) {
        List<String> values = axis.values();
        for (int i = 0; i < values.size(); i++) {
          String valueKey = spec.isArray() ? key + "." + i : key + ".values." + i;
          check(tree, base, valueKey, path, values.get(i));
        }
      } else {
        String lo =
            axis.integer() ? Axis.format((long) Math.ceil(axis.min())) : Axis.format(axis.min());
        String hi =
            axis.integer() ? Axis.format((long) Math.floor(axis.max())) : Axis.format(axis.max());
        check(tree, base, key + ".min", path, lo);
        check(tree, base, key + ".max", path, hi);
      }
      axes.add(axis);
    }
    return axes;
  }

  private static void check(
      LocatedTree tree, BaseModel base, String key, String path, String value) {
    try {
      base.checkOverride(path, value);
    } catch (BadInputException ex) {
      throw tree.error(key, ex.getMessage());
    }
  }

  private static Axis rangeOrValues(
      LocatedTree tree, String key, String path, ObjectNode spec, SweepSpec.DesignKind design) {
    for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!RANGE_KEYS.contains(k)) {
        throw tree.error(
            key + "." + k,
            "unknown key"
                + NearestName.hint(k, RANGE_KEYS)
                + "; an axis is a list of values, {values: [...]}, or {min, max, log, integer,"
                + " steps}");
      }
    }
    if (spec.has("values")) {
      for (String k : List.of("min", "max", "log", "integer", "steps")) {
        if (spec.has(k)) {
          throw tree.error(key + "." + k, "an axis has either values or a range, not both");
        }
      }
      JsonNode v = spec.get("values");
      if (!v.isArray()) {
        throw tree.error(key + ".values", "expected a list, got " + TreeValues.describe(v));
      }
      return Axis.list(path, listValues(tree, key + ".values", (ArrayNode) v));
    }
    if (!spec.has("min") || !spec.has("max")) {
      throw tree.error(key, "a range needs both 'min' and 'max' (or give 'values')");
    }
    double min = number(tree, key + ".min", spec.get("min"));
    double max = number(tree, key + ".max", spec.get("max"));
    if (!(min < max)) {
      throw tree.error(
          key + ".max",
          "max (" + Axis.format(max) + ") must be above min (" + Axis.format(min) + ")");
    }
    boolean log = bool(tree, key + ".log", spec.get("log"));
    boolean integer = bool(tree, key + ".integer", spec.get("integer"));
    if (log && min <= 0) {
      throw tree.error(key + ".min", "a log range needs min > 0, got " + Axis.format(min));
    }
    if (integer && Math.floor(max) < Math.ceil(min)) {
      throw tree.error(key, "the range holds no whole number");
    }
    int steps = 0;
    if (spec.has("steps")) {
      if (design != SweepSpec.DesignKind.GRID) {
        throw tree.error(
            key + ".steps",
            "steps applies to grid designs; a "
                + design.key()
                + " design samples the range itself");
      }
      steps = (int) new TreeValues(tree).integer(spec.get("steps"), key + ".steps", 2, 100_000);
    } else if (design == SweepSpec.DesignKind.GRID) {
      throw tree.error(key, "a grid needs listed values, or 'steps' for a range");
    }
    return new Axis(path, null, min, max, log, integer, steps);
  }

  private static List<String> listValues(LocatedTree tree, String key, ArrayNode arr) {
    if (arr.isEmpty()) {
      throw tree.error(key, "the list of values is empty");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      JsonNode v = arr.get(i);
      String text;
      if (v.isIntegralNumber()) {
        text = v.bigIntegerValue().toString();
      } else if (v.isNumber()) {
        if (!Double.isFinite(v.doubleValue())) {
          throw tree.error(key + "." + i, "expected a finite number");
        }
        text = BigDecimal.valueOf(v.doubleValue()).stripTrailingZeros().toPlainString();
      } else if (v.isTextual() || v.isBoolean()) {
        text = v.asText();
      } else {
        throw tree.error(
            key + "." + i, "expected a number, text or true/false, got " + TreeValues.describe(v));
      }
      if (text.isEmpty() || text.contains("\n") || text.contains("\r")) {
        throw tree.error(key + "." + i, "a value must be non-empty and on one line");
      }
      if (values.contains(text)) {
        throw tree.error(key + "." + i, "value '" + text + "' appears twice");
      }
      values.add(text);
    }
    return values;
  }

  private static List<MetricSpec> metrics(LocatedTree tree, BaseModel base, List<Axis> axes) {
    JsonNode node = tree.root().get("metrics");
    if (node == null) {
      throw tree.error(
          "", "missing key 'metrics' (the summary keys and series aggregates to record)");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw tree.error("metrics", "expected a non-empty list of metrics");
    }
    List<MetricSpec> out = new ArrayList<>();
    Set<String> names = new HashSet<>(RunsCsv.FIXED_COLUMNS);
    for (Axis a : axes) {
      names.add(a.path());
    }
    for (int i = 0; i < node.size(); i++) {
      String key = "metrics." + i;
      JsonNode m = node.get(i);
      MetricSpec spec;
      if (m.isTextual()) {
        String k = m.asText();
        checkMember(tree, key, k, base.metricKeys(), "summary metric");
        spec = MetricSpec.summary(k);
      } else if (m.isObject()) {
        spec = metric(tree, key, (ObjectNode) m, base);
      } else {
        throw tree.error(
            key,
            "expected a summary key or a mapping {name, series, ...}, got "
                + TreeValues.describe(m));
      }
      if (!spec.name().matches("[A-Za-z0-9_.:-]+")) {
        throw tree.error(
            key, "metric name '" + spec.name() + "' may hold only letters, digits and _ . : -");
      }
      if (!names.add(spec.name())) {
        throw tree.error(
            key,
            "the column '" + spec.name() + "' already exists; give this metric " + "another name");
      }
      out.add(spec);
    }
    return out;
  }

  private static MetricSpec metric(LocatedTree tree, String key, ObjectNode m, BaseModel base) {
    new TreeValues(tree).requireKnownKeys(m, key, new java.util.TreeSet<>(METRIC_KEYS));
    int kinds = (m.has("summary") ? 1 : 0) + (m.has("outcome") ? 1 : 0) + (m.has("series") ? 1 : 0);
    if (kinds != 1) {
      throw tree.error(
          key,
          "a metric has exactly one of 'summary' (a key of the run summary), "
              + "'outcome' (share of runs with it) or 'series' (an aggregate of a weekly series)");
    }
    if (!m.has("series")) {
      for (String k : List.of("country", "partner", "stat", "weeks")) {
        if (m.has(k)) {
          throw tree.error(key + "." + k, "'" + k + "' applies to series metrics only");
        }
      }
    }
    if (m.has("summary")) {
      String k = text(tree, key + ".summary", m.get("summary"));
      checkMember(tree, key + ".summary", k, base.metricKeys(), "summary metric");
      String name = m.has("name") ? text(tree, key + ".name", m.get("name")) : k;
      return new MetricSpec(name, MetricSpec.Kind.SUMMARY, k, null, null, null, null, 0, -1);
    }
    if (m.has("outcome")) {
      String o = text(tree, key + ".outcome", m.get("outcome"));
      checkMember(tree, key + ".outcome", o, base.outcomes(), "outcome");
      String name = m.has("name") ? text(tree, key + ".name", m.get("name")) : "share_" + o;
      return new MetricSpec(name, MetricSpec.Kind.OUTCOME, o, null, null, null, null, 0, -1);
    }
    String variable = text(tree, key + ".series", m.get("series"));
    checkMember(tree, key + ".series", variable, base.seriesVariables(), "weekly series");
    if (!m.has("name")) {
      throw tree.error(key, "a series metric needs a 'name' (its column)");
    }
    String name = text(tree, key + ".name", m.get("name"));
    if (!m.has("country")) {
      throw tree.error(key, "a series metric needs 'country' (US or CN; the importer of a flow)");
    }
    String country = text(tree, key + ".country", m.get("country"));
    String partner = m.has("partner") ? text(tree, key + ".partner", m.get("partner")) : "";
    try {
      base.checkSeries(variable, country, partner);
    } catch (BadInputException e) {
      throw tree.error(key + (m.has("partner") ? ".partner" : ".country"), e.getMessage());
    }
    MetricSpec.Stat stat = MetricSpec.Stat.MEAN;
    if (m.has("stat")) {
      String s = text(tree, key + ".stat", m.get("stat"));
      try {
        stat = MetricSpec.Stat.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw tree.error(
            key + ".stat",
            "'" + s + "' is not an aggregate; allowed: mean, sum, min, max, " + "first, last");
      }
    }
    int from = 0;
    int to = -1;
    if (m.has("weeks")) {
      JsonNode w = m.get("weeks");
      if (!w.isArray()
          || w.size() != 2
          || !w.get(0).isIntegralNumber()
          || !(w.get(1).isIntegralNumber() || "end".equals(w.get(1).asText()))) {
        throw tree.error(
            key + ".weeks",
            "expected [first, last] weeks (0-based, inclusive; last may "
                + "be 'end'), e.g. [52, 103]");
      }
      from = w.get(0).intValue();
      to = w.get(1).isIntegralNumber() ? w.get(1).intValue() : -1;
      if (from < 0 || (to >= 0 && to < from)) {
        throw tree.error(
            key + ".weeks", "the window [" + from + ", " + to + "] is empty or negative");
      }
      int last = Math.max(from, to);
      if (base.weeks() > 0 && last >= base.weeks()) {
        throw tree.error(
            key + ".weeks",
            "week "
                + last
                + " is beyond the base scenario's horizon: allowed"
                + " are weeks 0 to "
                + (base.weeks() - 1)
                + " (or 'end')");
      }
    }
    return new MetricSpec(
        name, MetricSpec.Kind.SERIES, null, variable, country, partner, stat, from, to);
  }

  private static void checkMember(
      LocatedTree tree, String key, String value, Set<String> known, String what) {
    if (!known.isEmpty() && !known.contains(value)) {
      String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
      throw tree.error(
          key,
          "'"
              + value
              + "' is not "
              + article
              + what
              + NearestName.hint(value, known)
              + "; known: "
              + String.join(", ", new java.util.TreeSet<>(known)));
    }
  }

  // The typed values every loader shares (TreeValues), at the paths this file uses.

  private static String text(LocatedTree tree, String key, JsonNode n) {
    return new TreeValues(tree).text(n, key);
  }

  private static double number(LocatedTree tree, String key, JsonNode n) {
    return new TreeValues(tree).number(n, key);
  }

  /** An optional flag: false when absent. */
  private static boolean bool(LocatedTree tree, String key, JsonNode n) {
    return n != null && new TreeValues(tree).bool(n, key);
  }

  private static String fingerprint(
      BaseModel base,
      SweepSpec.DesignKind design,
      int samples,
      int replications,
      long seed,
      List<Axis> axes,
      List<MetricSpec> metrics) {
    ObjectMapper om = new ObjectMapper();
    ObjectNode n = om.createObjectNode();
    n.put("base_sha256", base.sha256());
    n.put("design", design.key());
    n.put("samples", samples);
    n.put("replications", replications);
    n.put("seed", seed);
    ArrayNode a = n.putArray("axes");
    for (Axis axis : axes) {
      a.add(om.valueToTree(axis));
    }
    ArrayNode m = n.putArray("metrics");
    for (MetricSpec ms : metrics) {
      m.add(om.valueToTree(ms));
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(n.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
