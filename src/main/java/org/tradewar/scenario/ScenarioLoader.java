package org.tradewar.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Decimal;
import org.tradewar.io.Limits;
import org.tradewar.io.LocatedTree;
import org.tradewar.io.NearestName;
import org.tradewar.io.Problems;
import org.tradewar.io.TreeValues;
import org.tradewar.model.NonTariffMeasure;
import org.tradewar.model.ScriptedEvent;
import org.tradewar.model.ScriptedEvent.Field;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.negotiation.Issue;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/**
 * Reads a scenario file (YAML, or JSON) and validates all of it at once, loudly: every error names
 * the file, the line and the key, says what was wrong and what is allowed. Scenario files are data:
 * the only indirection is a value written {@code calibration:NAME}, which takes the number or date
 * the articles give for that calibration parameter.
 */
public final class ScenarioLoader {
  private static final String REF = "calibration:";

  private static final List<String> TOP_KEYS =
      List.of(
          "title",
          "description",
          "start",
          "weeks",
          "seed",
          "replications",
          "calibration",
          "firms",
          "parameters",
          "parameters_from",
          "behaviour_from",
          "strategies",
          "negotiators",
          "issue_weights",
          "autonomous_from",
          "events",
          "outputs");
  private static final List<String> EVENT_KEYS =
      List.of(
          "date",
          "type",
          "actor",
          "target",
          "label",
          "coverage_usd_bn",
          "implement_usd_bn",
          "rate_pct",
          "deadline",
          "sectors",
          "form",
          "measure",
          "share",
          "stack",
          "purchases_usd_bn",
          "answers",
          "note",
          "place",
          "source");
  private static final List<String> NEGOTIATOR_KEYS =
      List.of(
          "name",
          "role",
          "strategy",
          "hawkishness",
          "influence",
          "patience_weeks",
          "on_delegation");
  private static final List<String> OUTPUT_KEYS = List.of("charts", "report", "sectors", "band");

  private final LocatedTree tree;
  private final Path file;
  private final TreeValues values;
  private final Problems problems = new Problems();

  private ScenarioLoader(LocatedTree tree) {
    this.tree = tree;
    this.file = tree.file();
    this.values = new TreeValues(tree);
  }

  /** Loads and validates {@code file}. */
  public static Scenario load(Path file) {
    LocatedTree tree = LocatedTree.read(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new BadInputException(file + ": cannot read");
    }
    return new ScenarioLoader(tree)
        .build(Calibrations.sha256(new String(bytes, StandardCharsets.UTF_8)));
  }

  private Scenario build(String sha) {
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw tree.error("", "a scenario is a mapping of keys (title, description, events, ...)");
    }
    // Every independent part is checked even when an earlier one is wrong, so that one pass shows
    // the user every problem of the file; the stand-in values below only keep the later checks
    // going.
    values.unknownKeys(root, "", TOP_KEYS).forEach(problems::add);
    String title = problems.check(() -> values.text(root, "", "title"), "");
    String description = problems.check(() -> values.text(root, "", "description"), "");
    LocalDate start =
        problems.check(
            () -> root.has("start") ? date(root.get("start"), "start") : LocalDate.of(2018, 1, 1),
            LocalDate.of(2018, 1, 1));
    int weeks =
        problems.check(
            () -> (int) values.integer(root, "", "weeks", 156, 1, Limits.MAX_WEEKS),
            Limits.MAX_WEEKS);
    long seed = problems.check(() -> values.integer(root, "", "seed", 1, 0, Long.MAX_VALUE), 1L);
    int replications =
        problems.check(
            () -> (int) values.integer(root, "", "replications", 1, 1, Limits.MAX_REPLICATIONS), 1);
    Map<Country, Strategy> strategies = problems.check(() -> strategies(root), Map.of());
    Map<String, NegotiatorOverride> negotiators =
        problems.check(() -> negotiatorOverrides(root), Map.of());
    Scenario.Outputs outputs = problems.check(() -> outputs(root), null);

