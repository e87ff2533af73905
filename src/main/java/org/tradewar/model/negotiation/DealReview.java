package org.tradewar.model.negotiation;

import java.util.Map;
import org.tradewar.vocabulary.Country;

/**
 * An implementation review of a deal in force: each side's support for it (the deal's worth to it
 * now, minus what it would hold out for now), and the side that breaks it, if any.
 */
public record DealReview(Map<Country, Double> support, Country breaker) {
  public DealReview {
    support = Map.copyOf(support);
  }
}
