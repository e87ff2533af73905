/**
 * The economy of one run, as plain Java: each importer's market ({@link
 * org.tradewar.model.economy.ImportMarket}) with its firms, tariff tranches ({@link
 * org.tradewar.model.economy.Tranche}), weekly flows and accounts ({@link
 * org.tradewar.model.economy.WeeklyAccounts}), from the 2017 baseline ({@link
 * org.tradewar.model.economy.BaselineTrade}).
 */
package org.tradewar.model.economy;
