package org.tradewar.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.io.BadInputException;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/**
 * Builds the negotiators of a run from the calibration's roster, the role parameters and the
 * scenario's changes. Rebuilt whenever parameters change (an override of {@code roles.*} or {@code
 * negotiators.patience_weeks} must reach the negotiators).
 */
final class RosterBuilder {
  private RosterBuilder() {}

  /**
   * Makes the error for a scenario key (the loader names file and line; overrides name the key).
   */
  interface Errors {
    BadInputException at(String path, String message);
  }

  /**
   * The roster: every official the calibration names with a negotiating role, given the numbers of
   * that role (hardliners more hawkish; officials left off the delegation keep little influence),
   * then the scenario's changes.
   */
  static List<NegotiatorProfile> build(
      CalibrationLookup calibration,
      ParameterSet p,
      Map<Country, Strategy> strategies,
      Map<String, NegotiatorOverride> overrides,
      Errors errors) {
    Map<String, NegotiatorProfile> roster = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (String name : calibration.names()) {
      String[] parts = name.split("\\.");
      if (parts.length == 4 && parts[0].equals("roster") && parts[3].equals("role")) {
        keys.add(parts[1] + "." + parts[2]);
      }
    }
    for (String key : overrides.keySet()) {
      keys.add(key);
    }
    for (String key : keys) {
      String[] cs = key.split("\\.");
      Country c = Country.valueOf(cs[0]);
      String prefix = "roster." + key + ".";
      NegotiatorOverride o = overrides.get(key);
      String role =
          o != null && o.role() != null
              ? o.role()
              : calibration.value(prefix + "role").map(Object::toString).orElse(null);
      String name =
          o != null && o.name() != null
              ? o.name()
              : calibration.value(prefix + "name").map(Object::toString).orElse(cs[1]);
      String where = "negotiators." + key;
      if (role == null) {
        throw errors.at(
            where,
            "'"
                + cs[1]
                + "' is not in the calibration's roster; a new negotiator needs"
                + " a name and a role (one of "
                + String.join(", ", ParameterCatalog.NEGOTIATING_ROLES)
                + ")");
      }
      if (!ParameterCatalog.NEGOTIATING_ROLES.contains(role)) {
        if (o != null && o.role() != null) {
          throw errors.at(
              where + ".role",
              "unknown role '"
                  + role
                  + "'; allowed: "
                  + String.join(", ", ParameterCatalog.NEGOTIATING_ROLES));
        }
        continue; // spokespeople and press secretaries speak for a side but do not negotiate
      }
      boolean hardliner =
          calibration
              .value(prefix + "hardliner")
              .map(v -> v instanceof Double d && d >= 0.5)
              .orElse(false);
      boolean leads =
          calibration
              .value(prefix + "leads_delegation")
              .map(v -> v instanceof Double d && d >= 0.5)
              .orElse(false);
      boolean onDelegation =
          calibration
              .value(prefix + "on_delegation")
              .map(v -> !(v instanceof Double d) || d >= 0.5)
              .orElse(true);
      double hawk =
          hardliner
              ? p.get("roles.hardliner_hawkishness")
              : p.get("roles." + role + ".hawkishness");
      double influence = p.get("roles." + role + ".influence");
      double patience = p.get("negotiators.patience_weeks");
      Strategy strategy = strategies.get(c);
      if (o != null) {
        onDelegation = o.onDelegation() != null ? o.onDelegation() : onDelegation;
        hawk = o.hawkishness() != null ? o.hawkishness() : hawk;
        influence = o.influence() != null ? o.influence() : influence;
        patience = o.patienceWeeks() != null ? o.patienceWeeks() : patience;
        strategy = o.strategy() != null ? o.strategy() : strategy;
      }
      // A head of state is rarely "on the delegation" but decides all the same; anyone else the
      // articles leave off (or never place on) the delegation keeps only a little influence.
      boolean head = role.equals("head_of_state");
      if (!onDelegation && !head && (o == null || o.influence() == null)) {
        influence *= p.get("roles.excluded_influence_factor");
      }
      roster.put(
          key,
          new NegotiatorProfile(
              cs[1],
              name,
              c,
              role,
              hawk,
              influence,
              patience,
              strategy,
              head,
              role.equals("lead_negotiator") || leads,
              onDelegation && !head));
    }
    for (Country c : Country.values()) {
      if (roster.values().stream().noneMatch(n -> n.country() == c)) {
        throw errors.at(
            "negotiators",
            "no negotiator for "
                + c
                + ": the calibration names none and the"
                + " scenario adds none");
      }
    }
    return markLeads(new ArrayList<>(roster.values()));
  }

  /** Where the articles name no lead negotiator, the most influential non-head speaks. */
  private static List<NegotiatorProfile> markLeads(List<NegotiatorProfile> roster) {
    List<NegotiatorProfile> out = new ArrayList<>(roster);
    for (Country c : Country.values()) {
      if (out.stream().anyMatch(n -> n.country() == c && n.lead())) {
        continue;
      }
      NegotiatorProfile best = null;
      for (NegotiatorProfile n : out) {
        if (n.country() == c
            && !n.headOfState()
            && (best == null || n.influence() > best.influence())) {
          best = n;
        }
      }
      if (best != null) {
        NegotiatorProfile b = best;
        out.set(
            out.indexOf(b),
            new NegotiatorProfile(
                b.slug(),
                b.name(),
                b.country(),
                b.role(),
                b.hawkishness(),
                b.influence(),
                b.patienceWeeks(),
                b.strategy(),
                b.headOfState(),
                true,
                true));
      }
    }
    return out;
  }
}
