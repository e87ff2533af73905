package org.tradewar.play;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.negotiation.AgendaItem;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.model.negotiation.Terms;
import org.tradewar.model.negotiation.Wording;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * A seat filled by a person typing at a terminal, or by a script fed on standard input: one line
 * per decision. At a meeting: {@code accept}, {@code counter ITEM=VALUE ...} (a demand's value is
 * the percent China meets, a tariff's the rate it keeps; items not named keep the terms on the
 * table), {@code walk}, or Enter for the advisers' answer. Between meetings: a move's number,
 * {@code hold}, {@code hold N} (N weeks), {@code wait} (hold until the rival moves or a deadline
 * comes), or Enter to hold. Standing orders answer every later prompt of their kind: {@code always
 * accept}, {@code always counter}, {@code always hold}, {@code always threaten}; {@code agents} (or
 * the end of the input) hands the seat to the agents for the rest of the run.
 */
public final class TextSeat implements Seat {
  private final BufferedReader in;
  private final PrintWriter out;
  private TradeWarModel model;
  private int seen;
  private String tableOrder; // "accept" or "counter"
  private String weekOrder; // "hold" or "threaten"
  private int holdWeeks;
  private int quietFrom = -1; // "wait": the transcript's size when the student chose it

  /** What ends a "wait": the rival's moves on the ladder and the accords' turns. */
  public static final java.util.Set<EventKind> NEWS =
      java.util.Set.of(
          EventKind.THREAT,
          EventKind.TARIFF,
          EventKind.RAISE,
          EventKind.RETALIATION,
          EventKind.SANCTION,
          EventKind.NON_TARIFF,
          EventKind.DEAL,
          EventKind.BREAKDOWN,
          EventKind.TRUCE,
          EventKind.DEADLINE,
          EventKind.COMMITMENT_BROKEN,
          EventKind.ROLLBACK);

  /** True while a "wait" holds: nothing the rival did since, and no deadline this week. */
  public static boolean quiet(TradeWarModel m, int from, WeekView v) {
    List<TimelineEvent> events = m.timeline().events();
    return v.deadlineWeek() != v.week()
        && events.subList(Math.min(from, events.size()), events.size()).stream()
            .noneMatch(e -> NEWS.contains(e.kind()) && e.actor() != v.side());
  }

  private boolean agentsPlay;
  private Terms counter; // the student's counter-offer, made at the next turn to offer
  private int decisions;

