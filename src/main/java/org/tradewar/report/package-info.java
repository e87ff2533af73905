/**
 * Self-contained HTML pages: {@link org.tradewar.report.RunReport} ({@code report.html} of a run:
 * title and description, summary, every chart, the transcript as a timeline, the parameters with
 * their provenance) and {@link org.tradewar.report.Comparison} (several runs overlaid for a class).
 * Pages open offline: styles inline, charts embedded as data URIs, no scripts, no external links.
 * Every text that comes from a scenario, an article or a run table passes through {@link
 * org.tradewar.report.Html#escape(String)}.
 *
 * <p>Start with {@link org.tradewar.report.RunReport}; its sections are the other classes ({@link
 * org.tradewar.report.SummaryRows}, {@link org.tradewar.report.TranscriptTimeline}, {@link
 * org.tradewar.report.ParameterTable}, ...).
 */
package org.tradewar.report;
