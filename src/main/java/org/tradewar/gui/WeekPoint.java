package org.tradewar.gui;

import static org.tradewar.output.TimeSeries.WEEKS_PER_YEAR;

import java.time.LocalDate;
import java.util.List;
import org.tradewar.model.RunRecord;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * What the charts and the transcript receive after a week: read on the simulation thread, handed to
 * the Swing thread as a value (the model is never touched from Swing). Trade is in USD bn a year.
 */
record WeekPoint(
    int week,
    LocalDate date,
    double tariffUs,
    double tariffCn,
    double importsUs,
    double importsCn,
    double baselineUs,
    double baselineCn,
    double painUs,
    double painCn,
    List<TimelineEvent> events) {

  /** Week {@code week} of {@code m}, with the transcript lines from index {@code seen} on. */
  static WeekPoint of(TradeWarModel m, int week, int seen) {
    RunRecord r = m.record();
    List<TimelineEvent> all = m.timeline().events();
    List<TimelineEvent> fresh = List.copyOf(all.subList(Math.min(seen, all.size()), all.size()));
    for (TimelineEvent e : fresh) {
      e.text(); // written here, on the simulation thread
    }
    return new WeekPoint(
        week,
        m.timeline().date(week),
        r.total(Variable.AVG_TARIFF, Country.US)[week],
        r.total(Variable.AVG_TARIFF, Country.CN)[week],
        WEEKS_PER_YEAR * r.total(Variable.IMPORTS, Country.US)[week],
        WEEKS_PER_YEAR * r.total(Variable.IMPORTS, Country.CN)[week],
        WEEKS_PER_YEAR * r.total(Variable.BASELINE_IMPORTS, Country.US)[week],
        WEEKS_PER_YEAR * r.total(Variable.BASELINE_IMPORTS, Country.CN)[week],
        r.pain(Country.US)[week],
        r.pain(Country.CN)[week],
        fresh);
  }
}
