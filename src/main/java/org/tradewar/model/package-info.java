/**
 * The MASON model of one run. {@link org.tradewar.model.TradeWarModel} (the {@code SimState}) owns
 * all state, the one random generator and the schedule; the {@code *Agent} classes are thin {@code
 * Steppable}s in the weekly order of docs/model.md section 1.3 (events, negotiators, talks,
 * governments, firms, accounts, recorders). Read next:
 *
 * <ul>
 *   <li>{@link org.tradewar.model.Negotiations}: the negotiation protocol in one place (the accord
 *       in force and its transitions, meetings and reviews, deals, purchases, breaks), on the table
 *       of {@code model.negotiation};
 *   <li>{@link org.tradewar.model.Government}: the escalation ladder and reciprocity;
 *   <li>{@link org.tradewar.model.AccountsAgent}: the pain index that feeds back into the talks;
 *   <li>{@code model.economy}: import markets, firms and accounts; {@code model.params}: the
 *       parameter catalog.
 * </ul>
 *
 * The model never imports output, chart, scenario or CLI code.
 */
package org.tradewar.model;
