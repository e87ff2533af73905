package org.tradewar.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import org.tradewar.chart.ChartTheme;
import org.tradewar.model.TimelineEvent;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.EventKind;

/**
 * The transcript as it is written, one line per event in plain language (the offers of each
 * meeting, indented and grey, when "show every offer" is ticked); clicking a line shows its details
 * below: who, to whom, what it covers, and the article sentences reported near its date.
 */
final class TranscriptPane {
  private final DefaultListModel<TimelineEvent> lines = new DefaultListModel<>();
  private final JList<TimelineEvent> list = new JList<>(lines);
  private final JTextArea details = new JTextArea(7, 40);
  private final JPanel panel = new JPanel(new BorderLayout(0, 4));
  private Function<TimelineEvent, List<String>> sources = e -> List.of();
  private final List<TimelineEvent> all = new java.util.ArrayList<>();
  private final javax.swing.JCheckBox showOffers = new javax.swing.JCheckBox("show every offer");

  TranscriptPane() {
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new Renderer());
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
            details.setText(details(list.getSelectedValue()));
            details.setCaretPosition(0);
          }
        });
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            int i = list.locationToIndex(e.getPoint());
            if (i >= 0) {
              list.setSelectedIndex(i);
            }
          }
        });
    details.setEditable(false);
    details.setLineWrap(true);
    details.setWrapStyleWord(true);
    details.setFont(new Font(ChartTheme.FONT, Font.PLAIN, 12));
    details.setText("Click a line of the transcript to see its details and sources.");
    JLabel title = new JLabel("Transcript (click a line for details)");
    title.setFont(new Font(ChartTheme.FONT, Font.BOLD, 14));
    showOffers.addActionListener(e -> refilter());
    JPanel top = new JPanel(new BorderLayout());
    top.add(title, BorderLayout.WEST);
    top.add(showOffers, BorderLayout.EAST);
    panel.add(top, BorderLayout.NORTH);
    panel.add(new JScrollPane(list), BorderLayout.CENTER);
    JScrollPane d = new JScrollPane(details);
    d.setBorder(BorderFactory.createTitledBorder("Details"));
    panel.add(d, BorderLayout.SOUTH);
  }

  JPanel panel() {
    return panel;
  }

  /** The list's model: what the pane shows (tests read it). */
  DefaultListModel<TimelineEvent> model() {
    return lines;
  }

  /** Where the details find the article sentences behind an event. */
  void sources(Function<TimelineEvent, List<String>> sources) {
    this.sources = sources;
  }

  void clear() {
    all.clear();
    lines.clear();
    details.setText("Click a line of the transcript to see its details and sources.");
  }

  /** Appends the week's lines (on the Swing thread); offers only when they are shown. */
  void add(List<TimelineEvent> events) {
    for (TimelineEvent e : events) {
      all.add(e);
      if (showOffers.isSelected() || e.kind() != EventKind.OFFER) {
        lines.addElement(e);
      }
    }
  }

  /** Keeps the newest line in view, unless the teacher has selected one to discuss. */
  void showLatest() {
    if (lines.size() > 0 && list.getSelectedIndex() < 0) {
      list.ensureIndexIsVisible(lines.size() - 1);
    }
  }

  /** Shows or hides the offers made at each meeting (many lines; hidden at first). */
  void showOffers(boolean show) {
    showOffers.setSelected(show);
    refilter();
  }

  private void refilter() {
    lines.clear();
    for (TimelineEvent e : all) {
      if (showOffers.isSelected() || e.kind() != EventKind.OFFER) {
        lines.addElement(e);
      }
    }
    showLatest();
  }

  /** Selects line {@code i} as a click would (tests, screenshots). */
  void select(int i) {
    list.setSelectedIndex(i);
    list.ensureIndexIsVisible(i);
  }

  String detailsText() {
    return details.getText();
  }

  String details(TimelineEvent e) {
    StringBuilder b = new StringBuilder();
    b.append(e.date())
        .append(" (week ")
        .append(e.week())
        .append("), ")
        .append(e.kind().key().replace('_', ' '))
        .append('\n')
        .append(e.text())
        .append('\n');
    if (e.actor() != null) {
      b.append("By: ").append(e.actor().label());
      if (e.target() != null && !e.target().isBlank()) {
        b.append("; on: ").append(target(e.target()));
      }
      b.append('\n');
    }
    if (!Double.isNaN(e.coverageUsdBn())) {
      b.append(String.format(Locale.ROOT, "Covers: $%.1fB of goods a year", e.coverageUsdBn()));
      if (!Double.isNaN(e.ratePct())) {
        b.append(String.format(Locale.ROOT, " at %.1f%%", e.ratePct()));
      }
      b.append('\n');
    }
    List<String> s = sources.apply(e);
    b.append(
        s.isEmpty()
            ? "Sources: none reported by the articles within a week of this date (the agents' own"
                + " move)."
            : "What the articles report near this date:\n  - " + String.join("\n  - ", s));
    return b.toString();
  }

  private static String target(String t) {
    return switch (t) {
      case "US" -> "the United States";
      case "CN" -> "China";
      default -> t;
    };
  }

  private static final class Renderer extends DefaultListCellRenderer {
    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focus) {
      TimelineEvent e = (TimelineEvent) value;
      boolean offer = e.kind() == EventKind.OFFER;
      String text = e.date() + "   " + (offer ? "      " : "") + e.text();
      JLabel l = (JLabel) super.getListCellRendererComponent(list, text, index, selected, focus);
      l.setToolTipText(
          e.text().length() > 90 ? "<html><p width=500>" + escape(e.text()) + "</p></html>" : null);
      if (!selected) {
        l.setForeground(
            offer
                ? Color.GRAY
                : e.actor() == Country.US
                    ? ChartTheme.US
                    : e.actor() == Country.CN ? ChartTheme.CN.darker() : ChartTheme.TEXT);
      }
      return l;
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
