package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapper against the fact contract, with facts as a perfect extractor would give them (kinds,
 * actors, figures, dates, modality), added to the seeds' facts: what the current extractor cannot
 * yet read must still be mapped right when it does.
 */
class EpisodeMapperTest {
  private static List<Fact> seedFacts;
  private static ParameterMapper.Mapping seeds;
  private final ParameterMapper mapper = new ParameterMapper(Lexicon.standard());

  @BeforeAll
  static void readSeeds() {
    seedFacts = Calibrator.calibrate(Path.of("seeds")).facts();
    seeds = new ParameterMapper(Lexicon.standard()).map(seedFacts, List.of());
  }

  @Test
  void theSeedsMapAsTheCalibrationDoes() {
    assertEquals(150.0, value(seeds, "us.first_threat.coverage_usd_bn"));
    assertEquals(250.0, value(seeds, "us.cumulative_coverage_usd_bn"));
    assertTrue(seeds.conflicts().isEmpty());
  }

  @Test
  void aThreatMisreadAsImposedButMarkedThreatenedAddsNoCoverage() {
    // "$325bn" of tariffs a cue called imposed, which the modality says are only threatened
    ParameterMapper.Mapping m =
        with(fact("x-01", "tariff_imposed", "US", 325.0, null, "2019-05-06", "threatened", "s1"));
    assertEquals(250.0, value(m, "us.cumulative_coverage_usd_bn"));
    assertEquals(200.0, value(m, "us.tranche2.coverage_usd_bn"));
    assertEquals(50.0, value(m, "us.tranche1.coverage_usd_bn"));
  }

  @Test
  void theModalityDecidesWhatIsInForceWhenThereIsOne() {
    ParameterMapper.Mapping m =
        with(fact("x-01", "tariff_threat", "US", 360.0, 15.0, "2019-09-01", "in_force", "s1"));
    assertEquals(
        360.0,
        value(m, "us.cumulative_coverage_usd_bn"),
        "reported in force: it counts, whatever the kind");
  }

  @Test
  void anImpositionDecidedForAfterTheReportIsAThreatUntilThen() {
    Fact later =
        new Fact(
            "x-01",
            "tariff_imposed",
            "US",
            "CN",
            300.0,
            10.0,
            null,
            null,
            null,
            "2019-09-01",
            "test",
            new Provenance("x.txt", "s1", 0, 2),
            "2019-08-01",
            "2019-08-02",
            "announced",
            false,
            null,
            null,
            null);
    ParameterMapper.Mapping m = with(later);
    assertEquals(250.0, value(m, "us.cumulative_coverage_usd_bn"));
    assertEquals(200.0, value(m, "us.tranche2.coverage_usd_bn"));
    assertTrue(
        m.parameters().stream()
            .filter(p -> p.name().equals("us.tranche3.threat_usd_bn"))
            .findFirst()
            .orElseThrow()
            .facts()
            .contains("x-01"),
        "it is a report of the threat on the rest");
    Fact decided =
        new Fact(
            "x-02",
            "tariff_imposed",
            "US",
            "CN",
            250.0,
            25.0,
            null,
            null,
            null,
            null,
            "test",
            new Provenance("x.txt", "s2", 3, 5),
            null,
            "2019-06-26",
            "announced",
            false,
            null,
            null,
            null);
    assertTrue(
        TariffStage.inForce(decided),
        "announced with no later effective date: imposed by the report");
  }

  @Test
  void theAprilPairReadWholeIsAnEarlierProposalNotTheFirstThreat() {
    // the case with perfect extraction: the $50bn list at 25% and China's $50bn answer, one
    // sentence
    ParameterMapper.Mapping m =
        with(
            fact("x-01", "tariff_threat", "US", 50.0, 25.0, "2018-04-03", "announced", "s1"),
            fact("x-02", "retaliation_threat", "CN", 50.0, 25.0, "2018-04-04", "announced", "s1"));
    assertEquals(150.0, value(m, "us.first_threat.coverage_usd_bn"));
    assertEquals(0.3333, value(m, "cn.retaliation_ratio"));
    assertEquals("2018-05-03", seedsText(m, "talks.first_round_date"));
  }

  @Test
  void anAnswerToAnotherThreatIsNotPairedWithTheFirst() {
    // "$75bn in response to $300bn", August 2019: China's answer to the later threat
    ParameterMapper.Mapping m =
        with(
            fact("x-01", "tariff_threat", "US", 300.0, 10.0, "2019-08-01", "threatened", "s1"),
            fact("x-02", "retaliation_threat", "CN", 75.0, 10.0, "2019-08-23", "announced", "s1"));
    assertEquals(150.0, value(m, "us.first_threat.coverage_usd_bn"));
    assertEquals(50.0, value(m, "cn.first_retaliation.coverage_usd_bn"));
    assertEquals(0.3333, value(m, "cn.retaliation_ratio"));
  }

