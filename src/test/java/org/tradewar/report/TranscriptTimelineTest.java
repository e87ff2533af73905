package org.tradewar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradewar.output.EventRow;

class TranscriptTimelineTest {
  private static final String US_OFFER =
      "US (Steven Mnuchin) offers: China meets the US demands on intellectual property 60%,"
          + " enforcement 40%; United States cuts the first list from 25% to 10%; United States"
          + " holds its threat of 25% on the second list in reserve. CN rejects (it is worth 0.07"
          + " to CN, which aims for 0.99).";
  private static final String CN_OFFER =
      "CN (Liu He) offers: China meets the US demands on intellectual property 4%; United States"
          + " lifts the first list (25%); United States drops its threat of 25% on the second list."
          + " US accepts (it is worth 0.40 to US, which aims for 0.33).";

  private static EventRow event(int week, String actor, String kind, String text) {
    return new EventRow(
        1,
        week,
        LocalDate.of(2018, 1, 1).plusWeeks(week),
        actor,
        "",
        kind,
        Double.NaN,
        Double.NaN,
        "",
        text);
  }

  @Test
  void eachMeetingIsOneLineWithItsOffersFoldedAndTabled() {
    String html =
        TranscriptTimeline.html(
            "",
            List.of(
                event(
                    13,
                    "US",
                    "threat",
                    "United States threatens 25% tariffs on $150B, deadline 2018-07-06"),
                event(
                    14, "US", "talks", "Round of talks 1 (Steven Mnuchin and Liu He): no movement"),
                event(14, "US", "offer", US_OFFER),
                event(14, "CN", "offer", CN_OFFER),
                event(15, "CN", "retaliation", "China imposes 25% tariffs on $50B of US goods")));
    assertEquals(1, html.split("<details>", -1).length - 1, "one meeting, one fold");
    int open = html.indexOf("<details>");
    int close = html.indexOf("</details>");
    assertTrue(
        html.indexOf("Round of talks 1") > open
            && html.indexOf("Round of talks 1") < html.indexOf("</summary>"));
    assertTrue(
        html.contains("(Steven Mnuchin and Liu He): <strong>no movement</strong>"),
        "outcome on the line");
    assertTrue(html.contains("2 offers"));
    int table = html.indexOf("<table class=\"offers\">");
    assertTrue(table > open && table < close, "the offers table is inside the fold");
    assertTrue(
        html.indexOf("US (Steven Mnuchin) offers") > open
            && html.indexOf("CN (Liu He) offers") < close);
    // sides coloured, positions per item side by side, dates in words, events outside the fold
    assertTrue(
        html.contains("<th class=\"num us\">1 \u00b7 US")
            && html.contains("<th class=\"num cn\">2 \u00b7 China"));
    assertTrue(
        html.contains(
            "<tr><td>intellectual property</td><td class=\"num\">60%</td><td"
                + " class=\"num\">4%</td></tr>"));
    assertTrue(
        html.contains(
            "<tr><td>enforcement</td><td class=\"num\">40%</td><td class=\"num\">0%</td></tr>"));
    assertTrue(
        html.contains(
            "<td>US tariff on the first list, now 25%</td><td class=\"num\">10%</td>"
                + "<td class=\"num\">0% (lifted)</td>"));
    assertTrue(
        html.contains(
            "<td>US threat of 25% on the second list</td><td class=\"num\">held</td>"
                + "<td class=\"num\">dropped</td>"));
    assertTrue(html.contains("<td class=\"num accepted\">accepted</td>"));
    assertTrue(html.contains("deadline 6 July 2018"));
    assertTrue(html.indexOf("China imposes 25% tariffs") > close);
    assertTrue(
        html.contains(
            "<li class=\"cn\"><time datetime=\"2018-04-16\">16 Apr 2018</time> China imposes"));
  }

  @Test
  void aDealIsOneLineWithItsTermsFolded() {
    String html =
        TranscriptTimeline.html(
            "",
            List.of(
                event(
                    101,
                    "US",
                    "deal",
                    "Deal: China meets the US demands on intellectual property 43%; United States"
                        + " cuts the first list from 25% to 12.5%; China promises $74B of extra"
                        + " purchases by 2022-02-07")));
    assertTrue(html.contains("<strong>Deal agreed</strong>"));
    assertTrue(html.contains("<tr><td>intellectual property</td><td class=\"num\">43%</td></tr>"));
    assertTrue(
        html.contains("<td>US tariff on the first list, now 25%</td><td class=\"num\">12.5%</td>"));
    assertTrue(html.contains("<td>China promises $74B of extra purchases by 7 February 2022</td>"));
  }

  @Test
  void theMarkdownTranscriptFoldsTheIndentedOffersUnderTheirMeeting() {
    String html =
        TranscriptTimeline.html(
            "# T\n\n- **2018-04-02** (week 13) Round of talks 1 (A and B): no movement\n"
                + "    - "
                + US_OFFER
                + "\n    - "
                + CN_OFFER
                + "\n- **2018-04-03** (week 13) China threatens\n",
            List.of());
    assertEquals(1, html.split("<details>", -1).length - 1);
    assertTrue(html.contains("<table class=\"offers\">"));
    assertFalse(html.contains("(week 13)"), "the page gives dates, not week numbers");
    assertTrue(html.indexOf("China threatens") > html.indexOf("</details>"));
  }

  @Test
  void offersReadBackEveryKindOfTermAndKeepWhatTheyDoNotKnow() {
    Offer o =
        Offer.parse(
                "CN (Liu He) offers: China meets none of the US demands; China keeps the"
                    + " counter-list at 10%; United States scales back its threatened rise of the"
                    + " second list from 10% to 25% to 15%; China promises more soybeans. US"
                    + " rejects (it is worth 0.123 to US, which aims for 0.124).")
            .orElseThrow();
    assertEquals(
        List.of(
            new Offer.Position(
                Offer.Group.TARIFF, "China's tariff on the counter-list, now 10%", "10% (kept)"),
            new Offer.Position(
                Offer.Group.THREAT,
                "US threatened rise of the second list from 10% to 25%",
                "to 15%"),
            new Offer.Position(Offer.Group.OTHER, "China promises more soybeans", "yes")),
        o.positions());
    assertEquals("0.123", o.worth());
    assertEquals("rejected", o.answer());
    assertTrue(Offer.parse("Round of talks 2: no movement").isEmpty());
  }
}
