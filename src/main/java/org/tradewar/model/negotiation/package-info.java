/**
 * The negotiation table, as plain Java (no MASON): what the model's {@code Negotiations} protocol
 * runs each meeting. Read in this order:
 *
 * <ol>
 *   <li>{@link org.tradewar.model.negotiation.AgendaItem}, {@link
 *       org.tradewar.model.negotiation.Issue}: what can be traded (the US demands, and each tranche
 *       in force and each pending threat).
 *   <li>{@link org.tradewar.model.negotiation.IssueWeights} and {@link
 *       org.tradewar.model.negotiation.Agenda}: how much each side cares about each item, the
 *       concave utilities, and the trade-off offer that reaches a target at least cost to the
 *       rival.
 *   <li>{@link org.tradewar.model.negotiation.Terms}: an offer or an agreement, item by item, with
 *       tariff rates in whole steps.
 *   <li>{@link org.tradewar.model.negotiation.ConcessionTactic}: what a side asks for as time
 *       presses (Faratin et al. 1998).
 *   <li>{@link org.tradewar.model.negotiation.Negotiator} and {@link
 *       org.tradewar.model.negotiation.Delegation}: stances, grievances, beliefs and influence.
 *   <li>{@link org.tradewar.model.negotiation.NegotiationTable}: one meeting (alternating offers,
 *       acceptance, progress, reneging, walk-outs) and implementation reviews of a deal, returning
 *       structured records ({@link org.tradewar.model.negotiation.RoundResult}, {@link
 *       org.tradewar.model.negotiation.OfferRecord}, {@link
 *       org.tradewar.model.negotiation.DealReview}).
 * </ol>
 *
 * Every number comes from the parameter catalog through {@link
 * org.tradewar.model.negotiation.NegotiationParameters} and {@link
 * org.tradewar.model.negotiation.StanceParameters}.
 */
package org.tradewar.model.negotiation;
