package org.tradewar.calibration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.tradewar.io.Check;

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
 * @param date the day the act takes place or takes effect, as the text gives it: ISO date ({@code
 *     2018-05-17}), month ({@code 2018-05}) or year ({@code 2017}); null when the text gives none
 * @param dateBasis how the dates were resolved (the expression and what it was relative to)
 * @param source the sentence it was read from
 * @param announced the day the act was decided, threatened or announced, when the text gives it and
 *     it differs from {@code date}; else null
 * @param reportedOn the article's date (ISO day or month), or null when unknown
 * @param modality how firmly the act is reported, one of {@link #MODALITIES}; null in files written
 *     before modality was read
 * @param negated true when the sentence denies the act ("will not lift the tariffs")
 * @param rateLowPercent the lower end of a range of rates ("5 to 10 percent"), or null
 * @param amountLowUsdBillions the lower end of a range of amounts ("$40 to $50 billion"), or null
 * @param period the years an act covers or a year it is dated by ("2020-2021", "2018"), or null
 */
public record Fact(
    String id,
    String kind,
    String actor,
    String target,
    Double amountUsdBillions,
    Double ratePercent,
    Double fromRatePercent,
    Double count,
    String countUnit,
    String date,
    String dateBasis,
    Provenance source,
    String announced,
    String reportedOn,
    String modality,
    Boolean negated,
    Double rateLowPercent,
    Double amountLowUsdBillions,
    String period) {

  /** The kinds of fact, as named in the JSON. */
  public static final List<String> KINDS =
      List.of(
          "tariff_threat",
          "tariff_imposed",
          "tariff_raise",
          "retaliation_threat",
          "retaliation_imposed",
          "talks",
          "deadline",
          "truce",
          "deal",
          "sanction",
          "non_tariff_threat",
          "demand",
          "trade_stat",
          "count",
          "purchase_commitment",
          "tariff_cut",
          "tariff_suspension",
          "exclusion");

  /** How firmly an act is reported, as named in the JSON. */
  public static final List<String> MODALITIES =
      List.of("threatened", "announced", "in_force", "suspended", "cancelled", "reported");

  public Fact {
    Check.notBlank(id, "id");
    Check.notNull(source, "source");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown fact kind '" + kind + "', allowed: " + KINDS);
    }
    if (modality != null && !MODALITIES.contains(modality)) {
      throw new IllegalArgumentException(
          "unknown modality '" + modality + "', allowed: " + MODALITIES);
    }
  }

  /**
   * The date that places the act in time: its own date, else the day it was announced, else the
   * article's date; null when none is known.
   */
  @JsonIgnore
  public String when() {
    return date != null ? date : announced != null ? announced : reportedOn;
  }

  /** This fact with other dates, resolved from elsewhere in the article as {@code basis} says. */
  public Fact redated(String date, String basis, String announced) {
    return new Fact(
        id,
        kind,
        actor,
        target,
        amountUsdBillions,
        ratePercent,
        fromRatePercent,
        count,
        countUnit,
        date,
        basis,
        source,
        announced,
        reportedOn,
        modality,
        negated,
        rateLowPercent,
        amountLowUsdBillions,
        period);
  }

  /** True when {@code other} was read from the same sentence of the same article. */
  public boolean sameSentenceAs(Fact other) {
    return source.file().equals(other.source.file()) && source.start() == other.source.start();
  }

  /** True when the text denies the act. */
  @JsonIgnore
  public boolean denied() {
    return Boolean.TRUE.equals(negated);
  }

  /** The article file this fact was read from. */
  @JsonIgnore
  public String file() {
    return source.file();
  }
}
