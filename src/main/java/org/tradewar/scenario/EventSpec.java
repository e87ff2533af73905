package org.tradewar.scenario;

import java.time.LocalDate;
import java.util.Set;
import org.tradewar.model.ScriptedEvent;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.vocabulary.Country;

/**
 * An exogenous event as the scenario file states it, with references to the calibration already
 * resolved: dated, not yet placed on a week (that depends on the start date, which overrides
 * change).
 */
public record EventSpec(
    LocalDate date,
    ScriptedEvent.Type type,
    Country actor,
    String target,
    String label,
    double coverageUsdBn,
    double implementUsdBn,
    double ratePct,
    LocalDate deadline,
    Set<String> sectors,
    TalkForm form,
    String measure,
    double share,
    boolean stack,
    String answers,
    String note,
    String place,
    String source) {}
