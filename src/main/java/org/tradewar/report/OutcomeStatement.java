package org.tradewar.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.output.EventRow;
import org.tradewar.output.SummaryTable;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.Outcome;

/**
 * The outcome of a run in words, with dates: "No deal in force at the end: the deal of 10 September
 * 2018 was broken on 4 March 2019." The summary's keys and week indices stay in {@code
 * summary.json}; this is what a reader sees instead. Dates of deals and breaks come from the first
 * replication's events (the transcript's), else from the summary's weeks.
 */
final class OutcomeStatement {
  private OutcomeStatement() {}

  /** The statement for the page; for several replications, how their outcomes split first. */
  static String of(SummaryTable s, List<EventRow> firstRunEvents) {
    if (s.runs().size() <= 1) {
      String outcome = s.runs().isEmpty() ? s.outcome() : s.runs().get(0).outcome();
      Map<String, Double> metrics = s.runs().isEmpty() ? s.metrics() : s.runs().get(0).metrics();
      return oneRun(s, outcome, metrics, firstRunEvents);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String o : Outcome.keys()) {
      counts.put(o, 0);
    }
    s.runs().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (o, n) -> {
          if (n > 0) {
            parts.add(n + (n == 1 ? " ends with " : " end with ") + ending(o));
          }
        });
    SummaryTable.RunOutcome first = s.runs().get(0);
    return "Of "
        + s.runs().size()
        + " replications, "
        + join(parts)
        + ". Replication "
        + first.run()
        + ", which the transcript follows: "
        + oneRun(s, first.outcome(), first.metrics(), firstRunEvents);
  }

  private static String ending(String outcome) {
    Outcome o = Outcome.ofKey(outcome);
    if (o == null) {
      return SummaryRows.outcome(outcome).toLowerCase(java.util.Locale.ROOT);
    }
    return switch (o) {
      case DEAL -> "a deal in force";
      case TRUCE -> "a truce";
      case NO_AGREEMENT -> "no agreement";
      case NO_WAR -> "no trade war";
    };
  }

  private static String oneRun(
      SummaryTable s, String outcome, Map<String, Double> m, List<EventRow> events) {
    LocalDate start = s.startDate();
    String end =
        start == null || s.weeks() <= 0
            ? "the end of the run"
            : ReadableDates.day(start.plusWeeks(s.weeks()).minusDays(1));
    List<String> broken = brokenDeals(s, m, events);
    String meetings = meetings(m);
    Outcome o = Outcome.ofKey(outcome);
    if (o == null) {
      return SummaryRows.outcome(outcome) + ".";
    }
    return switch (o) {
      case DEAL ->
          "A deal is in force at the end, agreed on "
              + when(s, m.get("last_deal_week"), lastOf(events, EventKind.DEAL.key()))
              + "."
              + (broken.isEmpty() ? "" : " Before it, " + join(broken) + ".")
              + meetings;
      case TRUCE ->
          (broken.isEmpty() ? "No deal by " + end : "No deal in force at the end: " + join(broken))
              + "; a truce holds, in force since "
              + when(s, m.get("truce_week"), lastOf(events, EventKind.TRUCE.key()))
              + "."
              + meetings;
      case NO_AGREEMENT ->
          (broken.isEmpty()
                  ? "No agreement by " + end
                  : "No deal in force at the end: " + join(broken))
              + "."
              + meetings;
      case NO_WAR -> "No trade war: neither side imposed tariffs by " + end + ".";
    };
  }

  /** "the deal of 10 September 2018 was broken on 4 March 2019", one per deal broken. */
  private static List<String> brokenDeals(
      SummaryTable s, Map<String, Double> m, List<EventRow> events) {
    List<String> out = new ArrayList<>();
    LocalDate deal = null;
    for (EventRow e : events) {
      if (e.kind().equals(EventKind.DEAL.key())) {
        deal = e.date();
      } else if (e.kind().equals("commitment_broken") && deal != null) {
        out.add(
            "the deal of "
                + ReadableDates.day(deal)
                + " was broken on "
                + ReadableDates.day(e.date()));
        deal = null;
      }
    }
    double count = m.getOrDefault("deals_broken", Double.NaN);
    if (out.isEmpty() && count >= 1 && m.get("deal_week") != null && !m.get("deal_week").isNaN()) {
      // No events to date the break: the summary still knows the first deal and that deals broke.
      out.add("the deal of " + when(s, m.get("deal_week"), null) + " was broken later");
    }
    return out;
  }

  private static String meetings(Map<String, Double> m) {
    Double n = m.get("talk_rounds");
    if (n == null || n.isNaN()) {
      return "";
    }
    long r = Math.round(n);
    return r == 0
        ? " The sides never met to negotiate."
        : r == 1
            ? " The sides met once to negotiate."
            : " The sides met " + r + " times to negotiate.";
  }

  /** The date of an event when the events have one, else of the summary's week. */
  private static String when(SummaryTable s, Double week, LocalDate fromEvents) {
    if (fromEvents != null) {
      return ReadableDates.day(fromEvents);
    }
    if (week == null || week.isNaN() || s.startDate() == null) {
      return "a date the run folder does not give";
    }
    return ReadableDates.day(ReadableDates.ofWeek(s.startDate(), week));
  }

  private static LocalDate lastOf(List<EventRow> events, String kind) {
    LocalDate last = null;
    for (EventRow e : events) {
      if (e.kind().equals(kind)) {
        last = e.date();
      }
    }
    return last;
  }

  /** "a", "a and b", "a, b and c". */
  static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
