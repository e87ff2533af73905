package org.tradewar.model;

import java.time.LocalDate;

/**
 * One dated line of the transcript: who did what to whom, with the coverage and rate where they apply
 * (NaN otherwise), and the sentence a student reads.
 */
public record TimelineEvent(int week, LocalDate date, Country actor, String target, EventKind kind,
    double coverageUsdBn, double ratePct, String text) {}
