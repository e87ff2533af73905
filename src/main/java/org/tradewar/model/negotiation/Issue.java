package org.tradewar.model.negotiation;

/**
 * The issues on the table, as the articles list them ("intellectual property, forced technology
 * transfer, non-tariff barriers, agriculture, services, the trade deficit and enforcement",
 * seeds/002), plus the tariffs themselves. For every issue but {@link #TARIFFS}, an offer's value is
 * how far China meets the US demand (0 not at all, 1 fully); for {@code TARIFFS} it is the share of
 * trade-war tariffs both sides roll back.
 */
public enum Issue {
  INTELLECTUAL_PROPERTY("intellectual property"),
  TECHNOLOGY_TRANSFER("forced technology transfer"),
  NON_TARIFF_BARRIERS("non-tariff barriers"),
  AGRICULTURE("agriculture"),
  SERVICES("services"),
  TRADE_DEFICIT("the trade deficit (purchases)"),
  ENFORCEMENT("enforcement"),
  TARIFFS("tariff roll-back");

  private final String label;

  Issue(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for the issues on which the US makes demands of China. */
  public boolean usDemand() {
    return this != TARIFFS;
  }
}
