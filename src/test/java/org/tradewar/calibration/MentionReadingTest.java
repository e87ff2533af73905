package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the extractor reads from single sentences written for these tests (not from the seeds): the
 * modality of the verb group, negation, the new kinds, counts and units, amounts after "in response
 * to", and the origin of goods not taken for the actor.
 */
class MentionReadingTest {
  private final PosTagger tagger = new PosTagger();
  private final ModalityReader reader = new ModalityReader();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Washington could impose duties on more goods.|threatened",
        "The president threatened to slap tariffs on everything.|threatened",
        "Beijing will impose tariffs on soybeans from July 6.|announced",
        "The ministry is to levy duties of 25 percent.|announced",
        "The duties came into force at midnight.|in_force",
        "Customs began collecting the tariffs on Friday.|in_force",
        "The White House delayed the increase until March.|suspended",
        "Both sides put the tariffs on hold.|suspended",
        "The administration called off the December tariffs.|cancelled",
        "Officials from both sides met in Beijing.|reported"
      })
  void theVerbGroupDecidesTheModality(String sentence, String modality) {
    assertEquals(modality, read(sentence).modality(), sentence);
  }

  @Test
  void negationIsReadFromTheVerbGroup() {
    assertTrue(read("The United States will not lift the tariffs.").negated());
    assertTrue(read("Beijing won't cut its duties.").negated());
    assertFalse(read("Beijing will cut its duties.").negated());
  }

  @Test
  void unitsCountsAndMonthsBeyondTheSeeds() {
    assertEquals(34, new AmountParser().parse("a list worth $34B", 0, 17).get(0).usdBillions());
    List<CountParser.Count> counts =
        new CountParser()
            .parse(
                "duties on 1,300 tariff lines and 545 items, a 90-day truce, after three-month"
                    + " talks",
                0,
                83);
    assertEquals(
        List.of("tariff_lines", "items", "days", "months"),
        counts.stream().map(CountParser.Count::unit).toList());
    assertEquals(1300, counts.get(0).value());
    DateMention d =
        new DateResolver()
            .resolve("from Aug. 23", 0, 12, PartialDate.parse("2018-08-08"), true)
            .get(0);
    assertEquals("2018-08-23", d.value().toString());
  }

  @Test
  void reportedWouldWithADateIsADecisionAndWithoutOneAThreat(@TempDir Path dir) throws Exception {
    List<Fact> dated =
        facts(
            dir,
            "The US said on Friday it would impose 10 percent tariffs on $300 billion of "
                + "Chinese goods from Sept. 1.");
    assertTrue(
        dated.stream()
            .anyMatch(
                f ->
                    f.kind().equals("tariff_imposed")
                        && "announced".equals(f.modality())
                        && "2019-09-01".equals(f.date())),
        dated.toString());
    List<Fact> undated =
        facts(
            dir,
            "The US said on Friday it would impose 10 percent tariffs on $300 billion of "
                + "Chinese goods.");
    assertTrue(
        undated.stream().anyMatch(f -> f.kind().equals("tariff_threat")), undated.toString());
  }

  @Test
  void anAmountInResponseToAnotherIsTheOtherSidesAct(@TempDir Path dir) throws Exception {
    List<Fact> facts =
        facts(
            dir,
            "China said on Friday it would impose tariffs on $75 billion of US goods in "
                + "response to the US tariffs on $300 billion of Chinese imports.");
    assertTrue(
        facts.stream()
            .anyMatch(
                f ->
                    f.kind().equals("retaliation_threat")
                        && "CN".equals(f.actor())
                        && f.amountUsdBillions() == 75),
        facts.toString());
    assertTrue(
        facts.stream()
            .anyMatch(
                f ->
                    f.kind().startsWith("tariff_")
                        && "US".equals(f.actor())
                        && f.amountUsdBillions() == 300),
        facts.toString());
  }

  @Test
  void theOriginOfGoodsIsNotTheActor(@TempDir Path dir) throws Exception {
    List<Fact> facts =
        facts(
            dir,
            "Tariffs on US$34 billion of US goods came into force, the Customs Tariff "
                + "Commission said.");
    Fact f = facts.stream().filter(x -> x.amountUsdBillions() != null).findFirst().orElseThrow();
    assertEquals("CN", f.actor(), facts.toString());
    assertEquals("retaliation_imposed", f.kind());
    assertEquals("in_force", f.modality());
  }

  @Test
  void newKindsAreRead(@TempDir Path dir) throws Exception {
    List<Fact> facts =
        facts(
            dir,
            "Washington postponed the tariff increase on $200 billion of goods. "
                + "China pledged to buy $200 billion more of US products over two years. "
                + "The USTR excluded 110 products from the tariffs.");
    List<String> kinds = facts.stream().map(Fact::kind).toList();
    assertTrue(kinds.contains("tariff_suspension"), kinds.toString());
    assertTrue(kinds.contains("purchase_commitment"), kinds.toString());
    assertTrue(kinds.contains("exclusion"), kinds.toString());
  }

  @Test
  void ratesSideBySideAreOneActsRange(@TempDir Path dir) throws Exception {
    Fact f =
        facts(
                dir,
                "China began levying tariffs of 10 percent and 5 percent on US goods worth $60"
                    + " billion.")
            .stream()
            .filter(x -> x.amountUsdBillions() != null)
            .findFirst()
            .orElseThrow();
    assertEquals(10, f.ratePercent());
    assertEquals(5, f.rateLowPercent());
    Fact raise =
        facts(
                dir,
                "The US raised tariffs from 10 percent to 25 percent on $200 billion of Chinese"
                    + " goods.")
            .stream()
            .filter(x -> x.ratePercent() != null)
            .findFirst()
            .orElseThrow();
    assertEquals(null, raise.rateLowPercent(), "a change of rate is not a range");
  }

  private ModalityReader.Reading read(String sentence) {
    return reader.read(tagger.tag(sentence, 0, sentence.length()));
  }

  @Test
  void eachDateBelongsToItsOwnVerb(@TempDir Path dir) throws Exception {
    // the article is dated Friday 2019-08-23
    Fact f =
        facts(
                dir,
                "The steel tariffs that the president proclaimed on Aug. 8 came into force on"
                    + " Friday.")
            .get(0);
    assertEquals("tariff_imposed", f.kind());
    assertEquals("2019-08-23", f.date(), f.dateBasis());
    assertEquals("2019-08-08", f.announced());
    Fact later =
        facts(dir, "The two steps will complete the tariffs the two sides had threatened in April.")
            .get(0);
    assertEquals("2019-04", later.announced(), "a past verb's month is past: " + later);
  }

  @Test
  void aLastingStateIsNotNewsOfTheDay(@TempDir Path dir) throws Exception {
    Fact f =
        facts(dir, "The 25 percent tariffs on $250 billion of Chinese goods remain in place.")
            .get(0);
    assertEquals("tariff_imposed", f.kind());
    assertEquals(null, f.date(), f.dateBasis());
    Fact news =
        facts(dir, "The 15 percent tariffs on $112 billion of Chinese goods took effect.").get(0);
    assertEquals("2019-08-23", news.date(), "an act in force with no date is the article's news");
  }

  @Test
  void theBuyerIsTheSubjectOfBuyingAndARangeKeepsItsLowEnd(@TempDir Path dir) throws Exception {
    Fact f =
        facts(dir, "Trump said China would buy $40 billion to $50 billion of US farm goods.")
            .stream()
            .filter(x -> x.kind().equals("purchase_commitment"))
            .findFirst()
            .orElseThrow();
    assertEquals("CN", f.actor());
    assertEquals(50.0, f.amountUsdBillions());
    assertEquals(40.0, f.amountLowUsdBillions());
  }

  @Test
  void anActOfEachSideGivesTwoFacts(@TempDir Path dir) throws Exception {
    List<Fact> f =
        facts(
            dir, "The move completed the $50 billion of tariffs that each country had threatened.");
    assertTrue(
        f.stream().anyMatch(x -> x.kind().startsWith("tariff_") && x.actor().equals("US")), "" + f);
    assertTrue(
        f.stream().anyMatch(x -> x.kind().startsWith("retaliation_") && x.actor().equals("CN")),
        "" + f);
  }

  @Test
  void tariffsBelongToTheirOwnerOrToTheSideWhoseGoodsTheyDoNotHit(@TempDir Path dir)
      throws Exception {
    Fact onGoods =
        facts(dir, "China said the duties on $50 billion of Chinese goods took effect.").stream()
            .filter(x -> x.amountUsdBillions() != null)
            .findFirst()
            .orElseThrow();
    assertEquals("tariff_imposed", onGoods.kind(), "a side speaking is not the side taxing");
    assertEquals("US", onGoods.actor());
    List<Fact> both =
        facts(
            dir,
            "US tariffs on $370 billion remain in place, as do Beijing's countermeasures on $110"
                + " billion of American goods.");
    assertTrue(
        both.stream()
            .anyMatch(x -> x.kind().equals("tariff_imposed") && x.amountUsdBillions() == 370.0),
        "" + both);
    assertTrue(
        both.stream()
            .anyMatch(
                x -> x.kind().equals("retaliation_imposed") && x.amountUsdBillions() == 110.0),
        "each amount takes the side its own words give: " + both);
    Fact retaliatory =
        facts(dir, "Soybeans still face a 25 percent retaliatory tariff imposed in July 2018.")
            .get(0);
    assertEquals("retaliation_imposed", retaliatory.kind(), "retaliatory tariffs are the answer");
    assertEquals("CN", retaliatory.actor());
  }

  @Test
  void anActDueOrTakingEffectOnALaterDayIsAnnouncedForThatDay(@TempDir Path dir) throws Exception {
    // the article is dated 2019-08-23: Sept. 1 is still to come
    for (String sentence :
        List.of(
            "The 10 percent tariff on about $300 billion of Chinese goods is due to take effect on"
                + " Sept. 1.",
            "The 10 percent tariff on about $300 billion of Chinese goods takes effect on Sept."
                + " 1.")) {
      Fact f = facts(dir, sentence).get(0);
      assertEquals("tariff_imposed", f.kind(), sentence);
      assertEquals("announced", f.modality(), sentence);
      assertEquals("2019-09-01", f.date(), sentence);
    }
    Fact past = facts(dir, "The 10 percent tariff on $300 billion took effect on Aug. 1.").get(0);
    assertEquals("in_force", past.modality(), "a day gone by: in force");
    assertFalse(
        facts(dir, "Exports fell due to the tariffs on $300 billion of goods.").stream()
            .anyMatch(f -> "announced".equals(f.modality())),
        "'due to' as 'because of' announces nothing");
  }

  @Test
  void aidToFarmersAndADemandToCutTheDeficitAreNoTariffs(@TempDir Path dir) throws Exception {
    List<Fact> aid =
        facts(
            dir,
            "Farmers hurt by retaliatory tariffs will get up to $12 billion in emergency aid, the"
                + " Agriculture Secretary said on Tuesday.");
    assertEquals(List.of("trade_stat"), aid.stream().map(Fact::kind).toList(), aid.toString());
    assertEquals("US", aid.get(0).actor(), "a side's aid to its own farmers");
    assertEquals(12.0, aid.get(0).amountUsdBillions());
    assertEquals("2019-08-20", aid.get(0).announced(), "the day it was announced");
    assertEquals(null, aid.get(0).date());
    List<Fact> demand =
        facts(dir, "US officials floated a target of cutting the deficit by $200 billion.");
    assertEquals(List.of("demand"), demand.stream().map(Fact::kind).toList(), demand.toString());
    assertEquals("US", demand.get(0).actor());
    assertEquals(200.0, demand.get(0).amountUsdBillions());
  }

  @Test
  void aRateThatRisesIsARaiseAndAConditionalOneIsThreatened(@TempDir Path dir) throws Exception {
    Fact planned =
        facts(dir, "The rate on the $200 billion tranche is to rise to 25 percent on Jan. 1.")
            .get(0);
    assertEquals("tariff_raise", planned.kind());
    assertEquals(25.0, planned.ratePercent());
    assertEquals("announced", planned.modality());
    assertEquals("2020-01-01", planned.date());
    Fact conditional =
        facts(dir, "If no agreement is reached within 90 days, the rate will go up to 25 percent.")
            .stream()
            .filter(f -> f.kind().equals("tariff_raise"))
            .findFirst()
            .orElseThrow();
    assertEquals("threatened", conditional.modality());
    assertEquals(null, conditional.date(), "a threat is not news of the day");
    assertTrue(
        facts(dir, "China's exports to the US rose to $40 billion, up 5 percent.").stream()
            .noneMatch(f -> f.kind().equals("tariff_raise")),
        "a trade figure that rises is no tariff");
  }

  private static List<Fact> facts(Path dir, String body) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"), " date 2019-08-23 Test\n\n" + body + "\n", StandardCharsets.UTF_8);
    Article a = new ArticleReader().read(dir).get(0);
    return FactExtractor.standard().extract(a, "t").facts();
  }
}
