package org.tradewar.report;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offers of one meeting side by side: a column per offer in the order made (coloured by the
 * side that made it), a row per item on the table (each US demand, each tariff and threat), then
 * what the offer was worth to the side that received it and its answer. So a reader sees the
 * positions move. A deal's terms use the same rows, in one column.
 */
final class OfferTable {
  private OfferTable() {}

  private static final Map<Offer.Group, String> HEADINGS =
      new EnumMap<>(
          Map.of(
              Offer.Group.DEMAND, "China meets the US demand on (share met)",
              Offer.Group.TARIFF, "Tariffs in force: the rate left",
              Offer.Group.THREAT, "Threats",
              Offer.Group.OTHER, "Other terms"));

  /** The table's HTML; empty for no offers. */
  static String html(List<Offer> offers) {
    if (offers.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<table class=\"offers\">\n<tr><th>On the table</th>");
    for (int i = 0; i < offers.size(); i++) {
      Offer o = offers.get(i);
      b.append("<th class=\"num ")
          .append(Html.side(o.side()))
          .append("\">")
          .append(i + 1)
          .append(" \u00b7 ")
          .append(o.side().shortName())
          .append("<br><span class=\"small\">")
          .append(Html.escape(o.speaker()))
          .append("</span></th>");
    }
    b.append("</tr>\n");
    items(b, offers.stream().map(Offer::positions).toList());
    b.append("<tr class=\"group\"><th colspan=\"")
        .append(offers.size() + 1)
        .append("\">The answer</th></tr>\n");
    row(b, "Worth to the side that receives it (its aim)", offers, true);
    row(b, "Answer", offers, false);
    return b.append("</table>\n").toString();
  }

  /** The terms of a deal, in one column, on the same rows as the offers that led to it. */
  static String agreed(List<Offer.Position> terms) {
    StringBuilder b =
        new StringBuilder("<table class=\"offers\">\n<tr><th>Agreed</th><th class=\"num both\">")
            .append("Deal</th></tr>\n");
    items(b, List.of(terms));
    return b.append("</table>\n").toString();
  }

  /** A row per item, grouped by kind, with a cell per column of positions. */
  private static void items(StringBuilder b, List<List<Offer.Position>> columns) {
    for (Offer.Group g : Offer.Group.values()) {
      Set<String> items = new LinkedHashSet<>();
      columns.forEach(
          c -> c.stream().filter(p -> p.group() == g).forEach(p -> items.add(p.item())));
      if (items.isEmpty()) {
        continue;
      }
      b.append("<tr class=\"group\"><th colspan=\"")
          .append(columns.size() + 1)
          .append("\">")
          .append(Html.escape(HEADINGS.get(g)))
          .append("</th></tr>\n");
      for (String item : items) {
        b.append("<tr><td>").append(Html.escape(item)).append("</td>");
        for (List<Offer.Position> c : columns) {
          // Demands met at 0% are left out of the wording; an item not on the table then shows a
          // dash.
          String v =
              c.stream()
                  .filter(p -> p.group() == g && p.item().equals(item))
                  .map(Offer.Position::value)
                  .findFirst()
                  .orElse(g == Offer.Group.DEMAND ? "0%" : "\u2014");
          b.append("<td class=\"num\">").append(Html.escape(v)).append("</td>");
        }
        b.append("</tr>\n");
      }
    }
  }

  private static void row(StringBuilder b, String label, List<Offer> offers, boolean worth) {
    b.append("<tr><td>").append(Html.escape(label)).append("</td>");
    for (Offer o : offers) {
      String v = worth ? (o.worth().isEmpty() ? "" : o.worth() + " (" + o.aim() + ")") : o.answer();
      b.append("<td class=\"num")
          .append(!worth && v.equals("accepted") ? " accepted" : "")
          .append("\">")
          .append(Html.escape(v))
          .append("</td>");
    }
    b.append("</tr>\n");
  }
}
