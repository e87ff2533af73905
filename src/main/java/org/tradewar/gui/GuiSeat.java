package org.tradewar.gui;

import java.awt.Component;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.tradewar.model.TimelineEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.model.negotiation.Terms;
import org.tradewar.play.TextSeat;

/**
 * A student's seat in the window ({@code play --gui}): a dialog at every offer (accept, counter as
 * advised, counter item by item, walk away) and, between meetings, a choice among the moves the
 * ladder allows. "Hold until something happens" skips the weeks in which the rival does nothing.
 * The simulation thread waits while the dialog is open; the Console cannot be pressed meanwhile.
 */
final class GuiSeat implements Seat {

  private final Component parent;
  private TradeWarModel model;
  private Terms counter;
  private boolean agentsPlay;
  private int quietFrom = -1; // holding until news: transcript size when the student chose it

  GuiSeat(Component parent) {
    this.parent = parent;
  }

  void attach(TradeWarModel m) {
    this.model = m;
    counter = null;
    agentsPlay = false;
    quietFrom = -1;
  }

  @Override
  public Terms propose(TableView v) {
    Terms c = counter;
    counter = null;
    return c != null ? c : v.agentOffer();
  }

  @Override
  public Reply answer(TableView v) {
    if (agentsPlay) {
      return Seat.AGENTS.answer(v);
    }
    quietFrom = -1; // a meeting is news
    Terms offer = v.received();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, %s. %s offers:%n%s%n%n",
            model.timeline().date(v.week()),
            v.form().label(),
            v.side().rival().label(),
            offer.describe()));
    b.append(
        String.format(
            Locale.ROOT,
            "Worth %.2f to you (your advisers hold out for %.2f), %.2f to %s"
                + " (0: nothing a side wants, 1: everything).%n",
            offer.utility(v.side()),
            v.aim(),
            offer.utility(v.side().rival()),
            v.side().rival().label()));
    b.append(
        String.format(
            Locale.ROOT,
            "Pain: you %.2f%% of GDP, %s %.2f%%. %s%n%n",
            nz(v.ownPain()),
            v.side().rival().label(),
            nz(v.rivalPain()),
            v.deadlineWeek() < 0
                ? "No deadline."
                : "Deadline "
                    + model.timeline().date(v.deadlineWeek())
                    + " ("
                    + (v.deadlineWeek() - v.week())
                    + " weeks)."));
    for (int k = 0; k < offer.agenda().size(); k++) {
      b.append(k + 1).append(". ").append(TextSeat.item(offer, k)).append('\n');
    }
    b.append("\nYour advisers would ")
        .append(v.agentAccepts() ? "accept." : "not accept.")
        .append(v.canClose() ? "" : " (A call cannot close a deal.)");
    List<String> choices =
        new ArrayList<>(
            List.of(
                "Counter as advised",
                "Counter item by item...",
                "Walk away",
                "Agents play my seat"));
    if (v.canClose()) {
      choices.add(0, "Accept");
    }
    while (true) {
      String c = ask(b.toString(), "Your answer, " + v.side().label(), choices);
      switch (c == null ? "Counter as advised" : c) {
        case "Accept" -> {
          return Reply.ACCEPT;
        }
        case "Walk away" -> {
          return Reply.WALK_AWAY;
        }
        case "Agents play my seat" -> {
          agentsPlay = true;
          return Seat.AGENTS.answer(v);
        }
        case "Counter item by item..." -> {
          String spec =
              onSwing(
                  () ->
                      JOptionPane.showInputDialog(
                          parent,
                          "Items to change, e.g. 1=50 8=10 (a demand: percent China meets; a"
                              + " tariff: the rate kept, %)"));
          if (spec == null || spec.isBlank()) {
            continue;
          }
          try {
            counter = TextSeat.counterOffer(offer, spec.trim());
            return Reply.counter(counter);
          } catch (IllegalArgumentException e) {
            onSwing(
                () -> {
                  JOptionPane.showMessageDialog(
                      parent, e.getMessage(), "Not a counter-offer", JOptionPane.WARNING_MESSAGE);
                  return null;
                });
          }
        }
        default -> {
          return Reply.COUNTER_AS_ADVISED;
        }
      }
    }
  }

  @Override
  public WeekMove week(WeekView v) {
    if (agentsPlay) {
      return WeekMove.AGENTS_RULES;
    }
    List<TimelineEvent> events = model.timeline().events();
    if (quietFrom >= 0) {
      if (TextSeat.quiet(model, quietFrom, v)) {
        return WeekMove.HOLD;
      }
      quietFrom = -1;
    }
    List<String> choices = new ArrayList<>();
    for (WeekMove m : v.options()) {
      choices.add(m.text());
    }
    choices.add("hold until something happens");
    choices.add("let the agents play my seat for the rest");
    String text =
        String.format(
            Locale.ROOT,
            "%s (week %d). Accord: %s. Pain: you %.2f%% of GDP, %s %.2f%%.%s",
            model.timeline().date(v.week()),
            v.week(),
            v.accord(),
            nz(v.ownPain()),
            v.side().rival().label(),
            nz(v.rivalPain()),
            v.deadlineWeek() < 0
                ? ""
                : " Deadline " + model.timeline().date(v.deadlineWeek()) + ".");
    String c = choose(text, "Your move, " + v.side().label(), choices);
    if (c == null || c.equals("hold until something happens")) {
      quietFrom = events.size();
      return WeekMove.HOLD;
    }
    if (c.startsWith("let the agents")) {
      agentsPlay = true;
      return WeekMove.AGENTS_RULES;
    }
    for (WeekMove m : v.options()) {
      if (m.text().equals(c)) {
        return m;
      }
    }
    return WeekMove.HOLD;
  }

  /** A dialog with the situation and the choices as buttons. */
  private String ask(String text, String title, List<String> choices) {
    return onSwing(
        () -> {
          Object[] options = choices.toArray();
          int i =
              JOptionPane.showOptionDialog(
                  parent,
                  area(text),
                  title,
                  JOptionPane.DEFAULT_OPTION,
                  JOptionPane.QUESTION_MESSAGE,
                  null,
                  options,
                  options[0]);
          return i < 0 ? null : choices.get(i);
        });
  }

  /** A dialog with the situation and the choices in a list (there can be many moves). */
  private String choose(String text, String title, List<String> choices) {
    return onSwing(
        () -> {
          javax.swing.JComboBox<String> box =
              new javax.swing.JComboBox<>(choices.toArray(new String[0]));
          javax.swing.JPanel panel = new javax.swing.JPanel(new java.awt.BorderLayout(0, 8));
          panel.add(area(text), java.awt.BorderLayout.CENTER);
          panel.add(box, java.awt.BorderLayout.SOUTH);
          int ok =
              JOptionPane.showConfirmDialog(
                  parent, panel, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
          return ok == JOptionPane.OK_OPTION ? (String) box.getSelectedItem() : null;
        });
  }

  private static JScrollPane area(String text) {
    JTextArea area = new JTextArea(text, Math.min(18, (int) text.lines().count() + 1), 70);
    area.setEditable(false);
    area.setLineWrap(true);
    area.setWrapStyleWord(true);
    return new JScrollPane(area);
  }

  private static double nz(double v) {
    return Math.abs(v) < 0.005 ? 0 : v;
  }

  private static <T> T onSwing(Supplier<T> s) {
    if (SwingUtilities.isEventDispatchThread()) {
      return s.get();
    }
    Object[] out = new Object[1];
    try {
      SwingUtilities.invokeAndWait(() -> out[0] = s.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
    @SuppressWarnings("unchecked")
    T t = (T) out[0];
    return t;
  }
}
