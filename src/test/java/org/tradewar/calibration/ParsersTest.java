package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradewar.io.BadInputException;

/** The small parsers, on the forms the seeds use and the common forms news uses beyond them. */
class ParsersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tariffs on up to USD 150 billion in goods|150",
        "tariffs on over $200 billion worth|200",
        "target the US$300 billion in imports|300",
        "a $60bn package|60",
        "about U.S. $5 billion|5",
        "$1.2 trillion of trade|1200",
        "$500 million in fines|0.5",
        "150 billion dollars of goods|150",
        "$1,500 billion|1500"
      })
  void amountsInEveryForm(String text, double billions) {
    List<AmountParser.Amount> a = new AmountParser().parse(text, 0, text.length());
    assertEquals(1, a.size(), text);
    assertEquals(billions, a.get(0).usdBillions(), 1e-9);
  }

  @Test
  void billionsOfDollarsIsNoAmount() {
    String t = "tariffs on billions of dollars worth of goods";
    assertTrue(new AmountParser().parse(t, 0, t.length()).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "25 per cent punitive duties|25|",
        "25 percent tariffs|25|",
        "a 25% tariff|25|",
        "raise duties from 10 percent to 25 percent|25|10",
        "from 10% to 25%|25|10",
        "from 10 to 25 percent|25|10",
        "increase duties to 25 percent from 10 percent|25|10",
        "down 1.5 percent|1.5|",
        "7.5 pct|7.5|"
      })
  void ratesInEveryForm(String text, double rate, Double from) {
    List<RateParser.Rate> r = new RateParser().parse(text, 0, text.length());
    assertEquals(1, r.size(), text);
    assertEquals(rate, r.get(0).percent(), 1e-9);
    assertEquals(from, r.get(0).fromPercent());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "after 11 rounds of talks|11|rounds",
        "for seven years after|7|years",
        "added five Chinese supercomputer technology firms|5|firms",
        "twelve companies were listed|12|firms",
        "will hold the 13th round of high-level consultations|13|rounds",
        "the 12th round since the trade war began|12|rounds"
      })
  void counts(String text, double value, String unit) {
    List<CountParser.Count> c = new CountParser().parse(text, 0, text.length());
    assertEquals(1, c.size(), text);
    assertEquals(value, c.get(0).value());
    assertEquals(unit, c.get(0).unit());
  }

  @Test
  void aRoundOfTariffsIsNoRoundOfTalks() {
    String t = "the 3rd round of tariffs took effect";
    assertTrue(new CountParser().parse(t, 0, t.length()).isEmpty());
  }

  @Test
  void agoIsADateNotACount() {
    String t = "talks held two years ago";
    assertTrue(new CountParser().parse(t, 0, t.length()).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "talks held in Beijing two weeks ago|false|2018-05-03",
        "announcement on Sunday that|false|2018-05-13",
        "Trump yesterday denied|false|2018-05-16",
        "they will leave on Monday|true|2018-05-21",
        "the rate will go up on Monday|true|2018-05-21",
        "told reporters on Air Force One on Monday that more goods would be hit|true|2018-05-14",
        "on Monday published a list of goods that will be taxed|true|2018-05-14",
        "next week|true|2018-05",
        "talks last weekend|false|2018-05-12",
        "last month, the ban|false|2018-04",
        "In March, tariffs|false|2018-03",
        "in July, talks|true|2018-07",
        "in July, talks|false|2017-07",
        "beyond March 1|false|2019-03-01",
        "a March 2 hike|false|2018-03-02",
        "by the end of 2020|true|2020-12-31",
        "last year|false|2017",
        "on Tuesday (06/25)|false|2018-06-25",
        "on January 3, 2019|false|2019-01-03"
      })
  void relativeDates(String text, boolean future, String expected) {
    PartialDate article = PartialDate.day(LocalDate.of(2018, 5, 17));
    List<DateMention> d = new DateResolver().resolve(text, 0, text.length(), article, future);
    assertEquals(1, d.size(), text + " -> " + d);
    assertEquals(expected, d.get(0).value().toString(), d.get(0).basis());
  }

  @Test
  void aWeekThatStraddlesTwoMonthsGivesNoDate() {
    PartialDate article = PartialDate.day(LocalDate.of(2019, 5, 8)); // last week: April 29 to May 5
    assertEquals(
        List.of(), new DateResolver().resolve("met last week", 0, 13, article, false), "last week");
    assertEquals(
        "2019-05",
        new DateResolver()
            .resolve("meet this week", 0, 14, article, false)
            .get(0)
            .value()
            .toString());
  }

  @Test
  void weekdaysAgainstAMonthOnlyDateStayInThatMonth() {
    String t = "arrived on Tuesday";
    List<DateMention> d =
        new DateResolver().resolve(t, 0, t.length(), PartialDate.parse("2019-02"), false);
    assertEquals("2019-02", d.get(0).value().toString());
  }

  @Test
  void anImpossibleDateLineIsRefusedWithTheArticleNamed() {
    Article a =
        new Article("x.txt", " date 2019-13-45 Bad date\n\nThe US will impose tariffs.\n", "0");
    BadInputException e =
        assertThrows(BadInputException.class, () -> FactExtractor.standard().extract(a, "x"));
    assertTrue(
        e.getMessage()
            .startsWith("x.txt line 1: the date line's '2019-13-45' is not a calendar date"),
        e.getMessage());
  }

  @Test
  void sentencesKeepExactOffsetsAndSkipAbbreviations() {
    String text =
        " date 2018-05-17 Steven Mnuchin (AP photo)\n\n"
            + "Mr. Mnuchin met U.S. officials. “China has seen our demands. The meetings haven’t"
            + " started!” However, Ross spoke.\n"
            + "…\n";
    ArticleDater dater = ArticleDater.standard();
    ArticleDate date = dater.dateLine(text).orElseThrow();
    assertEquals("2018-05-17", date.value().toString());
    List<Sentence> s = new SentenceSplitter().split(text, date.bodyStart());
    assertEquals(
        List.of(
            "Steven Mnuchin (AP photo)",
            "Mr. Mnuchin met U.S. officials.",
            "“China has seen our demands.",
            "The meetings haven’t started!”",
            "However, Ross spoke."),
        s.stream().map(Sentence::text).toList());
    for (Sentence x : s) {
      assertEquals(x.text(), text.substring(x.start(), x.end()));
    }
  }

  @Test
  void lexiconFindsCountriesPeopleAndFirms() {
    String t = "Vice Premier Liu He met Huawei Technologies and the White House";
    List<Mention> m = Lexicon.standard().mentions(t, 0, t.length());
    assertEquals(List.of("liu_he", "Huawei", "US"), m.stream().map(Mention::key).toList());
    assertEquals(List.of("CN", "Huawei", "US"), m.stream().map(Mention::party).toList());
  }

  @Test
  void undatedTextWithoutCuesHasNoDate() {
    assertNull(
        ArticleDater.standard()
            .infer("Nothing dated here.", new SentenceSplitter().split("Nothing dated here.", 0))
            .value());
  }
}
