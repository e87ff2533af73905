package org.tradewar.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.output.ParameterRow;
import org.tradewar.output.RunTables;

/**
 * What differs between the inputs of several runs: run settings, strategies, negotiators, scripted
 * events and parameter values, each shown only where at least two runs disagree, so a class sees at
 * a glance what was changed to make the paths part.
 */
final class InputDifferences {
  private InputDifferences() {}

  /** One input that differs: what it is, its unit, and its value in each run ("" when absent). */
  record Row(String group, String label, String unit, List<String> values) {}

  private static final Map<String, String> SETTINGS = settings();

  private static Map<String, String> settings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("seed", "Seed");
    m.put("replications", "Replications");
    m.put("start_date", "Start");
    m.put("weeks", "Weeks");
    m.put("firms", "Importing firms");
    m.put("calibration.file", "Calibration");
    m.put("behaviour_from.file", "Behaviour drawn from");
    m.put("strategies.US", "Strategy of the US");
    m.put("strategies.CN", "Strategy of China");
    return m;
  }

  private static final Map<String, String> NEGOTIATOR_FIELDS =
      Map.of(
          "strategy",
          "strategy",
          "hawkishness",
          "hawkishness (0 dove, 1 hawk)",
          "influence",
          "influence",
          "patience_weeks",
          "patience (weeks)",
          "lead",
          "leads the side",
          "at_table",
          "at the table",
          "role",
          "role");

  static List<Row> of(List<RunTables> runs) {
    List<Row> out = new ArrayList<>();
    SETTINGS.forEach(
        (field, label) -> add(out, "Run", label, "", runs, r -> words(r.manifest().field(field))));
    for (String key : keysWith(runs, "negotiators.", ".name")) {
      String name =
          runs.stream()
              .map(r -> r.manifest().field(key + ".name"))
              .filter(n -> !n.isEmpty())
              .findFirst()
              .orElse(key);
      String side = key.split("\\.")[1].equals("US") ? "US" : "China";
      String country = key.split("\\.")[1];
      // A negotiator's strategy is news only where it is not the side's strategy in that run.
      if (runs.stream()
          .anyMatch(
              r ->
                  !r.manifest()
                      .field(key + ".strategy")
                      .equals(r.manifest().field("strategies." + country)))) {
        add(
            out,
            "Negotiators",
            name + " (" + side + "): strategy",
            "",
            runs,
            r -> words(r.manifest().field(key + ".strategy")));
      }
      for (String f :
          List.of("hawkishness", "influence", "patience_weeks", "lead", "at_table", "role")) {
        add(
            out,
            "Negotiators",
            name + " (" + side + "): " + NEGOTIATOR_FIELDS.get(f),
            "",
            runs,
            r -> words(r.manifest().field(key + "." + f)));
      }
    }
    Set<String> types = new LinkedHashSet<>();
    for (RunTables r : runs) {
      for (String f : r.manifest().fields().keySet()) {
        if (f.startsWith("scripted_events.")) {
          types.add(f.substring("scripted_events.".length()));
        }
      }
    }
    for (String t : types) {
      add(
          out,
          "Scripted events",
          "'" + t + "' events",
          "count",
          runs,
          r ->
              r.manifest().field("scripted_events." + t).isEmpty()
                      && !r.manifest().fields().isEmpty()
                  ? "0"
                  : r.manifest().field("scripted_events." + t));
    }
    Map<String, ParameterRow> first = new LinkedHashMap<>();
    for (RunTables r : runs) {
      for (ParameterRow p : r.parameters()) {
        first.putIfAbsent(p.path(), p);
      }
    }
    for (ParameterRow p : first.values()) {
      // The meaning first, the path after it: a reader sees what it is, a modeller what to --set.
      String label =
          p.description().isEmpty() ? p.path() : capital(p.description()) + " (" + p.path() + ")";
      add(out, "Parameters", label, p.unit(), runs, r -> valueOf(r, p.path()));
    }
    return out;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A key such as "generous_tit_for_tat" as words; numbers and paths as they are. */
  private static String words(String value) {
    return value.matches("[a-z]+(_[a-z]+)+") ? value.replace('_', ' ') : value;
  }

  private static Set<String> keysWith(List<RunTables> runs, String prefix, String suffix) {
    Set<String> keys = new LinkedHashSet<>();
    for (RunTables r : runs) {
      for (String f : r.manifest().fields().keySet()) {
        if (f.startsWith(prefix) && f.endsWith(suffix)) {
          keys.add(f.substring(0, f.length() - suffix.length()));
        }
      }
    }
    return keys;
  }

  private static String valueOf(RunTables r, String path) {
    for (ParameterRow p : r.parameters()) {
      if (p.path().equals(path)) {
        return p.value();
      }
    }
    return "";
  }

  private static void add(
      List<Row> out,
      String group,
      String label,
      String unit,
      List<RunTables> runs,
      java.util.function.Function<RunTables, String> value) {
    List<String> values = runs.stream().map(value).toList();
    if (values.stream().distinct().count() > 1) {
      out.add(new Row(group, label, unit, values));
    }
  }
}
