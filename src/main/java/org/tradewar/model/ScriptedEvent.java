package org.tradewar.model;

import java.util.Set;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.vocabulary.Country;

/**
 * An exogenous event a scenario places on a week: a threat, a tariff, a meeting, a sanction. The
 * governments and negotiators react to it as to any other move. Fields that do not apply are null or
 * NaN. {@code label} names a tranche ("second list") so later events can raise it; {@code answers}
 * names the rival's tranche a tariff answers (its coverage is then the retaliation ratio of that one).
 */
public record ScriptedEvent(
    int week,
    java.time.LocalDate date,
    java.time.LocalDate deadlineDate,
    Type type,
    Country actor,
    String target,
    String label,
    double coverageUsdBn,
    double ratePct,
    Integer deadlineWeek,
    Set<String> sectors,
    TalkForm form,
    String measure,
    double share,
    boolean stack,
    String answers,
    String note,
    String place) {

  /** What the event does. */
  public enum Type {
    THREAT, TARIFF, RAISE, ROLLBACK, CUT, RELIEF, TALKS, TRUCE, DEAL, BREAKDOWN, SANCTION, NON_TARIFF, DEADLINE, NOTE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
