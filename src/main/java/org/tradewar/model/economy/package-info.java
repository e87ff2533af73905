/**
 * The economy of one run, as plain Java: each importer's market ({@link
 * org.tradewar.model.economy.ImportMarket}) with its firms, tariff tranches ({@link
 * org.tradewar.model.economy.Tranche}), the two-level CES demand of each sector ({@link
 * org.tradewar.model.economy.NestedCes}), weekly flows and accounts ({@link
 * org.tradewar.model.economy.WeeklyAccounts}), from the 2017 baseline ({@link
 * org.tradewar.model.economy.BaselineTrade}) grown at the pre-war trend ({@link
 * org.tradewar.model.economy.BaselineGrowth}).
 *
 * <p>Start with {@link org.tradewar.model.economy.ImportMarket}: {@code stepFirms} (each firm's
 * sourcing decision) and {@code stepFlows} (the week's flows and welfare accounts) are the two
 * calls the model makes each week.
 */
package org.tradewar.model.economy;