  @Test
  void anUnansweredThreatFindsItsAnswerByDateOrNone() {
    List<Fact> alone =
        List.of(
            fact("x-01", "tariff_threat", "US", 50.0, 25.0, "2018-04-03", "announced", "s1"),
            fact("x-02", "retaliation_threat", "CN", 50.0, 25.0, "2018-04-04", "announced", "s2"),
            fact("x-03", "retaliation_threat", "CN", 60.0, 10.0, "2018-09-18", "announced", "s3"));
    ParameterMapper.Mapping m = mapper.map(alone, List.of());
    assertEquals(1.0, value(m, "cn.retaliation_ratio"), "the answer of the next day");
    ParameterMapper.Mapping none = mapper.map(List.of(alone.get(0), alone.get(2)), List.of());
    assertFalse(
        none.parameters().stream().anyMatch(p -> p.name().equals("cn.retaliation_ratio")),
        "an answer five months later answers something else");
  }

  @Test
  void aCountOverAPeriodOrSmallerThanTheEpisodesLeavesTheRounds() {
    Fact thisYear =
        new Fact(
            "x-01",
            "count",
            null,
            null,
            null,
            null,
            null,
            2.0,
            "rounds",
            "2019-03",
            null,
            new Provenance("x.txt", "s1", 0, 2),
            null,
            "2019-03-10",
            "reported",
            false,
            null,
            null,
            "2019");
    Fact later =
        new Fact(
            "x-02",
            "count",
            null,
            null,
            null,
            null,
            null,
            3.0,
            "rounds",
            "2019-11",
            null,
            new Provenance("x.txt", "s2", 3, 5),
            null,
            "2019-11-20",
            "reported",
            false,
            null,
            null,
            null);
    ParameterMapper.Mapping m = with(thisYear, later);
    assertEquals(11.0, value(m, "talks.rounds"));
    assertEquals(5.43, value(m, "talks.cadence_weeks"));
  }

  @Test
  void onlyAThreatDatedWithTheFirstRivalsIt() {
    // a threat of another size dated only to the year, or not at all, is no report of the May 2018
    // threat
    ParameterMapper.Mapping m =
        with(
            fact("x-01", "tariff_threat", "US", 120.0, null, "2018", null, "s1"),
            fact("y-01", "tariff_threat", "US", 130.0, null, null, null, "s1"));
    assertEquals(150.0, value(m, "us.first_threat.coverage_usd_bn"));
    assertTrue(m.conflicts().isEmpty(), m.conflicts().toString());
    ParameterMapper.Mapping rival =
        with(fact("x-01", "tariff_threat", "US", 120.0, null, "2018-05-20", null, "s1"));
    assertEquals(1, rival.conflicts().size(), "dated with it: a rival, kept out by most sources");
    assertEquals("most sources", rival.conflicts().get(0).rule());
  }

  @Test
  void reportsOfOneActMergeAndOthersDoNot() {
    Fact a = fact("a-01", "tariff_threat", "US", 150.0, 25.0, "2018-05-17", null, "s1");
    Fact b = fact("b-01", "tariff_threat", "US", 150.0, null, "2018-05", null, "s2");
    Fact c = fact("c-01", "tariff_threat", "US", 148.0, 25.0, "2018-05-30", null, "s3");
    assertTrue(EventMerger.sameAct(a, b), "the month contains the day; one gives no rate");
    assertTrue(EventMerger.sameAct(a, c), "within 5% and a month");
    assertFalse(
        EventMerger.sameAct(
            a, fact("d-01", "tariff_threat", "US", 100.0, 25.0, "2018-05-17", null, "s4")));
    assertFalse(
        EventMerger.sameAct(
            a, fact("d-01", "tariff_imposed", "US", 150.0, 25.0, "2018-05-17", null, "s4")),
        "a threat is not its imposition");
    assertFalse(
        EventMerger.sameAct(
            a, fact("d-01", "tariff_threat", "US", 150.0, 25.0, "2018-07-17", null, "s4")));
    assertFalse(
        EventMerger.sameAct(
            a, fact("d-01", "tariff_threat", "CN", 150.0, 25.0, "2018-05-17", null, "s4")));
    assertFalse(
        EventMerger.sameAct(
            fact("t-01", "talks", "US", null, null, "2018-05-17", null, "s5"),
            fact("t-02", "talks", "US", null, null, "2018-05-17", null, "s6")),
        "nothing tells two meetings apart");
    List<Event> events = new EventMerger().merge(List.of(a, b, c));
    assertEquals(1, events.size());
    assertEquals(List.of("a-01", "b-01", "c-01"), events.get(0).ids());
    assertEquals(3, events.get(0).articles());
  }

