package org.tradewar.play;

import java.util.function.Function;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.run.RunResult;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;

/**
 * One game: the scenario run with {@code side}'s seat given to a person (or a script), and the same
 * scenario and seed run with the agents in every seat, so the student's play can be set beside the
 * agents' own. Both are ordinary runs: the agents' is byte for byte what {@code tradewar run}
 * makes.
 */
public final class PlaySession {
  private PlaySession() {}

  /** The student's run and the agents' run of the same scenario and seed. */
  public record Played(Country side, RunResult student, RunResult agents) {}

  /**
   * {@code seatFor} makes the student's seat for the model about to run (it may keep the model).
   */
  public static Played play(
      Scenario scenario, Country side, Function<TradeWarModel, Seat> seatFor) {
    TradeWarModel m = new TradeWarModel(Simulations.setupOf(scenario), scenario.seed());
    m.seat(side, seatFor.apply(m));
    runToEnd(m);
    RunResult student = Simulations.resultOf(m);
    RunResult agents = Simulations.simulate(scenario, scenario.seed());
    return new Played(side, student, agents);
  }

  static void runToEnd(TradeWarModel m) {
    m.start();
    while (m.schedule.getSteps() < m.setup().weeks()) {
      if (!m.schedule.step(m)) {
        break;
      }
    }
    m.finish();
  }
}
