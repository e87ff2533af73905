/**
 * Charts of one run or of several, drawn with JFreeChart 1.5 from the datasets of {@link
 * org.tradewar.output} (never from the live model). One small class per chart kind ({@link
 * org.tradewar.chart.TradeVolumeChart}, {@link org.tradewar.chart.TariffChart}, {@link
 * org.tradewar.chart.EscalationTimelineChart}, {@link org.tradewar.chart.SourcingChart}, {@link
 * org.tradewar.chart.WelfareChart}, {@link org.tradewar.chart.CompareChart}); the look shared by
 * all of them (palette, fonts, strokes, date axis) in {@link org.tradewar.chart.ChartTheme}; PNG
 * and SVG export in {@link org.tradewar.chart.ChartFiles}, the SVG through {@link
 * org.tradewar.chart.SvgGraphics2D} (our own writer: JFreeSVG is GPL, docs/licenses.md); {@link
 * org.tradewar.chart.RunCharts} writes the set of a run folder.
 *
 * <p>Colours: the United States is always dark navy with a solid line, China always orange with a
 * line marked by squares, so the two stay apart in greyscale print; baselines are dashed, bands of
 * replications translucent.
 *
 * <p>Start with {@link org.tradewar.chart.RunCharts} (which charts a run gets), then one chart
 * class, {@link org.tradewar.chart.TariffChart} being a short one, and {@link
 * org.tradewar.chart.ChartTheme} (docs/charts.md shows them all).
 */
package org.tradewar.chart;
