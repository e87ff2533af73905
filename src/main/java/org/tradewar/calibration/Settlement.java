package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Chooses among rival events, reports of one act that give different values, by rules applied in
 * turn until one rival stands alone: the value <em>most sources</em> give (articles, not facts);
 * then <em>the more complete report</em> (a coverage, a rate and a day-precise date beat a vague
 * mention); then <em>the later report</em> (a later article can correct an earlier one); then the
 * first in the folder.
 *
 * @param winner the event kept
 * @param rule the rule that chose it; null when there was no rival
 * @param rivals the events it was chosen from, the winner included
 */
record Settlement(Event winner, String rule, List<Event> rivals) {

  /**
   * Settles {@code rivals} (the first is the event chosen by its role, kept when nothing else
   * decides).
   */
  static Settlement of(List<Event> rivals) {
    if (rivals.size() == 1) {
      return new Settlement(rivals.get(0), null, rivals);
    }
    List<Event> left = new ArrayList<>(rivals);
    String rule = narrow(left, "most sources", Event::articles);
    if (rule == null) {
      rule = narrow(left, "the more complete report", e -> Event.completeness(e.lead()));
    }
    if (rule == null) {
      String last =
          left.stream()
              .map(Event::lastReported)
              .filter(d -> d != null)
              .max(Comparator.naturalOrder())
              .orElse(null);
      List<Event> later =
          left.stream().filter(e -> last != null && last.equals(e.lastReported())).toList();
      if (later.size() == 1) {
        left.retainAll(later);
        rule = "the later report";
      }
    }
    return new Settlement(left.get(0), rule == null ? "the first in the folder" : rule, rivals);
  }

  /**
   * The conflict on {@code parameter}, when the rivals give different values of {@code value}; else
   * empty.
   */
  Optional<Conflict> conflict(String parameter, Function<Event, Object> value) {
    List<Event> valued = rivals.stream().filter(e -> value.apply(e) != null).toList();
    Object kept = value.apply(winner);
    if (kept == null || valued.stream().map(value).distinct().count() < 2) {
      return Optional.empty();
    }
    List<Conflict.Claim> claims = new ArrayList<>();
    List<Object> order = new ArrayList<>(List.of(kept));
    valued.stream().map(value).filter(v -> !order.contains(v)).forEach(order::add);
    for (Object v : order) {
      claims.add(
          new Conflict.Claim(
              v,
              valued.stream()
                  .filter(e -> v.equals(value.apply(e)))
                  .flatMap(e -> e.ids().stream())
                  .toList()));
    }
    return Optional.of(new Conflict(parameter, claims, kept, rule));
  }

  /** Keeps the events with the highest score; the rule's name when that leaves one. */
  private static String narrow(List<Event> left, String name, ToIntFunction<Event> score) {
    int best = left.stream().mapToInt(score).max().orElse(0);
    List<Event> top = left.stream().filter(e -> score.applyAsInt(e) == best).toList();
    left.retainAll(top);
    return top.size() == 1 ? name : null;
  }
}
