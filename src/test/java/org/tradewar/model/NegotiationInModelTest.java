package org.tradewar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.negotiation.AgendaItem;
import org.tradewar.model.negotiation.Terms;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;
import org.tradewar.vocabulary.Variable;

/**
 * The negotiation inside the model, on the real articles: over seeds of {@code agents-free} the
 * agents take different paths; deals keep some tariffs; breakdowns and reneging come from the
 * agents; a deal's terms are exactly what the governments apply; promises are kept in part.
 */
class NegotiationInModelTest {
  private static final int SEEDS = 12;
  private static final List<TradeWarModel> RUNS = new ArrayList<>();

  @BeforeAll
  static void runSeeds() {
    // The mechanics of deals need deals: the behaviour before the fit makes them within the
    // horizon.
    Scenario s =
        ScenarioLoader.load(Path.of("scenarios/agents-free.yaml"))
            .withOverrides(Map.of("firms.count", "2000"))
            .withOverrides(PreFitBehaviour.overrides());
    for (long seed = 1; seed <= SEEDS; seed++) {
      RUNS.add(TradeWarModel.run(Simulations.setupOf(s), seed));
    }
  }

  @Test
  void seedsGiveADistributionOfPathsNotOnePath() {
    long distinctDealWeeks =
        RUNS.stream().mapToInt(TradeWarModel::firstDealWeek).distinct().count();
    long distinctRounds = RUNS.stream().mapToInt(TradeWarModel::meetings).distinct().count();
    assertTrue(
        distinctDealWeeks >= 3,
        "first deal weeks over " + SEEDS + " seeds: " + distinctDealWeeks + " distinct");
    assertTrue(distinctRounds >= 3, "numbers of meetings: " + distinctRounds + " distinct");
  }

  @Test
  void dealsKeepSomeTariffs() {
    int deals = RUNS.stream().mapToInt(m -> m.negotiationCounts().deals()).sum();
    int keeping = RUNS.stream().mapToInt(m -> m.negotiationCounts().dealsKeepingTariffs()).sum();
    assertTrue(deals > 0, "no deal in " + SEEDS + " seeds");
    assertTrue(keeping > 0, "every one of " + deals + " deals lifted every tariff");
  }

  @Test
  void breakdownsAndRenegingComeFromTheAgents() {
    // agents-free scripts nothing after May 2018 and no breakdown at all: every one is the agents'.
    long reneging =
        RUNS.stream()
            .flatMap(m -> m.timeline().events().stream())
            .filter(e -> e.kind() == EventKind.BREAKDOWN && e.text().contains("reneging"))
            .count();
    long broken = RUNS.stream().mapToInt(m -> m.negotiationCounts().dealsBroken()).sum();
    assertTrue(reneging > 0, "no talks broke down over reneging in " + SEEDS + " seeds");
    assertTrue(reneging + broken >= 3, "reneging " + reneging + ", deals broken " + broken);
  }

  @Test
  void aDealsTermsAreExactlyWhatTheGovernmentsApply() {
    int checked = 0;
    for (TradeWarModel m : RUNS) {
      Terms deal = m.negotiations.deal();
      if (deal == null) {
        continue; // no deal in force at the end of this run
      }
      // Under a deal in force no government escalates, so the rates at the end are the agreed ones.
      for (int k = 0; k < deal.agenda().size(); k++) {
        AgendaItem item = deal.agenda().items().get(k);
        if (item.kind() != AgendaItem.Kind.TRANCHE) {
          continue;
        }
        Tranche t = m.governments.get(item.giver()).tranche(item.label());
        assertNotNull(t, item.key());
        assertEquals(deal.remainingRatePct(k), t.ratePct(), 1e-9, item.key());
        double step = deal.agenda().rateStepPct();
        assertEquals(
            0,
            Math.IEEEremainder(t.ratePct(), step),
            1e-9,
            "agreed rate off the step: " + t.ratePct());
        checked++;
      }
    }
    assertTrue(checked > 0, "no deal in force with tranches at the end of any run");
  }

  @Test
  void promisedPurchasesAreKeptInPartAndTheShortfallIsRecorded() {
    double promised =
        RUNS.stream().mapToDouble(m -> m.negotiationCounts().purchasesPromisedUsdBn()).sum();
    double shortfall =
        RUNS.stream().mapToDouble(m -> m.negotiationCounts().purchasesShortfallUsdBn()).sum();
    assertTrue(promised > 0, "no purchases promised");
    assertTrue(shortfall > 0 && shortfall < promised, "shortfall " + shortfall + " of " + promised);
    boolean recorded =
        RUNS.stream()
            .flatMap(m -> m.timeline().events().stream())
            .anyMatch(
                e ->
                    e.kind() == EventKind.COMMITMENT_SHORTFALL
                        && e.ratePct() >= 0
                        && e.ratePct() < 100);
    assertTrue(recorded, "no quarter's shortfall in the transcript");
  }

