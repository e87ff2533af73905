package org.tradewar.model.negotiation;

import java.util.List;
import org.tradewar.vocabulary.Country;

/**
 * A side's chair: the one place the model asks for that side's decisions, so that the agents, a
 * person (a student playing the lead negotiator) or a script can fill it. At a meeting the seat
 * makes the side's offers and answers the rival's; between meetings it chooses the side's moves on
 * the escalation ladder. Every other agent (the rival, the officials' stances, the firms) plays on.
 *
 * <p>{@link #AGENTS} is what every side gets unless told otherwise: it returns the agents' own
 * decision, which the model hands it, so a run with agent seats is the run the model always made
 * (same scenario and seed, same bytes). A seat must not draw random numbers: the run's generator
 * belongs to the model.
 */
@SuppressWarnings("SameNameButDifferent") // Reply.Kind and WeekMove.Kind, each read in its record
public interface Seat {
  /**
   * It is this side's turn to offer. {@code view.agentOffer()} is what its advisers (the agents)
   * would offer; {@code view.received()} is the rival's last offer at this meeting, or null.
   */
  Terms propose(TableView view);

  /** The rival's offer {@code view.received()} is on the table: accept, counter or walk away. */
  Reply answer(TableView view);

  /**
   * Once a week, as this side's government moves: one of {@code view.options()}, or the agents'
   * rules.
   */
  WeekMove week(WeekView view);

  /**
   * True for the agents' seat: its government keeps its own rules (retaliation, deadlines, ladder).
   */
  default boolean agents() {
    return false;
  }

  /** What the agents do, for every side that no one else takes. */
  Seat AGENTS =
      new Seat() {
        @Override
        public Terms propose(TableView view) {
          return view.agentOffer();
        }

        @Override
        public Reply answer(TableView view) {
          return view.agentAccepts() ? Reply.ACCEPT : Reply.COUNTER_AS_ADVISED;
        }

        @Override
        public WeekMove week(WeekView view) {
          return WeekMove.AGENTS_RULES;
        }

        @Override
        public boolean agents() {
          return true;
        }

        @Override
        public String toString() {
          return "agents";
        }
      };

  /**
   * What a seat sees at a meeting.
   *
   * @param side the seat's side
   * @param received the rival's offer on the table, or null when this side opens
   * @param agentOffer what the side's advisers would offer next (null when answering)
   * @param agentAccepts whether the agents would accept {@code received}
   * @param canClose whether this meeting can close a deal (a call cannot)
   * @param aim the utility the agents would hold out for on this side now
   * @param ownPain this side's pain index (percent of GDP)
   * @param rivalPain the rival's pain index (percent of GDP)
   * @param deadlineWeek the nearest deadline (a threat's or a truce's end), or -1
   *     <p>Dates and the transcript so far are the model's ({@code timeline()}): a seat that shows
   *     them holds the model.
   */
  record TableView(
      int week,
      TalkForm form,
      Country side,
      Terms received,
      Terms agentOffer,
      boolean agentAccepts,
      boolean canClose,
      double aim,
      double ownPain,
      double rivalPain,
      int deadlineWeek) {}

  /** An answer at the table. {@code counter} null: counter with what the advisers would offer. */
  record Reply(Kind kind, Terms counter) {
    public enum Kind {
      ACCEPT,
      COUNTER,
      WALK_AWAY
    }

    public static final Reply ACCEPT = new Reply(Kind.ACCEPT, null);
    public static final Reply COUNTER_AS_ADVISED = new Reply(Kind.COUNTER, null);
    public static final Reply WALK_AWAY = new Reply(Kind.WALK_AWAY, null);

    public static Reply counter(Terms terms) {
      return new Reply(Kind.COUNTER, terms);
    }
  }

  /**
   * What a seat sees between meetings: the moves the ladder allows this week (the first is always
   * to hold), each side's pain, the accord in force ("none", "truce", "deal") and the nearest
   * deadline.
   */
  record WeekView(
      int week,
      Country side,
      List<WeekMove> options,
      double ownPain,
      double rivalPain,
      String accord,
      int deadlineWeek) {}

  /**
   * One move on the ladder. {@code label} names the tranche or threat it acts on, {@code ratePct}
   * the rate it sets, {@code text} says it in a sentence for the person choosing.
   */
  record WeekMove(Kind kind, String label, double ratePct, String text) {
    public enum Kind {
      HOLD,
      THREATEN,
      IMPOSE,
      RAISE,
      CUT,
      AGENTS_RULES
    }

    public static final WeekMove HOLD =
        new WeekMove(Kind.HOLD, "", Double.NaN, "hold: no new move this week");
    public static final WeekMove AGENTS_RULES =
        new WeekMove(Kind.AGENTS_RULES, "", Double.NaN, "let the agents' rules decide");
  }
}