  public TextSeat(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  /** The model whose dates and transcript the prompts show; set before the run starts. */
  public void attach(TradeWarModel model) {
    this.model = model;
  }

  /** Decisions the person made (not the agents after {@code agents} or the end of the input). */
  public int decisions() {
    return decisions;
  }

  @Override
  public Terms propose(TableView v) {
    if (counter != null) {
      Terms c = counter;
      counter = null;
      return c;
    }
    return v.agentOffer(); // opening, or after "accept"/advice: the advisers draft the offer
  }

  @Override
  public Reply answer(TableView v) {
    if (agentsPlay) {
      return Seat.AGENTS.answer(v);
    }
    quietFrom = -1; // a meeting ends a wait
    news();
    Country side = v.side();
    Terms offer = v.received();
    out.printf(
        Locale.ROOT,
        "%n== %s, %s: %s offers%n",
        date(v.week()),
        v.form().label(),
        side.rival().label());
    out.println("   " + offer.describe());
    out.printf(
        Locale.ROOT,
        "   worth %.2f to you (your advisers would hold out for %.2f), %.2f to %s (0: nothing, 1:"
            + " all a side wants)%n",
        offer.utility(side),
        v.aim(),
        offer.utility(side.rival()),
        side.rival().label());
    out.printf(
        Locale.ROOT,
        "   pain: you %.2f%% of GDP, %s %.2f%%; %s%n",
        nz(v.ownPain()),
        side.rival().label(),
        nz(v.rivalPain()),
        deadline(v.deadlineWeek(), v.week()));
    List<AgendaItem> items = offer.agenda().items();
    for (int k = 0; k < items.size(); k++) {
      out.println("   " + (k + 1) + ". " + item(offer, k));
    }
    out.println(
        "   your advisers would "
            + (v.agentAccepts() ? "accept" : "not accept")
            + (v.canClose() ? "" : " (a call cannot close a deal)"));
    while (true) {
      String line =
          tableOrder != null
              ? tableOrder
              : ask("accept | counter ITEM=VALUE ... | walk | Enter: as advised");
      if (line == null || line.equals("agents")) {
        handOver();
        return Seat.AGENTS.answer(v);
      }
      if (tableOrder == null) {
        decisions++;
      }
      if (line.isEmpty()) {
        return Seat.AGENTS.answer(v);
      }
      if (line.equals("accept")) {
        if (!v.canClose()) {
          out.println("   a call cannot close a deal: your advisers counter");
          return Reply.COUNTER_AS_ADVISED;
        }
        return Reply.ACCEPT;
      }
      if (line.equals("walk")) {
        return Reply.WALK_AWAY;
      }
      if (line.equals("counter")) {
        return Reply.COUNTER_AS_ADVISED;
      }
      if (line.startsWith("counter ")) {
        try {
          counter = counterOffer(offer, line.substring(8).trim());
          return Reply.counter(counter);
        } catch (IllegalArgumentException e) {
          out.println("   " + e.getMessage());
          continue;
        }
      }
      out.println("   not understood: '" + line + "'");
      if (tableOrder != null) {
        tableOrder = null;
      }
    }
  }

  @Override
  public WeekMove week(WeekView v) {
    if (agentsPlay) {
      return WeekMove.AGENTS_RULES;
    }
    if (holdWeeks > 0) {
      holdWeeks--;
      return WeekMove.HOLD;
    }
    if (weekOrder != null) {
      return standing(v);
    }
    if (quietFrom >= 0 && model != null) {
      if (quiet(model, quietFrom, v)) {
        return WeekMove.HOLD;
      }
      quietFrom = -1;
    }
    news();
    List<WeekMove> options = v.options();
    out.printf(
        Locale.ROOT,
        "%n-- %s (week %d), you are %s; accord: %s; pain: you %.2f%% of GDP, %s %.2f%%; %s%n",
        date(v.week()),
        v.week(),
        v.side().label(),
        v.accord(),
        nz(v.ownPain()),
        v.side().rival().label(),
        nz(v.rivalPain()),
        deadline(v.deadlineWeek(), v.week()));
    for (int i = 0; i < options.size(); i++) {
      out.println("   " + (i + 1) + ". " + options.get(i).text());
    }
    while (true) {
      String line = ask("move number | hold [N] | wait | Enter: hold");
      if (line == null || line.equals("agents")) {
        handOver();
        return WeekMove.AGENTS_RULES;
      }
      if (weekOrder != null) {
        return standing(v);
      }
      decisions++;
      if (line.isEmpty() || line.equals("hold")) {
        return WeekMove.HOLD;
      }
      if (line.equals("wait")) {
        quietFrom = model == null ? -1 : model.timeline().events().size();
        return WeekMove.HOLD;
      }
      if (line.startsWith("hold ")) {
        try {
          holdWeeks = Math.max(0, Integer.parseInt(line.substring(5).trim()) - 1);
          return WeekMove.HOLD;
        } catch (NumberFormatException e) {
          out.println("   'hold N' needs a whole number of weeks");
          continue;
        }
      }
      try {
        int n = Integer.parseInt(line);
        if (n >= 1 && n <= options.size()) {
          return options.get(n - 1);
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      out.println("   choose a number from 1 to " + options.size() + ", or hold");
    }
  }

  private WeekMove standing(WeekView v) {
    if (weekOrder.equals("threaten")) {
      for (WeekMove.Kind kind : List.of(WeekMove.Kind.THREATEN, WeekMove.Kind.IMPOSE)) {
        for (WeekMove m : v.options()) {
          if (m.kind() == kind) {
            return m;
          }
        }
      }
    }
    return WeekMove.HOLD;
  }

  /** Reads the next line, taking standing orders as they come; null at the end of the input. */
  private String ask(String hint) {
    while (true) {
      out.print("   [" + hint + "] > ");
      out.flush();
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        return null;
      }
      line = line.strip().toLowerCase(Locale.ROOT);
      if (line.startsWith("#")) {
        continue; // a comment in a script
      }
      switch (line) {
        case "always accept", "always counter" -> {
          tableOrder = line.substring(7);
          out.println("   standing order: " + line);
          return tableOrder;
        }
        case "always hold", "always threaten" -> {
          weekOrder = line.substring(7);
          out.println("   standing order: " + line);
          return "";
        }
        default -> {
          return line;
        }
      }
    }
  }

  private void handOver() {
    agentsPlay = true;
    out.println("   the agents play your seat for the rest of the run");
  }

  /**
   * Prints the transcript lines written since the seat last looked (offers are shown at the table).
   */
  private void news() {
    if (model == null) {
      return;
    }
    List<TimelineEvent> events = model.timeline().events();
    for (; seen < events.size(); seen++) {
      TimelineEvent e = events.get(seen);
      if (e.kind() != EventKind.OFFER) {
        out.println("   " + e.date() + "  " + e.text());
      }
    }
  }

  private String date(int week) {
    return model == null ? "week " + week : model.timeline().date(week).toString();
  }

  private String deadline(int deadlineWeek, int week) {
    return deadlineWeek < 0
        ? "no deadline"
        : "deadline " + date(deadlineWeek) + " (" + (deadlineWeek - week) + " weeks)";
  }

  public static String item(Terms t, int k) {
    AgendaItem i = t.agenda().items().get(k);
    return switch (i.kind()) {
      case DEMAND ->
          "demand on " + i.label() + ": China meets " + Math.round(100 * t.term(k)) + "%";
      case TRANCHE ->
          whose(i.giver())
              + " tariff, "
              + i.label()
              + " (now "
              + pct(i.ratePct())
              + "%): keeps "
              + pct(t.remainingRatePct(k))
              + "%";
      case THREAT ->
          whose(i.giver())
              + " threat on the "
              + i.label()
              + " (+"
              + pct(i.ratePct())
              + "%): keeps +"
              + pct(t.remainingRatePct(k))
              + "%";
    };
  }

  /**
   * "1=50 3=10": the terms on the table with the named items changed; a bad item is an
   * IllegalArgumentException saying why.
   */
  public static Terms counterOffer(Terms onTable, String spec) {
    List<AgendaItem> items = onTable.agenda().items();
    Map<String, Double> x = new LinkedHashMap<>();
    for (int k = 0; k < items.size(); k++) {
      x.put(items.get(k).key(), onTable.term(k));
    }
    for (String part : spec.split("\\s+")) {
      int eq = part.indexOf('=');
      int k;
      double v;
      try {
        k = Integer.parseInt(part.substring(0, Math.max(0, eq))) - 1;
        v = Double.parseDouble(part.substring(eq + 1).replace("%", ""));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("'" + part + "': write ITEM=VALUE, e.g. 1=50");
      }
      if (k < 0 || k >= items.size()) {
        throw new IllegalArgumentException("'" + part + "': there are items 1 to " + items.size());
      }
      AgendaItem i = items.get(k);
      double max = i.kind() == AgendaItem.Kind.DEMAND ? 100 : i.ratePct();
      if (!(v >= 0 && v <= max)) {
        throw new IllegalArgumentException(
            "'"
                + part
                + "': item "
                + (k + 1)
                + " takes 0 to "
                + pct(max)
                + (i.kind() == AgendaItem.Kind.DEMAND ? " (percent met)" : " (percent rate kept)"));
      }
      x.put(i.key(), i.kind() == AgendaItem.Kind.DEMAND ? v / 100 : 1 - v / i.ratePct());
    }
    return Terms.of(onTable.agenda(), x, 0);
  }

  private static String whose(Country c) {
    return c == Country.US ? "US" : "China's";
  }

  /** No "-0.00" for a pain that rounds to nothing. */
  private static double nz(double v) {
    return Math.abs(v) < 0.005 ? 0 : v;
  }

  private static String pct(double v) {
    return Wording.pct(v);
  }
}