    CalibrationLookup calibration = problems.check(() -> openCalibration(root), null);
    if (calibration == null) {
      problems.throwIfAny(); // the rest of the file refers to the calibration
    }
    ParameterCatalog catalog = ParameterCatalog.standard();
    Map<String, Double> overrides = parameterOverrides(root, catalog, calibration);
    if (root.has("firms")) {
      problems.check(
          () ->
              overrides.put(
                  "firms.count",
                  (double)
                      values.integer(
                          root, "", "firms", 10000, Limits.MIN_FIRMS, Limits.MAX_FIRMS)));
    }
    problems.check(() -> issueWeights(root, overrides));
    ParameterSet parameters =
        resolveParameters(
            catalog,
            calibration,
            overrides,
            name ->
                tree.error(
                    "calibration",
                    "the calibration "
                        + calibration.source()
                        + " has no parameter '"
                        + name
                        + "', which the model needs"));
    problems.check(
        () ->
            issueWeightProblem(parameters)
                .ifPresent(
                    side -> {
                      throw tree.error(
                          root.has("issue_weights") ? "issue_weights." + side : "parameters",
                          "every issue weight of "
                              + side
                              + " is 0: a side must care about something on the table");
                    }));

    List<NegotiatorProfile> roster =
        problems.check(
            () ->
                RosterBuilder.build(calibration, parameters, strategies, negotiators, tree::error),
            List.of());
    LocalDate end = start.plusDays(7L * weeks);
    List<EventSpec> events = problems.check(() -> events(root, calibration, start, end), List.of());
    Map<Country, LocalDate> autonomous = new EnumMap<>(Country.class);
    JsonNode auto = root.get("autonomous_from");
    if (auto != null) {
      problems.check(
          () -> {
            values.object(auto, "autonomous_from");
            values.unknownKeys(auto, "autonomous_from", List.of("US", "CN")).forEach(problems::add);
            auto.fields()
                .forEachRemaining(
                    e ->
                        problems.check(
                            () ->
                                side(e.getKey())
                                    .ifPresent(
                                        c ->
                                            autonomous.put(
                                                c,
                                                dateValue(
                                                    e.getValue(),
                                                    "autonomous_from." + e.getKey(),
                                                    calibration)))));
          });
    }
    LocalDate purchaseDeadline =
        calibration
            .value("us.surplus_cut_deadline")
            .map(v -> parseLooseDate(v.toString()))
            .orElse(null);
    Scenario.BehaviourDraws draws =
        problems.check(
            () ->
                root.has("behaviour_from")
                    ? behaviourDraws(values.text(root, "", "behaviour_from"), catalog)
                    : Scenario.BehaviourDraws.none(),
            Scenario.BehaviourDraws.none());
    problems.throwIfAny();
    String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    return new Scenario(
        file,
        name,
        title,
        description,
        start,
        weeks,
        seed,
        replications,
        parameters,
        Map.copyOf(overrides),
        strategies,
        negotiators,
        roster,
        List.copyOf(events),
        Map.copyOf(autonomous),
        purchaseDeadline,
        outputs,
        calibration,
        sha,
        draws);
  }

  /** The side whose issue weights are all zero (nothing on the table matters to it), if any. */
  static java.util.Optional<Country> issueWeightProblem(ParameterSet p) {
    for (Country c : Country.values()) {
      double sum =
          p.get("issues." + c + ".tariff_relief") + p.get("issues." + c + ".tariff_leverage");
      for (Issue i : Issue.values()) {
        sum += p.get("issues." + c + "." + i.key());
      }
      if (sum <= 0) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  static ParameterSet resolveParameters(
      ParameterCatalog catalog,
      CalibrationLookup calibration,
      Map<String, Double> overrides,
      Function<String, RuntimeException> missing) {
    // A calibration file is input like any other: its numbers pass the catalog's ranges too.
    return ParameterSet.resolve(
        catalog,
        name ->
            calibration
                .value(name)
                .filter(v -> v instanceof Double)
                .map(
                    v -> {
                      double d = (Double) v;
                      catalog
                          .problem(name, d)
                          .ifPresent(
                              problem -> {
                                throw new BadInputException(calibration.source() + ": " + problem);
                              });
                      return OptionalDouble.of(d);
                    })
                .orElse(OptionalDouble.empty()),
        overrides,
        missing);
  }

  // ------------------------------------------------------------------------------------------------
  // Sections

  private CalibrationLookup openCalibration(JsonNode root) {
    String given = root.has("calibration") ? values.text(root, "", "calibration") : "seeds";
    Path dir = file.toAbsolutePath().getParent();
    List<Path> candidates = new ArrayList<>();
    candidates.add(dir.resolve(given));
    if (dir.getParent() != null) {
      candidates.add(dir.getParent().resolve(given));
    }
    candidates.add(Path.of(given));
    for (Path p : candidates) {
      if (Files.exists(p)) {
        try {
          return Calibrations.open(p.normalize());
        } catch (BadInputException e) {
          throw tree.error("calibration", e.getMessage());
        }
      }
    }
    throw tree.error(
        "calibration",
        "'"
            + given
            + "' not found (looked beside the scenario, in its parent folder and in the current"
            + " folder); give a folder of articles or a calibration JSON file");
  }

  private Map<String, Double> parameterOverrides(
      JsonNode root, ParameterCatalog catalog, CalibrationLookup calibration) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (root.has("parameters_from")) {
      problems.check(
          () -> out.putAll(parameterFile(values.text(root, "", "parameters_from"), catalog)));
    }
    JsonNode params = root.get("parameters");
    if (params == null) {
      return out;
    }
    problems.check(() -> values.object(params, "parameters"));
    Iterator<Map.Entry<String, JsonNode>> it = params.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "parameters." + e.getKey();
      problems.check(
          () ->
              out.put(
                  e.getKey(),
                  checkedParameter(
                      tree, catalog, path, e.getKey(), number(e.getValue(), path, calibration))));
    }
    return out;
  }

  /**
   * A catalogued parameter's value, within its range; else an error of {@code where} naming the
   * key.
   */
  private static double checkedParameter(
      LocatedTree where, ParameterCatalog catalog, String path, String key, double v) {
    if (catalog.find(key).isEmpty()) {
      throw where.error(
          path,
          "unknown parameter '"
              + key
              + "'"
              + NearestName.hint(key, catalog.all().keySet())
              + "; 'tradewar params' lists them all");
    }
    Optional<String> problem = catalog.problem(key, v);
    if (problem.isPresent()) {
      throw where.error(path, problem.get());
    }
    return v;
  }

  /**
   * A parameter file ({@code parameters:} and values, as {@code tradewar fit} writes its {@code
   * estimate.yaml}), relative to the scenario; the scenario's own {@code parameters} win.
   */
  private Map<String, Double> parameterFile(String given, ParameterCatalog catalog) {
    Path f = file.toAbsolutePath().getParent().resolve(given).normalize();
    if (!Files.isRegularFile(f)) {
      throw tree.error(
          "parameters_from", "no parameter file '" + given + "' (looked for " + f + ")");
    }
    LocatedTree t = LocatedTree.read(f);
    JsonNode params = t.root().get("parameters");
    if (params == null || !params.isObject()) {
      throw t.error("", "a parameter file is a mapping 'parameters:' of parameter paths to values");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "parameters." + e.getKey();
      problems.check(
          () -> {
            if (catalog.find(e.getKey()).isPresent() && !e.getValue().isNumber()) {
              throw t.error(path, "expected a number, got " + e.getValue());
            }
            out.put(
                e.getKey(),
                checkedParameter(t, catalog, path, e.getKey(), e.getValue().asDouble()));
          });
    }
    return out;
  }

  /**
   * The parameter sets of a fit's {@code accepted.csv} (or of the folder that holds it): one row
   * per set, a column per parameter, a last column {@code distance} that is not a parameter.
   */
  private Scenario.BehaviourDraws behaviourDraws(String given, ParameterCatalog catalog) {
    Path f = file.toAbsolutePath().getParent().resolve(given).normalize();
    if (Files.isDirectory(f)) {
      f = f.resolve("accepted.csv");
    }
    if (!Files.isRegularFile(f)) {
      throw tree.error(
          "behaviour_from",
          "no accepted set '"
              + given
              + "' (looked for "
              + f
              + "); give a fit folder or its accepted.csv");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw tree.error("behaviour_from", "cannot read " + f + ": " + e.getMessage());
    }
    if (lines.size() < 2) {
      throw new BadInputException(
          f + ": no parameter sets (a header and at least one row are needed)");
    }
    String[] header = lines.get(0).split(",");
    for (String h : header) {
      if (!h.equals("distance") && catalog.find(h).isEmpty()) {
        throw new BadInputException(
            f
                + " line 1: unknown parameter '"
                + h
                + "'"
                + NearestName.hint(h, catalog.all().keySet()));
      }
    }
    List<Map<String, Double>> sets = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] v = lines.get(i).split(",", -1);
      if (v.length != header.length) {
        throw new BadInputException(
            f + " line " + (i + 1) + ": expected " + header.length + " values, found " + v.length);
      }
      Map<String, Double> set = new LinkedHashMap<>();
      for (int j = 0; j < header.length; j++) {
        if (header[j].equals("distance")) {
          continue;
        }
        double x;
        try {
          x = Decimal.parse(v[j]);
        } catch (NumberFormatException e) {
          throw new BadInputException(
              f
                  + " line "
                  + (i + 1)
                  + ", column '"
                  + header[j]
                  + "': not a number: '"
                  + v[j]
                  + "'");
        }
        Optional<String> problem = catalog.problem(header[j], x);
        if (problem.isPresent()) {
          throw new BadInputException(f + " line " + (i + 1) + ": " + problem.get());
        }
        set.put(header[j], x);
      }
      sets.add(set);
    }
    return new Scenario.BehaviourDraws(f.toString(), sets);
  }

  private Map<Country, Strategy> strategies(JsonNode root) {
    Map<Country, Strategy> out = new EnumMap<>(Country.class);
    out.put(Country.US, Strategy.TIT_FOR_TAT);
    out.put(Country.CN, Strategy.TIT_FOR_TAT);
    JsonNode s = root.get("strategies");
    if (s == null) {
      return out;
    }
    values.object(s, "strategies");
    values.unknownKeys(s, "strategies", List.of("US", "CN")).forEach(problems::add);
    s.fields()
        .forEachRemaining(
            e ->
                problems.check(
                    () ->
                        side(e.getKey())
                            .ifPresent(
                                c ->
                                    out.put(
                                        c, strategy(e.getValue(), "strategies." + e.getKey())))));
    return out;
  }

  private Strategy strategy(JsonNode v, String path) {
    List<String> allowed = Arrays.stream(Strategy.values()).map(Strategy::key).toList();
    if (!v.isTextual()) {
      throw tree.error(path, "expected a strategy name, one of " + String.join(", ", allowed));
    }
    try {
      return Strategy.parse(v.asText());
    } catch (IllegalArgumentException e) {
      throw tree.error(
          path,
          "unknown strategy '"
              + v.asText()
              + "'"
              + NearestName.hint(v.asText(), allowed)
              + "; allowed: "
              + String.join(", ", allowed));
    }
  }

  private Map<String, NegotiatorOverride> negotiatorOverrides(JsonNode root) {
    Map<String, NegotiatorOverride> out = new LinkedHashMap<>();
    JsonNode n = root.get("negotiators");
    if (n == null) {
      return out;
    }
    values.object(n, "negotiators");
    values.unknownKeys(n, "negotiators", List.of("US", "CN")).forEach(problems::add);
    n.fields()
        .forEachRemaining(
            side -> {
              if (side(side.getKey()).isEmpty()) {
                return; // an unknown side, which checkKeys has reported
              }
              String sidePath = "negotiators." + side.getKey();
              values.object(side.getValue(), sidePath);
              side.getValue()
                  .fields()
                  .forEachRemaining(
                      e ->
                          problems.check(
                              () -> {
                                String path = sidePath + "." + e.getKey();
                                if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_]*")) {
                                  throw tree.error(
                                      sidePath,
                                      "an official is named by a key such as 'navarro' (letters,"
                                          + " digits and _), got '"
                                          + e.getKey()
                                          + "'");
                                }
                                JsonNode v = e.getValue();
                                values.object(v, path);
                                values.unknownKeys(v, path, NEGOTIATOR_KEYS).forEach(problems::add);
                                out.put(
                                    side.getKey() + "." + e.getKey(),
                                    new NegotiatorOverride(
                                        v.has("name") ? values.text(v, path, "name") : null,
                                        v.has("role") ? values.text(v, path, "role") : null,
                                        v.has("strategy")
                                            ? strategy(v.get("strategy"), path + ".strategy")
                                            : null,
                                        v.has("hawkishness")
                                            ? values.number(
                                                v.get("hawkishness"), path + ".hawkishness", 0, 1)
                                            : null,
                                        v.has("influence")
                                            ? values.number(
                                                v.get("influence"), path + ".influence", 0, 10)
                                            : null,
                                        v.has("patience_weeks")
                                            ? values.number(
                                                v.get("patience_weeks"),
                                                path + ".patience_weeks",
                                                1,
                                                520)
                                            : null,
                                        v.has("on_delegation")
                                            ? values.bool(
                                                v.get("on_delegation"), path + ".on_delegation")
                                            : null));
                              }));
            });
    return out;
  }

  /**
   * {@code issue_weights} is shorthand for the {@code issues.<side>.<issue>} parameters: how much
   * each side cares about each demand, and about tariff relief and leverage.
   */
  private void issueWeights(JsonNode root, Map<String, Double> overrides) {
    JsonNode w = root.get("issue_weights");
    if (w == null) {
      return;
    }
    values.object(w, "issue_weights");
    values.unknownKeys(w, "issue_weights", List.of("US", "CN")).forEach(problems::add);
    List<String> keys = new ArrayList<>(Arrays.stream(Issue.values()).map(Issue::key).toList());
    keys.add("tariff_relief");
    keys.add("tariff_leverage");
    for (Country c : Country.values()) {
      JsonNode side = w.get(c.name());
      if (side == null) {
        continue;
      }
      String path = "issue_weights." + c;
      values.object(side, path);
      values.unknownKeys(side, path, keys).forEach(problems::add);
      side.fields()
          .forEachRemaining(
              e ->
                  problems.check(
                      () ->
                          overrides.put(
                              "issues." + c + "." + e.getKey(),
                              values.number(e.getValue(), path + "." + e.getKey(), 0, 100))));
    }
  }

  private List<EventSpec> events(
      JsonNode root, CalibrationLookup calibration, LocalDate start, LocalDate end) {
    List<EventSpec> out = new ArrayList<>();
    JsonNode list = root.get("events");
    if (list == null) {
      return out;
    }
    if (!list.isArray()) {
      throw tree.error("events", "expected a list of events (each starting with '- date: ...')");
    }
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      EventSpec event =
          problems.check(
              () -> event(list.get(index), "events." + index, calibration, start, end), null);
      if (event != null) {
        out.add(event);
        places.add(i);
      }
    }
    checkCutLabels(out, places);
    return out;
  }

  /** One event of the list, at {@code path}, checked. */
  private EventSpec event(
      JsonNode e, String path, CalibrationLookup calibration, LocalDate start, LocalDate end) {
    List<String> types =
        Arrays.stream(ScriptedEvent.Type.values()).map(ScriptedEvent.Type::key).toList();
    values.object(e, path);
    values.unknownKeys(e, path, EVENT_KEYS).forEach(problems::add);
    if (!e.has("date") || !e.has("type")) {
      throw tree.error(
          path, "an event needs a 'date' and a 'type' (one of " + String.join(", ", types) + ")");
    }
    LocalDate date = dateValue(e.get("date"), path + ".date", calibration);
    if (date.isBefore(start) || !date.isBefore(end)) {
      throw tree.error(
          path + ".date",
          "date "
              + date
              + " is outside the scenario's horizon: allowed is "
              + start
              + " to "
              + end.minusDays(1));
    }
    String typeText = values.text(e, path, "type");
    if (!types.contains(typeText)) {
      throw tree.error(
          path + ".type",
          "unknown event type '"
              + typeText
              + "'"
              + NearestName.hint(typeText, types)
              + "; allowed: "
              + String.join(", ", types));
    }
    ScriptedEvent.Type type = ScriptedEvent.Type.valueOf(typeText.toUpperCase(Locale.ROOT));
    Country actor = e.has("actor") ? country(e.get("actor"), path + ".actor") : null;
    if (type.needs(Field.ACTOR) && actor == null) {
      throw tree.error(path, type.missing(Field.ACTOR));
    }
    double coverage =
        !e.has("coverage_usd_bn")
            ? Double.NaN
            : "all".equals(e.get("coverage_usd_bn").asText())
                ? Double.POSITIVE_INFINITY
                : positive(e.get("coverage_usd_bn"), path + ".coverage_usd_bn", calibration);
    double implement =
        e.has("implement_usd_bn")
            ? positive(e.get("implement_usd_bn"), path + ".implement_usd_bn", calibration)
            : Double.NaN;
    double rate =
        e.has("rate_pct")
            ? rangeValue(e.get("rate_pct"), path + ".rate_pct", calibration, 0, 1000)
            : Double.NaN;
    String answers = e.has("answers") ? values.text(e, path, "answers") : null;
    if (answers != null && !type.may(Field.ANSWERS)) {
      throw tree.error(path + ".answers", "only a 'tariff' event can answer a rival's tranche");
    }
    if (type.needs(Field.RATE) && Double.isNaN(rate) && answers == null) {
      throw tree.error(path, type.missing(Field.RATE));
    }
    if ((type.needs(Field.COVERAGE)
            || (type.needs(Field.COVERAGE_UNLESS_LABELLED) && !e.has("label")))
        && Double.isNaN(coverage)
        && answers == null) {
      throw tree.error(path, type.missing(Field.COVERAGE));
    }
    LocalDate deadline =
        e.has("deadline") ? dateValue(e.get("deadline"), path + ".deadline", calibration) : null;
    if (deadline != null && deadline.isBefore(date)) {
      throw tree.error(
          path + ".deadline", "deadline " + deadline + " is before the event's date " + date);
    }
    Set<String> sectors =
        e.has("sectors") ? sectors(e.get("sectors"), path + ".sectors", actor) : null;
    TalkForm form = TalkForm.ROUND;
    if (e.has("form")) {
      List<String> forms =
          Arrays.stream(TalkForm.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
      String f = values.text(e, path, "form");
      if (!forms.contains(f)) {
        throw tree.error(
            path + ".form", "unknown form '" + f + "'; allowed: " + String.join(", ", forms));
      }
      form = TalkForm.parse(f);
    }
    String measure = null;
    if (type.needs(Field.MEASURE)) {
      List<String> measures =
          Arrays.stream(NonTariffMeasure.values()).map(NonTariffMeasure::key).toList();
      measure = e.has("measure") ? values.text(e, path, "measure") : null;
      if (measure == null || !measures.contains(measure)) {
        throw tree.error(
            path + ".measure",
            "a non_tariff event needs 'measure', one of "
                + String.join(", ", measures)
                + (measure == null
                    ? ""
                    : " (got '" + measure + "'" + NearestName.hint(measure, measures) + ")"));
      }
    }
    double share =
        e.has("share")
            ? rangeValue(e.get("share"), path + ".share", calibration, 0, 1)
            : Double.NaN;
    if (type.may(Field.PURCHASES) && e.has("purchases_usd_bn")) {
      coverage = positive(e.get("purchases_usd_bn"), path + ".purchases_usd_bn", calibration);
    }
    if (type.needs(Field.LABEL) && !e.has("label")) {
      throw tree.error(path, type.missing(Field.LABEL));
    }
    if (type.needs(Field.SHARE) && Double.isNaN(share)) {
      throw tree.error(path, type.missing(Field.SHARE));
    }
    if (e.has("place") && !type.may(Field.PLACE)) {
      throw tree.error(
          path + ".place", "only a 'talks' event has a 'place' (the city where the sides meet)");
    }
    if (type.needs(Field.TARGET) && !e.has("target")) {
      throw tree.error(path, type.missing(Field.TARGET));
    }
    return new EventSpec(
        date,
        type,
        actor,
        e.has("target") ? values.text(e, path, "target") : null,
        e.has("label") ? values.text(e, path, "label") : null,
        coverage,
        implement,
        rate,
        deadline,
        sectors,
        form,
        measure,
        share,
        e.has("stack") && values.bool(e.get("stack"), path + ".stack"),
        answers,
        e.has("note") ? values.text(e, path, "note") : null,
        e.has("place") ? values.text(e, path, "place") : null,
        e.has("source") ? values.text(e, path, "source") : null);
  }

  /**
   * A {@code cut} must name a tranche that can exist: one a {@code tariff} or {@code threat} event
   * of the same actor names, a tranche of the US ladder, or China's answer to one of those.
   */
  private void checkCutLabels(List<EventSpec> events, List<Integer> places) {
    Map<Country, Set<String>> known = new EnumMap<>(Country.class);
    known.put(Country.US, new LinkedHashSet<>(TradeWarModel.US_LADDER_LABELS));
    known.put(Country.CN, new LinkedHashSet<>());
    for (EventSpec e : events) {
      boolean names =
          e.type() == ScriptedEvent.Type.TARIFF || e.type() == ScriptedEvent.Type.THREAT;
      if (names && e.label() != null && e.actor() != null) {
        known.get(e.actor()).add(e.label());
      }
    }
    for (String us : List.copyOf(known.get(Country.US))) {
      known.get(Country.CN).addAll(TradeWarModel.answerLabels(us));
    }
    for (int i = 0; i < events.size(); i++) {
      EventSpec e = events.get(i);
      String path = "events." + places.get(i);
      if (e.type().needs(Field.LABEL) && !known.get(e.actor()).contains(e.label())) {
        List<String> allowed = List.copyOf(known.get(e.actor()));
        problems.add(
            tree.error(
                path + ".label",
                "no "
                    + e.actor()
                    + " tranche can be called '"
                    + e.label()
                    + "'"
                    + NearestName.hint(e.label(), allowed)
                    + "; allowed: "
                    + String.join(", ", allowed)));
      }
      if (e.answers() != null && !known.get(e.actor().rival()).contains(e.answers())) {
        List<String> allowed = List.copyOf(known.get(e.actor().rival()));
        problems.add(
            tree.error(
                path + ".answers",
                "no "
                    + e.actor().rival()
                    + " tranche can be called '"
                    + e.answers()
                    + "'"
                    + NearestName.hint(e.answers(), allowed)
                    + "; allowed: "
                    + String.join(", ", allowed)));
      }
    }
  }

  private Set<String> sectors(JsonNode v, String path, Country actor) {
    if (!v.isArray()) {
      throw tree.error(path, "expected a list of sector ids");
    }
    if (actor == null) {
      throw tree.error(path, "sectors need an 'actor': they are sectors of the actor's imports");
    }
    List<String> ids = BaselineTrade.of2017().importsOf(actor).stream().map(Sector::id).toList();
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String id = v.get(i).asText();
      if (!ids.contains(id)) {
        throw tree.error(
            path + "." + i,
            "unknown sector '"
                + id
                + "' for "
                + actor
                + " imports"
                + NearestName.hint(id, ids)
                + "; allowed: "
                + String.join(", ", ids));
      }
      out.add(id);
    }
    return out;
  }

  private Scenario.Outputs outputs(JsonNode root) {
    JsonNode o = root.get("outputs");
    if (o == null) {
      return new Scenario.Outputs(true, true, true, false);
    }
    values.object(o, "outputs");
    values.unknownKeys(o, "outputs", OUTPUT_KEYS).forEach(problems::add);
    return new Scenario.Outputs(
        !o.has("charts") || values.bool(o.get("charts"), "outputs.charts"),
        !o.has("report") || values.bool(o.get("report"), "outputs.report"),
        !o.has("sectors") || values.bool(o.get("sectors"), "outputs.sectors"),
        o.has("band") && band(o.get("band")));
  }

  /**
   * {@code band: runs} (5-95% of runs, the default) or {@code band: mean} (95% interval of the
   * mean).
   */
  private boolean band(JsonNode v) {
    String b = v.asText();
    if (!b.equals("runs") && !b.equals("mean")) {
      throw tree.error(
          "outputs.band",
          "expected 'runs' (shade 5-95% of runs) or 'mean' (shade the 95% "
              + "confidence band of the mean), got '"
              + b
              + "'");
    }
    return b.equals("mean");
  }

  // ------------------------------------------------------------------------------------------------
  // Typed values

  /**
   * The side a key names; empty for any other key (which the check of unknown keys has reported).
   */
  private static Optional<Country> side(String key) {
    return Arrays.stream(Country.values()).filter(c -> c.name().equals(key)).findFirst();
  }

  private double number(JsonNode v, String path, CalibrationLookup calibration) {
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual() && v.asText().startsWith(REF)) {
      String name = v.asText().substring(REF.length()).strip();
      Object value =
          calibration
              .value(name)
              .orElseThrow(
                  () ->
                      tree.error(
                          path,
                          "the calibration has no"
                              + " parameter '"
                              + name
                              + "'"
                              + NearestName.hint(name, calibration.names())));
      if (!(value instanceof Double d)) {
        throw tree.error(
            path, "calibration parameter '" + name + "' is '" + value + "', not a number");
      }
      return d;
    }
    throw tree.error(
        path,
        "expected a number (or 'calibration:NAME'"
            + (path.endsWith("coverage_usd_bn") ? ", or 'all'" : "")
            + "), got "
            + TreeValues.describe(v));
  }

  private double positive(JsonNode v, String path, CalibrationLookup calibration) {
    return rangeValue(v, path, calibration, 0, 100_000);
  }

  private double rangeValue(
      JsonNode v, String path, CalibrationLookup calibration, double min, double max) {
    return values.inRange(number(v, path, calibration), path, min, max);
  }

  private Country country(JsonNode v, String path) {
    String s = v.asText();
    try {
      return Country.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw tree.error(path, "unknown country '" + s + "'; allowed: US, CN");
    }
  }

  private LocalDate date(JsonNode v, String path) {
    return dateValue(v, path, null);
  }

  private LocalDate dateValue(JsonNode v, String path, CalibrationLookup calibration) {
    String s = v.asText().strip();
    if (s.startsWith(REF) && calibration != null) {
      String name = s.substring(REF.length()).strip();
      Object value =
          calibration
              .value(name)
              .orElseThrow(
                  () ->
                      tree.error(
                          path,
                          "the calibration has no"
                              + " parameter '"
                              + name
                              + "'"
                              + NearestName.hint(name, calibration.names())));
      LocalDate d = parseLooseDate(value.toString());
      if (d == null) {
        throw tree.error(
            path, "calibration parameter '" + name + "' is '" + value + "', not a date");
      }
      return d;
    }
    LocalDate d = parseLooseDate(s);
    if (d == null) {
      throw tree.error(
          path, "expected a date like 2018-05-17 (or a month, 2018-05), got '" + s + "'");
    }
    return d;
  }

  /** "2018-05-17", or a month "2018-05" (its first day). Null when neither. */
  static LocalDate parseLooseDate(String s) {
    try {
      if (s.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(s + "-01");
      }
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
