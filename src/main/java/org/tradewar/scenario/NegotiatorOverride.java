package org.tradewar.scenario;

import org.tradewar.model.negotiation.Strategy;

/**
 * What a scenario changes about one negotiator; null fields keep the calibration's or the role's
 * value. A negotiator the articles do not name can be added with a name and a role.
 */
public record NegotiatorOverride(
    String name,
    String role,
    Strategy strategy,
    Double hawkishness,
    Double influence,
    Double patienceWeeks,
    Boolean onDelegation) {}
