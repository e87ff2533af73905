package org.tradewar.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSpec;

/**
 * What people call a swept parameter and its unit, for chart titles, axes and the sweep report: the
 * catalog gives every parameter a unit, range and source, but its description is a sentence
 * ("elasticity of substitution between the rival's goods and other foreign goods, short run
 * (...)"), too long for an axis. Parameters that sweeps commonly vary have a short name here; the
 * others take the start of their description when it is a short noun phrase, else their path in
 * words, so no chart shows a dotted key.
 */
public final class ParameterNames {
  private ParameterNames() {}

  /** A parameter's short name, unit ("" when none) and its catalog entry, if it has one. */
  public record Label(String name, String unit, Optional<ParameterSpec> spec) {
    /** "Name (unit)", or the name alone. */
    public String withUnit() {
      return unit.isEmpty() ? name : name + " (" + unit + ")";
    }
  }

  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("economy.elasticity", "Short-run elasticity of substitution"),
          Map.entry("economy.elasticity_long_run", "Long-run elasticity of substitution"),
          Map.entry("economy.home_elasticity_ratio", "Home-to-foreign elasticity ratio"),
          Map.entry("economy.pass_through", "Tariff pass-through"),
          Map.entry("economy.short_run_weeks", "Short-run adjustment time"),
          Map.entry("economy.long_run_weeks", "Long-run adjustment time"),
          Map.entry("firms.count", "Number of firms"),
          Map.entry("firms.switching_cost.median_pct", "Median switching cost"),
          Map.entry("firms.planning_horizon_weeks", "Firms' planning horizon"),
          Map.entry("expectations.prior_weeks", "Expected persistence of a new tariff"),
          Map.entry("government.retaliate_threshold", "Retaliation threshold"),
          Map.entry("government.threat_threshold", "Escalation threshold"),
          Map.entry("government.implement_threshold", "Threat implementation threshold"),
          Map.entry("government.truce_threshold", "Truce threshold"),
          Map.entry("government.threat_lead_weeks", "Time from threat to deadline"),
          Map.entry("negotiators.patience_weeks", "Negotiators' patience"),
          Map.entry("stance.reciprocity", "Reciprocity"),
          Map.entry("stance.forgiveness", "Forgiveness"),
          Map.entry("stance.pain_sensitivity", "Sensitivity of stances to pain"),
          Map.entry("stance.noise", "Stance noise"),
          Map.entry("stance.deadline_pressure", "Deadline pressure"),
          Map.entry("delegation.hawk_influence_gain", "Shift of influence to hawks"),
          Map.entry("negotiation.reservation_premium", "Reservation premium"),
          Map.entry("negotiation.reservation_stance_weight", "Weight of stance on the reservation"),
          Map.entry("negotiation.reservation_pain_weight", "Weight of pain on the reservation"),
          Map.entry("negotiation.audience_cost", "Audience cost"),
          Map.entry("negotiation.utility_curvature", "Utility curvature"),
          Map.entry("negotiation.walk_away_stance", "Walk-away stance"),
          Map.entry("negotiation.offers_per_round", "Offers per round"),
          Map.entry("talks.cadence_weeks", "Weeks between talk rounds"),
          Map.entry("purchases.capacity_multiple", "Purchase capacity"),
          Map.entry("negotiation.initial_concession", "Initial concession"),
          Map.entry("cn.retaliation_ratio", "China's retaliation ratio"));

  private static final int MAX_PHRASE = 48;
  private static final java.util.regex.Pattern SECTOR =
      java.util.regex.Pattern.compile(
          "economy\\.sector\\.(US|CN)\\.([a-z_]+)\\.elasticity(_long_run)?");

  /** The label of the parameter at {@code path}. */
  public static Label of(String path) {
    Optional<ParameterSpec> spec = ParameterCatalog.standard().find(path);
    String unit = spec.map(ParameterSpec::unit).orElse("");
    String name = SHORT.get(path);
    java.util.regex.Matcher sector = SECTOR.matcher(path);
    if (name == null && sector.matches()) {
      name =
          (sector.group(3) == null ? "Short-run" : "Long-run")
              + " elasticity, "
              + ("US".equals(sector.group(1)) ? "US" : "China's")
              + " imports of "
              + sector.group(2).replace('_', ' ');
    }
    if (name == null && path.startsWith("moves.")) {
      name = "Weight of " + path.substring("moves.".length()).replace('_', ' ') + " as a move";
    }
    if (name == null) {
      name = spec.map(s -> phrase(s.description())).orElse(null);
    }
    if (name == null) {
      name = words(path);
    }
    return new Label(name, unit, spec);
  }

  /**
   * The description up to its first clause break, when that is a short noun phrase ("time between a
   * threat and its deadline"); null for sentences ("how far ...", "1: ...").
   */
  static String phrase(String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String d = description.strip();
    int cut = d.length();
    for (String stop : new String[] {",", ";", ":", " ("}) {
      int i = d.indexOf(stop);
      if (i > 0) {
        cut = Math.min(cut, i);
      }
    }
    String p = d.substring(0, cut).strip();
    String lower = p.toLowerCase(Locale.ROOT);
    boolean sentence =
        lower.startsWith("how ")
            || lower.startsWith("a ")
            || lower.startsWith("an ")
            || lower.startsWith("after ")
            || lower.contains(" this")
            || Character.isDigit(p.charAt(0))
            || p.contains("...");
    if (p.length() > MAX_PHRASE || !p.contains(" ") || sentence) {
      return null;
    }
    return capitalise(p);
  }

  /**
   * "government.threat_lead_weeks" to "Threat lead weeks (government)",
   * "economy.prewar_tariff_pct.US" to "Prewar tariff, US (economy)": the unit, shown beside the
   * name, is not repeated in it.
   */
  static String words(String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return path.replace('_', ' ');
    }
    String group = path.substring(0, dot).replace('_', ' ');
    List<String> parts = new java.util.ArrayList<>();
    for (String part : path.substring(dot + 1).split("\\.")) {
      String w = part.replaceAll("_(pct|usd_bn)$", "").replace('_', ' ');
      parts.add("CN".equals(w) ? "China" : w);
    }
    return capitalise(String.join(", ", parts)) + " (" + group + ")";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
