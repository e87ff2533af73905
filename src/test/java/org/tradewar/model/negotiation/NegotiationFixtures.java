package org.tradewar.model.negotiation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/** Shared builders for the negotiation tests: catalog defaults, agendas and small delegations. */
final class NegotiationFixtures {
  /** 2017 imports from the rival, USD bn (the brief's baseline). */
  /** One percent of each side's 2017 GDP, USD bn: the unit in which it weighs duties. */
  static final Map<Country, Double> IMPORTS = Map.of(Country.US, 193.9, Country.CN, 122.4);

  /**
   * Catalog defaults, with the behaviour as it was before the shipped fit ({@link
   * org.tradewar.model.PreFitBehaviour}): the hand-worked numbers of these tests use it. Calibrated
   * parameters (tariff coverages, cadence...) have no default; the negotiation core reads none of
   * them, so they are filled with a placeholder.
   */
  static final ParameterSet DEFAULTS = withOverrides(Map.of());

  static final IssueWeights WEIGHTS = IssueWeights.of(DEFAULTS);
  static final NegotiationParameters NP = NegotiationParameters.of(DEFAULTS);
  static final StanceParameters SP = StanceParameters.of(DEFAULTS);

  private NegotiationFixtures() {}

  /** Those defaults with some parameters overridden. */
  static ParameterSet withOverrides(Map<String, Double> overrides) {
    Map<String, Double> all =
        new java.util.LinkedHashMap<>(org.tradewar.model.PreFitBehaviour.VALUES);
    all.putAll(overrides);
    return ParameterSet.resolve(
        ParameterCatalog.standard(),
        name -> OptionalDouble.of(1.0),
        all,
        IllegalStateException::new);
  }

  /** Default issue weights with another rate step and curvature. */
  static IssueWeights weights(double rateStepPct, double rho) {
    return IssueWeights.of(
        withOverrides(
            Map.of(
                "negotiation.rate_step_pct", rateStepPct, "negotiation.utility_curvature", rho)));
  }

  static List<AgendaItem> allDemands() {
    List<AgendaItem> items = new ArrayList<>();
    for (Issue i : Issue.values()) {
      items.add(AgendaItem.demand(i));
    }
    return items;
  }

  /** All seven demands plus a US and a Chinese tranche in force. */
  static List<AgendaItem> demandsAndTwoTranches() {
    List<AgendaItem> items = allDemands();
    items.add(AgendaItem.tranche(Country.US, "first list", 50, 25));
    items.add(AgendaItem.tranche(Country.CN, "retaliation list", 50, 25));
    return items;
  }

  static Agenda agenda(List<AgendaItem> items) {
    return WEIGHTS.agenda(items, IMPORTS);
  }

  static Agenda demandsOnly() {
    return agenda(allDemands());
  }

  static Agenda withTranches() {
    return agenda(demandsAndTwoTranches());
  }

  static Negotiator negotiator(
      Country c,
      String slug,
      double hawkishness,
      double influence,
      Strategy strategy,
      boolean head,
      boolean lead) {
    return new Negotiator(
        new NegotiatorProfile(
            slug,
            slug,
            c,
            "lead_negotiator",
            hawkishness,
            influence,
            26,
            strategy,
            head,
            lead,
            !head));
  }

  /** A one-member delegation whose stance is {@code stance}. */
  static Delegation single(Country c, double stance, Strategy strategy) {
    return new Delegation(
        c, List.of(negotiator(c, c + "-lead", stance, 1.0, strategy, false, true)), 0.3, SP);
  }

  static Delegation single(Country c, double stance) {
    return single(c, stance, Strategy.TIT_FOR_TAT);
  }

  static Map<Country, Delegation> pair(Delegation us, Delegation cn) {
    Map<Country, Delegation> m = new EnumMap<>(Country.class);
    m.put(Country.US, us);
    m.put(Country.CN, cn);
    return m;
  }

  static Map<Country, Double> pain(double us, double cn) {
    Map<Country, Double> m = new EnumMap<>(Country.class);
    m.put(Country.US, us);
    m.put(Country.CN, cn);
    return m;
  }

  static NegotiationTable.Meeting meeting(
      int week,
      TalkForm form,
      Agenda agenda,
      Map<Country, Delegation> delegations,
      Map<Country, Double> pain,
      int deadlineWeek,
      Country opener) {
    return new NegotiationTable.Meeting(
        week, form, agenda, delegations, pain, deadlineWeek, opener);
  }

  static double[] terms(Terms t) {
    double[] x = new double[t.agenda().size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = t.term(k);
    }
    return x;
  }
}
