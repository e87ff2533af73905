package org.tradewar.sweep;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a sweep: the file stem it is saved under in {@code charts/}, the metric it shows
 * (its index in the manifest, -1 for none), a caption for the report saying what the lines, bands
 * or colours are, and the chart itself.
 */
record SweepChart(String stem, int metric, String caption, JFreeChart chart) {}
