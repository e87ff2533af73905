package org.tradewar.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tradewar.io.Check;

/**
 * What the charts and reports need of {@code events.csv}, in memory that does not grow with the
 * replications: every event of the replication the timeline and transcript show, and for every
 * replication the first week of each kind of event (the timing a validation compares). A run of a
 * thousand long replications writes about a million events; their text is read and let go.
 */
public record RunEvents(List<EventRow> shown, Map<String, Map<Integer, Integer>> firstWeeks) {
  public RunEvents {
    shown = List.copyOf(Check.notNull(shown, "shown"));
    Check.notNull(firstWeeks, "firstWeeks");
  }

  /** No events (a run folder without events.csv). */
  public static RunEvents none() {
    return new RunEvents(List.of(), Map.of());
  }

  /** Reads {@code file} as it streams, keeping replication {@code shownRun}'s events whole. */
  public static RunEvents read(Path file, int shownRun) {
    List<EventRow> shown = new ArrayList<>();
    Map<String, Map<Integer, Integer>> first = new LinkedHashMap<>();
    EventRow.stream(
        file,
        e -> {
          if (e.run() == shownRun) {
            shown.add(e);
          }
          first
              .computeIfAbsent(e.kind(), k -> new LinkedHashMap<>())
              .merge(e.run(), e.week(), Math::min);
        });
    Map<String, Map<Integer, Integer>> frozen = new LinkedHashMap<>();
    first.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new RunEvents(EventRow.sorted(shown), Collections.unmodifiableMap(frozen));
  }

  /**
   * Each replication's first week with an event of a kind {@code kinds} accepts; replications
   * without one are absent.
   */
  public Map<Integer, Integer> firstWeek(Predicate<String> kinds) {
    Map<Integer, Integer> out = new LinkedHashMap<>();
    firstWeeks.forEach(
        (kind, byRun) -> {
          if (kinds.test(kind)) {
            byRun.forEach((run, week) -> out.merge(run, week, Math::min));
          }
        });
    return out;
  }
}
