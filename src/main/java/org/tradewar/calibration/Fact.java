package org.tradewar.calibration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One thing an article reports, read from one clause of one sentence.
 *
 * @param id unique within a calibration, e.g. {@code 000-04} (article prefix, running number)
 * @param kind one of {@link #KINDS}
 * @param actor {@code US}, {@code CN} or a named firm; null when the clause names nobody
 * @param target {@code US}, {@code CN} or a named firm; null when unknown
 * @param amountUsdBillions money amount in billions of US dollars, or null
 * @param ratePercent tariff rate or percentage change (magnitude), or null
 * @param fromRatePercent the rate before a change ("from 10 percent to 25 percent"), or null
 * @param count the number counted by a {@code count} fact ("11 rounds"), or null
 * @param countUnit what is counted: {@code rounds}, {@code years}, {@code firms}; or null
 * @param date ISO date ({@code 2018-05-17}), month ({@code 2018-05}) or year ({@code 2017}), or null
 * @param dateBasis how the date was resolved (the expression and what it was relative to)
 * @param source the sentence it was read from
 */
public record Fact(String id, String kind, String actor, String target, Double amountUsdBillions,
    Double ratePercent, Double fromRatePercent, Double count, String countUnit, String date,
    String dateBasis, Provenance source) {

  /** The kinds of fact, as named in the JSON. */
  public static final List<String> KINDS = List.of("tariff_threat", "tariff_imposed", "tariff_raise",
      "retaliation_threat", "retaliation_imposed", "talks", "deadline", "truce", "deal", "sanction",
      "non_tariff_threat", "demand", "trade_stat", "count");

  public Fact {
    Check.notBlank(id, "id");
    Check.notNull(source, "source");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown fact kind '" + kind + "', allowed: " + KINDS);
    }
  }

  /** The article file this fact was read from. */
  @JsonIgnore
  public String file() {
    return source.file();
  }
}