  @Test
  void meetingsGoOnUnderADeal() {
    boolean reviewed = RUNS.stream().anyMatch(m -> m.negotiationCounts().reviews() > 0);
    assertTrue(reviewed, "no implementation review under any deal");
  }

  @Test
  void aBrokenDealRestoresTheRatesItCut() {
    int checked = 0;
    for (TradeWarModel m : RUNS) {
      int dealWeek = -1;
      for (TimelineEvent e : m.timeline().events()) {
        if (e.kind() == EventKind.DEAL) {
          dealWeek = e.week();
        } else if (e.kind() == EventKind.COMMITMENT_BROKEN && dealWeek > 0) {
          // Nothing escalates under a deal in agents-free, so the rates after the break are the
          // rates before the deal, exactly.
          for (Country c : Country.values()) {
            double[] tariff = m.record().total(Variable.AVG_TARIFF, c);
            assertEquals(
                tariff[dealWeek - 1],
                tariff[e.week()],
                1e-9,
                c + ": deal in week " + dealWeek + ", broken in week " + e.week());
          }
          checked++;
          dealWeek = -1;
        }
      }
    }
    assertTrue(checked > 0, "no deal was broken in " + SEEDS + " seeds");
  }

  @Test
  void noTariffIsImposedOrRaisedDuringATruce() {
    for (TradeWarModel m : RUNS) {
      boolean truce = false;
      for (TimelineEvent e : m.timeline().events()) {
        switch (e.kind()) {
          case TRUCE -> truce = true;
          case DEAL, BREAKDOWN -> truce = false;
          case DEADLINE -> truce &= !e.text().startsWith("The truce");
          case TARIFF, RAISE, RETALIATION ->
              assertTrue(!truce, "week " + e.week() + " during a truce: " + e.text());
          default -> {}
        }
      }
    }
  }

  @Test
  void talksThatBrokeDownResumeOnlyAfterTheCoolingOff() {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/agents-free.yaml"));
    int wait =
        Math.max(
            (int) Math.round(s.parameters().get("talks.cadence_weeks")),
            s.parameters().getInt("talks.cool_off_weeks"));
    int checked = 0;
    for (TradeWarModel m : RUNS) {
      // A meeting the scenario schedules is history and is held whatever the stances.
      java.util.Set<Integer> scripted = new java.util.HashSet<>();
      m.setup().events().stream()
          .filter(e -> e.type() == ScriptedEvent.Type.TALKS)
          .forEach(e -> scripted.add(e.week()));
      int brokeDown = -1;
      for (TimelineEvent e : m.timeline().events()) {
        if (scripted.contains(e.week())) {
          continue;
        }
        if (e.kind() == EventKind.BREAKDOWN) {
          brokeDown = e.week();
        } else if (e.kind() == EventKind.TALKS && brokeDown >= 0) {
          assertTrue(
              e.week() - brokeDown >= wait,
              "a round " + (e.week() - brokeDown) + " weeks after a breakdown: " + e.text());
          brokeDown = -1;
          checked++;
        } else if (e.kind() == EventKind.DEAL) {
          brokeDown = -1;
        }
      }
    }
    assertTrue(checked > 0, "no talks resumed after a breakdown");
  }

  @Test
  void theQuarterlyRealisedShareHasTheCataloguedMeanAndSpread() {
    ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(20181201L);
    org.apache.commons.math3.stat.descriptive.SummaryStatistics stats =
        new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
    for (int i = 0; i < 20_000; i++) {
      double share = PurchaseCommitment.betaDraw(random, 0.8, 0.15);
      assertTrue(share >= 0 && share <= 1, "share " + share);
      stats.addValue(share);
    }
    assertEquals(0.8, stats.getMean(), 0.005);
    assertEquals(0.15, stats.getStandardDeviation(), 0.005);
    assertEquals(
        1.0, PurchaseCommitment.betaDraw(random, 1.0, 0.15), 0, "a certain promise is kept");
  }

  @Test
  void aCutLowersOneTrancheAndKeepsTheOther() {
    Scenario s = ScenarioLoader.load(Path.of("src/test/resources/scenarios/fixture-cut.yaml"));
    TradeWarModel m = TradeWarModel.run(Simulations.setupOf(s), 3);
    assertEquals(25, m.governments.get(Country.US).tranche("first list").ratePct(), 1e-12);
    assertEquals(10, m.governments.get(Country.US).tranche("second list").ratePct(), 1e-12);
    assertTrue(
        m.timeline().events().stream()
            .anyMatch(e -> e.kind() == EventKind.ROLLBACK && e.text().contains("from 25% to 10%")));
  }
}
