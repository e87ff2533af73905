package org.tradewar.model.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradewar.vocabulary.Country;

class DelegationSpeakersTest {
  private static Negotiator member(
      String name, double influence, boolean head, boolean lead, boolean atTable) {
    return new Negotiator(
        new NegotiatorProfile(
            name,
            name,
            Country.US,
            "treasury",
            0.5,
            influence,
            26,
            Strategy.TIT_FOR_TAT,
            head,
            lead,
            atTable));
  }

  @Test
  void theLeadOpensAndTheOthersAtTheTableFollowMostInfluentialFirst() {
    Delegation d =
        new Delegation(
            Country.US,
            List.of(
                member("Trump", 5, true, false, false),
                member("Ross", 0.1, false, false, true),
                member("Navarro", 3, false, false, false),
                member("Mnuchin", 0.2, false, true, true),
                member("Lighthizer", 0.3, false, false, true)),
            0.3,
            NegotiationFixtures.SP);
    assertEquals(
        List.of("Mnuchin", "Lighthizer", "Ross"),
        d.speakers().stream().map(n -> n.profile().name()).toList(),
        "the head of state and those kept off the delegation do not speak at rounds");
  }
}
