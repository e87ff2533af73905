package org.tradewar.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.vocabulary.Country;

/**
 * An exogenous event a scenario places on a week: a threat, a tariff, a meeting, a sanction. The
 * governments and negotiators react to it as to any other move. Fields that do not apply are null
 * or NaN. {@code label} names a tranche ("second list") so later events can raise it; {@code
 * answers} names the rival's tranche a tariff answers (its coverage is then the retaliation ratio
 * of that one).
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

  /**
   * What the event does, one spec per type: the fields it must state (checked by the scenario
   * loader, with the words of its error message), the fields only it may state, and whether it
   * escalates (breaking a deal in force). What it does to the model is {@code
   * ScenarioEventsAgent}'s exhaustive switch over these constants; what the timeline draws is the
   * {@link org.tradewar.vocabulary.EventKind} the model writes. A new type: a constant here, its
   * case there, its entry in docs/scenarios.md.
   */
  public enum Type {
    THREAT(
        true, Spec.of().needs(Field.ACTOR).needs(Field.RATE).needs(Field.COVERAGE_UNLESS_LABELLED)),
    TARIFF(
        true,
        Spec.of().needs(Field.ACTOR).needs(Field.RATE).needs(Field.COVERAGE).may(Field.ANSWERS)),
    RAISE(true, Spec.of().needs(Field.ACTOR).needs(Field.RATE)),
    ROLLBACK(false, Spec.of().needs(Field.ACTOR)),
    CUT(
        false,
        Spec.of()
            .needs(Field.ACTOR)
            .needs(Field.RATE)
            .needs(Field.LABEL, "the 'label' of the tranche it cuts (such as 'second list')")),
    RELIEF(
        false,
        Spec.of()
            .needs(Field.ACTOR)
            .needs(
                Field.SHARE,
                "'share': the share of its farmers' lost"
                    + " exports the actor pays back, between 0 (ends the support) and 1")),
    TALKS(false, Spec.of().may(Field.PLACE)),
    TRUCE(false, Spec.of()),
    DEAL(false, Spec.of().may(Field.PURCHASES)),
    BREAKDOWN(false, Spec.of()),
    SANCTION(
        true, Spec.of().needs(Field.ACTOR).needs(Field.TARGET, "a 'target' (a firm, such as ZTE)")),
    NON_TARIFF(true, Spec.of().needs(Field.ACTOR).needs(Field.MEASURE)),
    DEADLINE(false, Spec.of()),
    NOTE(false, Spec.of());

    private final boolean escalates;

    @SuppressWarnings(
        "ImmutableEnumChecker") // built by the constant's own expression, never changed after
    private final Spec spec;

    Type(boolean escalates, Spec spec) {
      this.escalates = escalates;
      this.spec = spec;
    }

    /** The scenario file's word: "threat", "non_tariff". */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** True for a move up the ladder: under a deal in force, history breaks the deal. */
    public boolean escalates() {
      return escalates;
    }

    /** True when an event of this type must state {@code field}. */
    public boolean needs(Field field) {
      return spec.needs.containsKey(field);
    }

    /** True when an event of this type may state {@code field} (only some types may). */
    public boolean may(Field field) {
      return needs(field) || spec.may.contains(field);
    }

    /** "a 'cut' event needs the 'label' of ...": the message when {@code field} is missing. */
    public String missing(Field field) {
      return "a '" + key() + "' event needs " + spec.needs.get(field);
    }
  }

  /**
   * The fields of an event whose presence depends on its type (date, type, note, ... are for all).
   */
  public enum Field {
    ACTOR("an 'actor' (US or CN)"),
    RATE("'rate_pct'"),
    COVERAGE("'coverage_usd_bn'"),
    /** Coverage, unless the event names (with {@code label}) a tranche that has one. */
    COVERAGE_UNLESS_LABELLED("'coverage_usd_bn'"),
    LABEL("a 'label'"),
    SHARE("'share'"),
    TARGET("a 'target'"),
    MEASURE("'measure'"),
    /**
     * A tariff that answers a rival's tranche (its coverage and rate then follow from that one).
     */
    ANSWERS("'answers'"),
    /** The city where the sides meet. */
    PLACE("'place'"),
    /** A deal's promised purchases. */
    PURCHASES("'purchases_usd_bn'");

    private final String phrase;

    Field(String phrase) {
      this.phrase = phrase;
    }
  }

  /**
   * A type's fields: those it needs (with the words for a missing one) and those only it may have.
   */
  private record Spec(Map<Field, String> needs, Set<Field> may) {
    static Spec of() {
      return new Spec(new EnumMap<>(Field.class), EnumSet.noneOf(Field.class));
    }

    Spec needs(Field f) {
      return needs(f, f.phrase);
    }

    Spec needs(Field f, String phrase) {
      needs.put(f, phrase);
      return this;
    }

    Spec may(Field f) {
      may.add(f);
      return this;
    }
  }
}