  @Test
  void rivalsAreSettledByMostSourcesThenTheMoreCompleteThenTheLaterReport() {
    Event two =
        new Event(
            List.of(
                fact("a-01", "tariff_threat", "US", 150.0, null, "2018-05", null, "s1"),
                fact("b-01", "tariff_threat", "US", 150.0, null, "2018-05", null, "s2")));
    Event complete =
        new Event(
            List.of(fact("c-01", "tariff_threat", "US", 100.0, 25.0, "2018-05-17", null, "s3")));
    Event vague =
        new Event(List.of(fact("d-01", "tariff_threat", "US", 120.0, null, "2018-05", null, "s4")));
    assertEquals("most sources", Settlement.of(List.of(complete, two)).rule());
    assertEquals(two, Settlement.of(List.of(complete, two)).winner());
    assertEquals("the more complete report", Settlement.of(List.of(vague, complete)).rule());
    assertEquals(complete, Settlement.of(List.of(vague, complete)).winner());
    Event laterReport =
        new Event(
            List.of(
                new Fact(
                    "e-01",
                    "tariff_threat",
                    "US",
                    null,
                    90.0,
                    null,
                    null,
                    null,
                    null,
                    "2018-05",
                    null,
                    new Provenance("e.txt", "s5", 0, 2),
                    null,
                    "2018-06-01",
                    null,
                    false,
                    null,
                    null,
                    null)));
    Settlement s = Settlement.of(List.of(vague, laterReport));
    assertEquals("the later report", s.rule());
    assertEquals(laterReport, s.winner());
  }

  @Test
  void aThreatAddedToAnEarlierOneIsNotTheFirst() {
    // April 2018, before the seeds' May report of $150bn, with China's answer in the sentence: the
    // $100bn is added to the $50bn list, so it is not the first threat
    String text =
        "Trump asked officials to consider tariffs on an additional $100 billion of Chinese goods,"
            + " and China said it would answer with $50 billion.";
    Fact answer = fact("x-02", "retaliation_threat", "CN", 50.0, null, "2018-04-06", null, "s1");
    ParameterMapper.Mapping m =
        with(
            saying(
                fact("x-01", "tariff_threat", "US", 100.0, null, "2018-04-05", "threatened", "s1"),
                text),
            saying(answer, text));
    assertEquals(150.0, value(m, "us.first_threat.coverage_usd_bn"));
    assertEquals(0.3333, value(m, "cn.retaliation_ratio"));
    String plain = text.replace("an additional $100 billion", "$100 billion");
    ParameterMapper.Mapping alone =
        with(
            saying(
                fact("x-01", "tariff_threat", "US", 100.0, null, "2018-04-05", "threatened", "s1"),
                plain),
            saying(answer, plain));
    assertEquals(
        100.0,
        value(alone, "us.first_threat.coverage_usd_bn"),
        "the same threat, not said to be additional, is earlier and answered, so the first");
  }

  @Test
  void theThirdTrancheIsTheCoverageMostArticlesReportAndTheOthersAreItsRivals() {
    // the seeds report $300bn in two articles; a remark that the total could exceed $500bn and a
    // recap's $370bn are one article each
    ParameterMapper.Mapping m =
        with(
            fact("x-01", "tariff_threat", "US", 500.0, null, "2018-07-05", "threatened", "s1"),
            fact("y-01", "tariff_threat", "US", 370.0, null, "2019-12", "threatened", "s1"));
    assertEquals(300.0, value(m, "us.tranche3.threat_usd_bn"));
    Conflict c =
        m.conflicts().stream()
            .filter(x -> x.parameter().equals("us.tranche3.threat_usd_bn"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no conflict recorded: " + m.conflicts()));
    assertEquals("most sources", c.rule());
    assertEquals(
        List.of(300.0, 500.0, 370.0), c.claims().stream().map(Conflict.Claim::value).toList());
  }

  /** {@code f} read from a sentence that says {@code text}. */
  private static Fact saying(Fact f, String text) {
    return new Fact(
        f.id(),
        f.kind(),
        f.actor(),
        f.target(),
        f.amountUsdBillions(),
        f.ratePercent(),
        f.fromRatePercent(),
        f.count(),
        f.countUnit(),
        f.date(),
        f.dateBasis(),
        new Provenance(f.source().file(), text, f.source().start(), f.source().start() + 1),
        f.announced(),
        f.reportedOn(),
        f.modality(),
        f.negated(),
        f.rateLowPercent(),
        f.amountLowUsdBillions(),
        f.period());
  }

  private ParameterMapper.Mapping with(Fact... added) {
    List<Fact> all = new ArrayList<>(seedFacts);
    all.addAll(List.of(added));
    return mapper.map(all, List.of());
  }

  /** A fact as the contract has it; facts of one {@code sentence} share a file and offset. */
  static Fact fact(
      String id,
      String kind,
      String actor,
      Double amount,
      Double rate,
      String date,
      String modality,
      String sentence) {
    String file = id.substring(0, id.indexOf('-')) + ".txt";
    int start = Integer.parseInt(sentence.substring(1)) * 10;
    return new Fact(
        id,
        kind,
        actor,
        "US".equals(actor) ? "CN" : "US",
        amount,
        rate,
        null,
        null,
        null,
        date,
        "test",
        new Provenance(file, sentence, start, start + sentence.length()),
        null,
        date,
        modality,
        false,
        null,
        null,
        null);
  }

  private static double value(ParameterMapper.Mapping m, String name) {
    return (Double)
        m.parameters().stream()
            .filter(p -> p.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + name))
            .value();
  }

  private static String seedsText(ParameterMapper.Mapping m, String name) {
    return String.valueOf(
        m.parameters().stream()
            .filter(p -> p.name().equals(name))
            .findFirst()
            .orElseThrow()
            .value());
  }
}
