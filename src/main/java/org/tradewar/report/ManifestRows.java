package org.tradewar.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The run's manifest for people: labels instead of dotted keys, dates in words. {@code
 * manifest.json} keeps its keys; a key this page does not know is labelled from its words.
 */
final class ManifestRows {
  private ManifestRows() {}

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("tool", "Tool"),
          Map.entry("version", "Version"),
          Map.entry("scenario.file", "Scenario file"),
          Map.entry("scenario.sha256", "Scenario file SHA-256"),
          Map.entry("scenario.name", "Scenario"),
          Map.entry("scenario.title", "Title"),
          Map.entry("scenario.description", "Description"),
          Map.entry("calibration.file", "Calibrated from"),
          Map.entry("calibration.sha256", "Calibration SHA-256"),
          Map.entry("seed", "Seed"),
          Map.entry("replications", "Replications"),
          Map.entry("weeks", "Weeks simulated"),
          Map.entry("start_date", "First week"),
          Map.entry("firms", "Importing firms (agents)"),
          Map.entry("band", "Band on the charts"),
          Map.entry("overrides", "Overrides"),
          Map.entry("command_line", "Command line"),
          Map.entry("started_at", "Started"),
          Map.entry("wall_time_seconds", "Wall time, seconds"));
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /**
   * Label to value, in the manifest's order. Left out: when the run started and how long it took
   * (so that the same run gives the same page on any machine; {@code manifest.json} has them) and
   * each negotiator's settings (the compare page sets them side by side).
   */
  static Map<String, String> of(Map<String, String> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (!k.equals("started_at")
              && !k.equals("wall_time_seconds")
              && !k.startsWith("negotiators.")) {
            out.put(label(k), value(k, v));
          }
        });
    return out;
  }

  static String label(String key) {
    String known = LABELS.get(key);
    if (known != null) {
      return known;
    }
    if (key.startsWith("strategies.")) {
      return "Strategy of " + (key.endsWith(".US") ? "the US" : "China");
    }
    if (key.startsWith("scripted_events.")) {
      return "Scripted '" + key.substring("scripted_events.".length()) + "' events";
    }
    if (key.startsWith("overrides.")) {
      return "Override of "
          + key.substring("overrides.".length()); // a parameter key, as --set takes it
    }
    String words = key.replaceAll("[._]+", " ").strip();
    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String value(String key, String v) {
    if (key.equals("started_at")) {
      try {
        return STARTED.format(Instant.parse(v));
      } catch (DateTimeParseException e) {
        return v;
      }
    }
    return key.endsWith("date") ? ReadableDates.iso(v) : v;
  }
}
