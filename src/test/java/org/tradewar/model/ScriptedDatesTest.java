package org.tradewar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * What a scenario dates keeps its date where people read it; notes of meetings are in the
 * transcript.
 */
class ScriptedDatesTest {
  private static final TradeWarModel RUN =
      TradeWarModel.run(
          Simulations.setupOf(
              ScenarioLoader.load(Path.of("scenarios/historical.yaml"))
                  .withOverrides(Map.of("firms.count", "2000"))),
          42);

  private static List<TimelineEvent> of(EventKind kind) {
    return RUN.timeline().events().stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void aCallAndASummitInOneWeekAreBothHeldOnTheirOwnDates() {
    TimelineEvent summit = of(EventKind.SUMMIT).get(0);
    assertEquals(LocalDate.of(2019, 6, 29), summit.date());
    assertTrue(summit.text().contains("Osaka"), summit.text());
    TimelineEvent call =
        of(EventKind.CALL).stream()
            .filter(e -> e.week() == summit.week())
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2019, 6, 24), call.date(), "the call of the same week is not lost");
    assertTrue(
        of(EventKind.TALKS).stream()
            .anyMatch(
                e -> e.date().equals(LocalDate.of(2019, 7, 30)) && e.text().contains("Shanghai")));
  }

  @Test
  void scriptedEventsAndTheirDeadlinesKeepTheScenariosDates() {
    TimelineEvent zte = of(EventKind.SANCTION).get(0);
    assertEquals(LocalDate.of(2018, 4, 16), zte.date());
    TimelineEvent truce = of(EventKind.TRUCE).get(0);
    assertEquals(LocalDate.of(2018, 12, 3), truce.date());
    assertTrue(truce.text().contains("until 2019-03-01"), truce.text());
    TimelineEvent third =
        RUN.timeline().events().stream()
            .filter(e -> e.kind() == EventKind.THREAT && e.text().contains("third list"))
            .findFirst()
            .orElseThrow();
    assertTrue(third.text().contains("deadline 2019-09-01"), third.text());
  }

  @Test
  void meetingsCarryTheirPlaceAndMeasuresTheirNameForTheTimeline() {
    assertEquals("Osaka", of(EventKind.SUMMIT).get(0).label());
    assertTrue(of(EventKind.TALKS).stream().anyMatch(e -> e.label().equals("Shanghai")));
    assertTrue(of(EventKind.NON_TARIFF).stream().allMatch(e -> !e.label().isEmpty()));
    assertTrue(
        of(EventKind.CALL).stream().allMatch(e -> e.label().isEmpty()),
        "a phone call has no place");
  }

  @Test
  void whatTheModelDoesInAnswerNeverPrecedesTheScriptedActItAnswers() {
    TimelineEvent first =
        RUN.timeline().events().stream()
            .filter(e -> e.kind() == EventKind.THREAT && e.actor() == Country.US)
            .findFirst()
            .orElseThrow();
    TimelineEvent answer =
        RUN.timeline().events().stream()
            .filter(e -> e.kind() == EventKind.THREAT && e.actor() == Country.CN)
            .findFirst()
            .orElseThrow();
    assertEquals(first.week(), answer.week(), "China answers within the week");
    assertTrue(!answer.date().isBefore(first.date()), first.date() + " then " + answer.date());
  }
}
