package org.tradewar.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.util.ShapeUtils;
import org.tradewar.output.EventRow;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * How the timeline draws each kind of event: the lane it goes in (the acting side, or the table for
 * talks, truces, deals, breakdowns and deadlines), the marker shape (so kinds read without colour)
 * and a short label. Which style and which words a kind gets is said by its {@link EventKind}
 * constant (its mark and caption); this class only turns marks into shapes.
 */
enum EventStyle {
  THREAT("Threat", ChartTheme.triangle(9, true), false),
  TARIFF("Tariff imposed or raised", ChartTheme.triangle(9, true), true),
  RETALIATION("Retaliation", ChartTheme.triangle(9, false), true),
  MEASURE("Sanction or non-tariff measure", ChartTheme.diamond(9), false),
  ROLLBACK("Rollback", ChartTheme.triangle(9, false), false),
  COMMITMENT(
      "Purchases promised: kept, short or broken", new Ellipse2D.Double(-7, -7, 14, 14), false),
  TALKS("Talks, call, summit or review", new Ellipse2D.Double(-8, -8, 16, 16), true),
  DEADLINE("Deadline", new Rectangle2D.Double(-3, -10, 6, 20), true),
  TRUCE("Truce (shaded until it ends)", ChartTheme.diamond(10), true),
  DEAL("Deal", new Rectangle2D.Double(-8, -8, 16, 16), true),
  BREAKDOWN("Breakdown", ShapeUtils.createDiagonalCross(8, 2.5f), true);

  /** The lanes from top to bottom. */
  enum Lane {
    US,
    TABLE,
    CN
  }

  private final String legend;

  @SuppressWarnings("ImmutableEnumChecker") // the shapes are built here and never changed
  private final Shape shape;

  private final boolean filled;

  EventStyle(String legend, Shape shape, boolean filled) {
    this.legend = legend;
    this.shape = shape;
    this.filled = filled;
  }

  String legend() {
    return legend;
  }

  Shape shape() {
    return shape;
  }

  boolean filled() {
    return filled;
  }

  /** Offers and notes are the transcript's detail; the timeline leaves them out. */
  static boolean drawn(String kind) {
    EventKind k = EventKind.ofKey(kind);
    return k == null || k.drawn();
  }

  /**
   * The style of a kind. A kind this version does not know (a newer run's) is drawn as a measure;
   * every known kind names its mark in {@link EventKind}, and the switch below has a case for each
   * mark.
   */
  static EventStyle of(String kind) {
    EventKind k = EventKind.ofKey(kind);
    return k == null ? MEASURE : of(k.mark());
  }

  static EventStyle of(EventKind.Mark mark) {
    return switch (mark) {
      case THREAT -> THREAT;
      case TARIFF -> TARIFF;
      case RETALIATION -> RETALIATION;
      case MEASURE -> MEASURE;
      case ROLLBACK -> ROLLBACK;
      case COMMITMENT -> COMMITMENT;
      case TALKS -> TALKS;
      case DEADLINE -> DEADLINE;
      case TRUCE -> TRUCE;
      case DEAL -> DEAL;
      case BREAKDOWN -> BREAKDOWN;
      // Never drawn (see drawn); a measure's marker as before, should a caller ask.
      case NONE -> MEASURE;
    };
  }

  /** Acts of one side go in its lane; what happens at the table goes in the middle. */
  static Lane lane(EventRow e) {
    EventKind k = e.eventKind();
    if (k != null && k.mark().atTable()) {
      return Lane.TABLE;
    }
    return e.actorCountry() == Country.CN ? Lane.CN : Lane.US;
  }

  /** The label printed beside the marker: "Tariff 25% on $34B", "Talks", "Sanction: Huawei". */
  static String label(EventRow e) {
    return ShortText.cut(fullLabel(e), ShortText.LABEL);
  }

  private static String fullLabel(EventRow e) {
    EventKind k = e.eventKind();
    if (k == null) {
      return Character.toUpperCase(e.kind().charAt(0)) + e.kind().substring(1).replace('_', ' ');
    }
    String money = e.hasCoverage() ? Labels.money(e.coverageUsdBn()) : null;
    String rate = e.hasRate() ? Labels.percent(e.ratePct()) : null;
    String amounts =
        rate != null && money != null
            ? rate + " on " + money
            : rate != null ? rate : money != null ? "on " + money : "";
    String target = e.target();
    boolean firm = !target.isEmpty() && Country.ofCode(target) == null;
    String word = k.word();
    return switch (k.caption()) {
      case AMOUNTS -> join(word, amounts);
      case CHANGE ->
          rate != null && money != null
              ? k.changeWord() + " " + rate + " on " + money
              : join(word, amounts);
      case PLACE -> placed(word, e);
      case TARGET -> firm ? word + ": " + target : word;
      case MEASURE ->
          !e.label().isEmpty()
              ? word + ": " + e.label()
              : firm ? word + ": " + target : word + " measure";
      case WORD -> word;
    };
  }

  /** "Summit, Osaka" where the scenario gave the meeting a place. */
  private static String placed(String word, EventRow e) {
    return e.label().isEmpty() ? word : word + ", " + e.label();
  }

  private static String join(String word, String amounts) {
    return amounts.isEmpty() ? word : word + " " + amounts;
  }

  /** The styles in legend order. */
  static List<EventStyle> legendOrder() {
    return List.of(values());
  }
}
