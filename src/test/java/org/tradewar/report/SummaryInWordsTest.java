package org.tradewar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradewar.output.EventRow;
import org.tradewar.output.SummaryTable;

class SummaryInWordsTest {
  private static final LocalDate START = LocalDate.of(2018, 1, 1);

  private static Map<String, Double> brokenDeal() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("deal_week", 36.0);
    m.put("last_deal_week", Double.NaN);
    m.put("truce_week", Double.NaN);
    m.put("first_tariff_week", 26.0);
    m.put("talk_rounds", 12.0);
    m.put("deals", 1.0);
    m.put("deals_broken", 1.0);
    m.put("review_week", 82.0); // a metric the page does not know yet
    m.put("peak_widget_usd_bn_us", 3.0);
    return m;
  }

  private static SummaryTable summary(
      List<SummaryTable.RunOutcome> runs, Map<String, Double> means) {
    return new SummaryTable(
        "s", "t", "", 42, runs.size(), 156, START, runs.get(0).outcome(), means, runs);
  }

  private static final List<EventRow> EVENTS =
      List.of(
          new EventRow(
              1, 36, START.plusWeeks(36), "US", "CN", "deal", Double.NaN, Double.NaN, "", "Deal"),
          new EventRow(
              1,
              61,
              START.plusWeeks(61),
              "US",
              "CN",
              "commitment_broken",
              Double.NaN,
              Double.NaN,
              "",
              "Broken"));

  @Test
  void theSummaryGivesDatesNotWeeksAndNoRawKeys() {
    SummaryTable s =
        summary(
            List.of(new SummaryTable.RunOutcome(1, 42, "no_agreement", brokenDeal())),
            brokenDeal());
    StringBuilder b = new StringBuilder();
    RunReport.summaryTable(b, s);
    String text = b.toString().replaceAll("<[^>]+>", " ");
    assertFalse(text.matches("(?is).*\\bweeks?\\s*\\(?\\d.*"), text);
    assertFalse(text.matches("(?s).*\\b[a-z]+_[a-z_]+\\b.*"), "no metric key shown: " + text);
    assertTrue(text.contains("10 September 2018"), "the first deal as a date");
    assertTrue(
        text.contains("Review") && text.contains("29 July 2019"),
        "an unknown week metric as a date too");
    assertTrue(text.contains("Peak widget (US)"));
  }

  @Test
  void theOutcomeIsStatedInWords() {
    SummaryTable s =
        summary(
            List.of(new SummaryTable.RunOutcome(1, 42, "no_agreement", brokenDeal())),
            brokenDeal());
    assertEquals(
        "No deal in force at the end: the deal of 10 September 2018 was broken on 4 March 2019."
            + " The sides met 12 times to negotiate.",
        OutcomeStatement.of(s, EVENTS));
    // without events the summary alone still says it in words
    assertEquals(
        "No deal in force at the end: the deal of 10 September 2018 was broken later."
            + " The sides met 12 times to negotiate.",
        OutcomeStatement.of(s, List.of()));
  }

  @Test
  void replicationsAreCountedBeforeTheFirstIsTold() {
    Map<String, Double> deal =
        new LinkedHashMap<>(Map.of("deal_week", 30.0, "last_deal_week", 30.0, "talk_rounds", 1.0));
    SummaryTable s =
        summary(
            List.of(
                new SummaryTable.RunOutcome(1, 1, "deal", deal),
                new SummaryTable.RunOutcome(2, 2, "deal", deal),
                new SummaryTable.RunOutcome(3, 3, "no_agreement", brokenDeal())),
            deal);
    assertEquals(
        "Of 3 replications, 2 end with a deal in force and 1 ends with no agreement. Replication 1,"
            + " which the transcript follows: A deal is in force at the end, agreed on 30 July"
            + " 2018. The sides met once to negotiate.",
        OutcomeStatement.of(s, List.of()));
    assertEquals(
        "about 30 July 2018 (mean of the 3 runs)",
        SummaryRows.cell(s, "deal_week", SummaryRows.KNOWN.get(2)));
  }
}
