package org.tradewar.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;

/**
 * A sweep's run is what {@code ./tradewar run SCENARIO --set path=value --seed SEED} computes
 * (ScenarioModel's promise), also for a scenario whose replications draw their behaviour ({@code
 * behaviour_from}).
 */
class ScenarioModelRunTest {
  @Test
  void aSweepRunEqualsTheRunCommandWithThatSeedAlsoWithBehaviourDraws() throws Exception {
    for (String name : new String[] {"agents-free-uncertain", "tariffs-only"}) {
      Path file = Path.of("scenarios", name + ".yaml");
      Map<String, String> set = Map.of("economy.elasticity", "3");
      long seed = 7;
      RunResult sweepRun = ScenarioModel.load(name, file).runFunction().run(set, seed);
      Scenario asRun = ScenarioLoader.load(file).withOverrides(set).with(seed, null, 1);
      org.tradewar.run.RunResult run = Simulations.replications(asRun).get(0);
      assertEquals(run.outcome(), sweepRun.outcome(), name);
      assertEquals(
          new TreeMap<>(run.metrics()).toString(),
          new TreeMap<>(sweepRun.metrics()).toString(),
          name);
    }
  }
}
