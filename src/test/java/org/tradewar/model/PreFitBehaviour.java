package org.tradewar.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The behavioural values the catalog had before the shipped fit estimated them (scenarios/fits/
 * behaviour.yaml, each parameter's 'start'). With them deals come within three years, so tests of
 * the mechanics of deals (terms applied, reviews, broken deals, purchases) set them: they test what
 * a deal does, not whether the estimated behaviour makes one.
 */
public final class PreFitBehaviour {
  private PreFitBehaviour() {}

  public static final Map<String, Double> VALUES =
      Map.of(
          "negotiation.reservation_premium", 0.4,
          "negotiation.reservation_pain_weight", 0.15,
          "stance.pain_sensitivity", 0.1,
          "negotiation.walk_away_stance", 0.75,
          "government.truce_threshold", 0.5,
          "talks.resume_stance", 0.6,
          "moves.reneging", 1.0);

  /** The same, as the text overrides {@code Scenario.withOverrides} takes. */
  public static Map<String, String> overrides() {
    Map<String, String> out = new LinkedHashMap<>();
    VALUES.forEach((k, v) -> out.put(k, Double.toString(v)));
    return out;
  }
}
