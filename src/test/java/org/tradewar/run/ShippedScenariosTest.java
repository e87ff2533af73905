package org.tradewar.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Variable;

/**
 * The shipped scenarios, calibrated from the real articles, differ as economics says they should.
 * Averaged over a few seeds so that one replication's luck does not decide.
 */
class ShippedScenariosTest {
  private static final int SEEDS = 3;
  private static final Map<String, Outcome> RESULTS = new TreeMap<>();

  /** What a scenario ends with, averaged over seeds. */
  record Outcome(double finalTariffUs, double finalTariffCn, double bilateralTradeChangePct,
      double divertedUsdBn, double meanTariffUs) {}

  @BeforeAll
  static void runAll() {
    for (String name : List.of("historical", "escalation", "truce", "deal", "decoupling",
        "hawk-in-the-room", "early-deal")) {
      Scenario s = ScenarioLoader.load(Path.of("scenarios", name + ".yaml"));
      double tus = 0;
      double tcn = 0;
      double trade = 0;
      double diverted = 0;
      double meanTariff = 0;
      for (int i = 0; i < SEEDS; i++) {
        RunResult r = Simulations.simulate(s, s.seed() + i);
        tus += r.metric("final_avg_tariff_pct_us");
        tcn += r.metric("final_avg_tariff_pct_cn");
        double change = r.metric("imports_change_usd_bn_us") + r.metric("imports_change_usd_bn_cn");
        double base = 0;
        for (Country c : Country.values()) {
          for (double v : r.model().record().total(Variable.BASELINE_IMPORTS, c)) {
            base += v;
          }
        }
        trade += 100 * change / base;
        diverted += r.metric("diverted_imports_usd_bn_us") + r.metric("diverted_imports_usd_bn_cn");
        double[] t = r.model().record().total(Variable.AVG_TARIFF, Country.US);
        meanTariff += java.util.Arrays.stream(t).average().orElse(0);
      }
      RESULTS.put(name, new Outcome(tus / SEEDS, tcn / SEEDS, trade / SEEDS, diverted / SEEDS,
          meanTariff / SEEDS));
    }
    RESULTS.forEach((k, v) -> System.out.println("scenario " + k + ": " + v));
  }

  @Test
  void everyShippedScenarioLoads() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).toList();
      assertTrue(yaml.size() >= 7);
      for (Path p : yaml) {
        Scenario s = ScenarioLoader.load(p);
        assertTrue(!s.title().isBlank() && s.description().length() > 80, p + " needs a real description");
      }
    }
  }

  @Test
  void escalationEndsWithHigherTariffsAndLessTradeThanTruce() {
    Outcome esc = RESULTS.get("escalation");
    Outcome truce = RESULTS.get("truce");
    assertTrue(esc.finalTariffUs() > truce.finalTariffUs() && esc.finalTariffCn() > truce.finalTariffCn(),
        esc + " vs " + truce);
    assertTrue(esc.bilateralTradeChangePct() < truce.bilateralTradeChangePct(), esc + " vs " + truce);
  }

  @Test
  void decouplingCutsBilateralTradeMostAndDivertsMost() {
    Outcome dec = RESULTS.get("decoupling");
    RESULTS.forEach((name, o) -> {
      if (!name.equals("decoupling")) {
        assertTrue(dec.bilateralTradeChangePct() < o.bilateralTradeChangePct(), "trade: decoupling vs " + name);
        assertTrue(dec.divertedUsdBn() > o.divertedUsdBn(), "diversion: decoupling vs " + name);
      }
    });
  }

  @Test
  void dealsEndWithLowerTariffsThanEscalation() {
    Outcome esc = RESULTS.get("escalation");
    Outcome deal = RESULTS.get("deal");
    assertTrue(deal.finalTariffUs() < esc.finalTariffUs() && deal.finalTariffCn() < esc.finalTariffCn(),
        "deal " + deal + " vs escalation " + esc);
    // An early deal may not last (China may break its promise, the US climb again), but it spares
    // the months it holds: lower tariffs on average over the horizon.
    Outcome early = RESULTS.get("early-deal");
    assertTrue(early.meanTariffUs() < esc.meanTariffUs(), "early-deal " + early + " vs escalation " + esc);
  }

  @Test
  void historicalRunsOnTheArticles() {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/historical.yaml"));
    assertEquals(150.0, s.parameters().get("us.first_threat.coverage_usd_bn"), "read from seeds/000 and 004");
    assertTrue(s.roster().stream().anyMatch(n -> n.name().contains("Mnuchin")));
    // The articles put Mnuchin at the head of the US team and Lighthizer beside him at the table.
    var us = s.roster().stream().filter(n -> n.country() == org.tradewar.vocabulary.Country.US).toList();
    assertTrue(us.stream().anyMatch(n -> n.name().contains("Mnuchin") && n.lead()), us.toString());
    assertTrue(us.stream().anyMatch(n -> n.name().contains("Lighthizer") && n.atTable() && !n.lead()),
        us.toString());
    assertTrue(us.stream().noneMatch(n -> n.headOfState() && n.atTable()), us.toString());
  }
}
