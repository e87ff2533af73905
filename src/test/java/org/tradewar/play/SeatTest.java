package org.tradewar.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.model.negotiation.Terms;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import org.tradewar.vocabulary.Country;

/**
 * The seat interface: the agents' decisions pass through it unchanged; a text seat reads what a
 * person types.
 */
class SeatTest {
  private static Scenario scenario() {
    return ScenarioLoader.load(java.nio.file.Path.of("scenarios/agents-free.yaml"))
        .withOverrides(Map.of("firms.count", "2000"))
        .with(null, 104, 1);
  }

  /** A seat that asks the agents for everything, the way a person's seat is asked. */
  private static final class Forwarding implements Seat {
    int offers;
    int answers;
    int weeks;

    @Override
    public Terms propose(TableView v) {
      offers++;
      return Seat.AGENTS.propose(v);
    }

    @Override
    public Reply answer(TableView v) {
      answers++;
      return Seat.AGENTS.answer(v);
    }

    @Override
    public WeekMove week(WeekView v) {
      weeks++;
      assertEquals(WeekMove.HOLD, v.options().get(0));
      return Seat.AGENTS.week(v);
    }

    @Override
    public boolean agents() {
      return true;
    }
  }

  @Test
  void decisionsForwardedFromTheAgentsGiveTheOrdinaryRun() {
    Scenario s = scenario();
    TradeWarModel plain = TradeWarModel.run(Simulations.setupOf(s), s.seed());
    Forwarding us = new Forwarding();
    Forwarding cn = new Forwarding();
    PlaySession.Played p =
        PlaySession.play(
            s,
            Country.US,
            m -> {
              m.seat(Country.CN, cn);
              return us;
            });
    List<String> expected =
        plain.timeline().events().stream().map(TimelineEvent::toString).toList();
    List<String> got =
        p.student().model().timeline().events().stream().map(TimelineEvent::toString).toList();
    assertEquals(expected, got);
    assertTrue(us.offers > 0 && us.answers > 0 && cn.offers > 0 && cn.answers > 0);
    assertEquals(104, us.weeks);
  }

  @Test
  void aCounterOfferChangesOnlyTheItemsNamedAndABadOneIsAskedAgain() {
    Scenario s = scenario();
    StringWriter out = new StringWriter();
    TextSeat seat =
        new TextSeat(
            new BufferedReader(new StringReader("counter 99=5\ncounter 1=50 3=20\nagents\n")),
            new PrintWriter(out, true));
    Seat.Reply[] first = new Seat.Reply[1];
    PlaySession.play(
        s,
        Country.US,
        m -> {
          seat.attach(m);
          return new Seat() {
            @Override
            public Terms propose(TableView v) {
              return seat.propose(v);
            }

            @Override
            public Reply answer(TableView v) {
              Reply r = seat.answer(v);
              if (first[0] == null) {
                first[0] = r;
                Terms t = r.counter();
                assertEquals(0.5, t.term(0), 1e-9);
                assertEquals(0.2, t.term(2), 1e-9);
                assertEquals(v.received().term(1), t.term(1), 1e-9);
              }
              return r;
            }

            @Override
            public WeekMove week(WeekView v) {
              return WeekMove.HOLD;
            }
          };
        });
    assertEquals(Seat.Reply.Kind.COUNTER, first[0].kind());
    assertTrue(
        out.toString().contains("'99=5': there are items 1 to "),
        "a bad item is explained and asked again");
    assertTrue(
        out.toString().contains("the agents play your seat for the rest of the run"),
        out.toString());
  }
}
