package org.tradewar.model.negotiation;

import java.util.Locale;

/**
 * The structural demands on the table, as the articles list them ("intellectual property, forced
 * technology transfer, non-tariff barriers, agriculture, services, the trade deficit and
 * enforcement", seeds/002). On each, China is the side that gives: a term is how far China meets
 * the US demand (0 not at all, 1 fully). Tariffs are not an issue of their own: each tranche and
 * each threat is an {@link AgendaItem} valued by the tariff it carries.
 */
public enum Issue {
  INTELLECTUAL_PROPERTY("intellectual property"),
  TECHNOLOGY_TRANSFER("forced technology transfer"),
  NON_TARIFF_BARRIERS("non-tariff barriers"),
  AGRICULTURE("agriculture"),
  SERVICES("services"),
  TRADE_DEFICIT("the trade deficit (purchases)"),
  ENFORCEMENT("enforcement");

  private final String label;

  Issue(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The spelling used in parameter paths and scenario files: intellectual_property, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
