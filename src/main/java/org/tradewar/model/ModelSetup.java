package org.tradewar.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/**
 * Everything a run is built from, besides its seed: building a model is a pure function of (setup,
 * seed). {@code autonomousFrom} is, per country, the first week its government escalates on its own
 * (scenarios that script a country's moves set it late); {@code purchaseDeadlineWeek} is when
 * purchase commitments fall due (the articles' "by the end of 2020").
 */
public record ModelSetup(
    LocalDate start,
    int weeks,
    ParameterSet parameters,
    List<NegotiatorProfile> roster,
    List<ScriptedEvent> events,
    Map<Country, Integer> autonomousFrom,
    int purchaseDeadlineWeek,
    BaselineTrade baseline) {

  public ModelSetup {
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be positive");
    }
    roster = List.copyOf(roster);
    events = List.copyOf(events);
    autonomousFrom = Map.copyOf(autonomousFrom);
  }
}
