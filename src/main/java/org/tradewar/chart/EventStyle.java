package org.tradewar.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.util.ShapeUtils;
import org.tradewar.output.EventRow;
import org.tradewar.vocabulary.Country;

/**
 * How the timeline draws each kind of event: the lane it goes in (the acting side, or the table for
 * talks, truces, deals, breakdowns and deadlines), the marker shape (so kinds read without colour)
 * and a short label.
 */
enum EventStyle {
  THREAT("Threat", ChartTheme.triangle(9, true), false),
  TARIFF("Tariff imposed or raised", ChartTheme.triangle(9, true), true),
  RETALIATION("Retaliation", ChartTheme.triangle(9, false), true),
  MEASURE("Sanction or non-tariff measure", ChartTheme.diamond(9), false),
  ROLLBACK("Rollback", ChartTheme.triangle(9, false), false),
  COMMITMENT("Purchases promised: kept, short or broken", new Ellipse2D.Double(-7, -7, 14, 14), false),
  TALKS("Talks, call, summit or review", new Ellipse2D.Double(-8, -8, 16, 16), true),
  DEADLINE("Deadline", new Rectangle2D.Double(-3, -10, 6, 20), true),
  TRUCE("Truce (shaded until it ends)", ChartTheme.diamond(10), true),
  DEAL("Deal", new Rectangle2D.Double(-8, -8, 16, 16), true),
  BREAKDOWN("Breakdown", ShapeUtils.createDiagonalCross(8, 2.5f), true);

  /** The lanes from top to bottom. */
  enum Lane { US, TABLE, CN }

  private final String legend;
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
    return !kind.equals("offer") && !kind.equals("note");
  }

  static EventStyle of(String kind) {
    return switch (kind) {
      case "threat" -> THREAT;
      case "tariff", "raise" -> TARIFF;
      case "retaliation" -> RETALIATION;
      case "sanction", "non_tariff" -> MEASURE;
      case "rollback" -> ROLLBACK;
      case "commitment_honoured", "commitment_shortfall", "commitment_broken" -> COMMITMENT;
      case "talks", "review", "call", "summit" -> TALKS;
      case "deadline" -> DEADLINE;
      case "truce", "truce_extended" -> TRUCE;
      case "deal" -> DEAL;
      case "breakdown" -> BREAKDOWN;
      default -> MEASURE;
    };
  }

  /** Acts of one side go in its lane; what happens at the table goes in the middle. */
  static Lane lane(EventRow e) {
    EventStyle s = of(e.kind());
    if (s == TALKS || s == DEADLINE || s == TRUCE || s == DEAL || s == BREAKDOWN) {
      return Lane.TABLE;
    }
    return e.actorCountry() == Country.CN ? Lane.CN : Lane.US;
  }

  /** The label printed beside the marker: "Tariff 25% on $34B", "Talks", "Sanction: Huawei". */
  static String label(EventRow e) {
    return ShortText.cut(fullLabel(e), ShortText.LABEL);
  }

  private static String fullLabel(EventRow e) {
    String money = e.hasCoverage() ? Labels.money(e.coverageUsdBn()) : null;
    String rate = e.hasRate() ? Labels.percent(e.ratePct()) : null;
    String amounts = rate != null && money != null ? rate + " on " + money
        : rate != null ? rate : money != null ? "on " + money : "";
    String target = e.target();
    boolean firm = !target.isEmpty() && Country.ofCode(target) == null;
    return switch (e.kind()) {
      case "threat" -> join("Threat", amounts);
      case "tariff" -> join("Tariff", amounts);
      case "raise" -> rate != null && money != null ? "Raise to " + rate + " on " + money : join("Raise", amounts);
      case "retaliation" -> join("Retaliation", amounts);
      case "rollback" -> rate != null && money != null ? "Cut to " + rate + " on " + money : join("Rollback", amounts);
      case "talks" -> placed("Talks", e);
      case "review" -> placed("Review", e);
      case "call" -> placed("Call", e);
      case "summit" -> placed("Summit", e);
      case "truce" -> "Truce";
      case "truce_extended" -> "Truce extended";
      case "deal" -> "Deal";
      case "breakdown" -> "Breakdown";
      case "deadline" -> "Deadline";
      case "sanction" -> firm ? "Sanction: " + target : "Sanction";
      case "non_tariff" -> !e.label().isEmpty() ? "Non-tariff: " + e.label()
          : firm ? "Non-tariff: " + target : "Non-tariff measure";
      case "commitment_honoured" -> "Commitment kept";
      case "commitment_shortfall" -> "Purchases short";
      case "commitment_broken" -> "Commitment broken";
      default -> Character.toUpperCase(e.kind().charAt(0)) + e.kind().substring(1).replace('_', ' ');
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
