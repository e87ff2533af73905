/**
 * Estimating behaviour from the articles' patterns (docs/fit.md): the statistic of a run that
 * measures each pattern ({@link org.tradewar.fit.PatternStatistics}), the distance of a candidate's
 * runs to the patterns ({@link org.tradewar.fit.FitObjective}, {@link
 * org.tradewar.fit.Evaluation}), the bounded CMA-ES search with its resumable log ({@link
 * org.tradewar.fit.Fit}, {@link org.tradewar.fit.EvaluationLog}), the fit folder ({@link
 * org.tradewar.fit.FitWriter}), and how often a scenario meets the patterns ({@link
 * org.tradewar.fit.PatternCheck}).
 *
 * <p>Start with {@link org.tradewar.fit.Fit} (the search, as {@code tradewar fit} runs it), then
 * {@link org.tradewar.fit.FitObjective} for what it minimises.
 */
package org.tradewar.fit;
