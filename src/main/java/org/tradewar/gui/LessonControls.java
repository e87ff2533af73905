package org.tradewar.gui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.tradewar.chart.ChartTheme;
import org.tradewar.model.ModelSetup;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSpec;
import org.tradewar.run.Simulations;
import org.tradewar.scenario.Scenario;

/**
 * The parameters that matter for a lesson, with their catalog ranges: the economy's elasticity and
 * pass-through, how much of promised purchases is bought, negotiators' patience, and each official
 * at the table: hawkishness and strategy. Changes take effect when the next run starts.
 */
final class LessonControls {
  /** Catalog parameters shown, in order, with the short name a class reads. */
  static final Map<String, String> PARAMETERS = parameters();

  private static Map<String, String> parameters() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("economy.elasticity", "Elasticity (short run)");
    m.put("economy.pass_through", "Tariff pass-through");
    m.put("purchases.realisation_mean", "Purchases realised");
    m.put("negotiators.patience_weeks", "Patience, weeks");
    return m;
  }

  private final Scenario base;
  private final List<ParameterControl> parameters = new ArrayList<>();
  private final Map<String, ParameterControl> hawkishness = new LinkedHashMap<>();
  private final Map<String, JComboBox<Strategy>> strategies = new LinkedHashMap<>();
  private final Map<String, Strategy> initialStrategies = new LinkedHashMap<>();
  private final JPanel panel = new JPanel(new GridBagLayout());

  LessonControls(Scenario base) {
    this.base = base;
    ParameterCatalog catalog = base.parameters().catalog();
    int row = 0;
    row = heading("Economy and talks", row);
    for (Map.Entry<String, String> e : PARAMETERS.entrySet()) {
      ParameterSpec spec = catalog.find(e.getKey()).orElseThrow();
      ParameterControl c = new ParameterControl(spec, base.parameters().get(e.getKey()));
      parameters.add(c);
      row = add(e.getValue(), c.spinner(), row);
    }
    row = heading("Officials: hawkishness (0-1) and strategy", row);
    for (NegotiatorProfile p : base.roster()) {
      if (!p.atTable() && !p.headOfState()) {
        continue;
      }
      ParameterSpec role = catalog.find("roles." + p.role() + ".hawkishness").orElse(null);
      double min = role == null ? 0 : role.min();
      double max = role == null ? 1 : role.max();
      ParameterControl h =
          new ParameterControl(
              "negotiators." + p.slug() + ".hawkishness",
              p.hawkishness(),
              min,
              max,
              false,
              "<html>"
                  + p.name()
                  + " ("
                  + p.role().replace('_', ' ')
                  + ", "
                  + p.country().label()
                  + "): hawkishness at rest, from the articles' cues and the role's default"
                  + (role == null
                      ? ""
                      : "<br>" + ParameterControl.tooltip(role).replace("<html>", "")));
      hawkishness.put(p.slug(), h);
      JComboBox<Strategy> s = new JComboBox<>(Strategy.values());
      s.setToolTipText(
          "strategy of "
              + p.name()
              + ": how the stance answers the other side's moves and a deadline");
      s.setSelectedItem(p.strategy());
      s.setRenderer(
          new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(
                javax.swing.JList<?> list,
                Object value,
                int index,
                boolean selected,
                boolean focus) {
              return super.getListCellRendererComponent(
                  list, ((Strategy) value).label(), index, selected, focus);
            }
          });
      strategies.put(p.slug(), s);
      initialStrategies.put(p.slug(), p.strategy());
      JPanel both = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 4, 0));
      both.add(h.spinner());
      both.add(s);
      row = add(p.name() + " (" + p.country() + ")", both, row);
    }
    JButton reset = new JButton("Reset to the scenario's values");
    reset.addActionListener(e -> reset());
    GridBagConstraints c = constraints(0, row++);
    c.gridwidth = 2;
    panel.add(reset, c);
    JLabel note =
        new JLabel(
            "<html><p width=260><i>Hover over a control for its meaning, range and source."
                + " Changes apply when the next run starts: press stop, then play.</i></p></html>");
    c = constraints(0, row++);
    c.gridwidth = 2;
    panel.add(note, c);
    c = constraints(0, row);
    c.weighty = 1;
    panel.add(new JLabel(""), c);
    panel.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
  }

  JComponent panel() {
    return panel;
  }

  private int heading(String text, int row) {
    JLabel l = new JLabel(text);
    l.setFont(new Font(ChartTheme.FONT, Font.BOLD, 13));
    GridBagConstraints c = constraints(0, row);
    c.gridwidth = 2;
    c.insets = new Insets(row == 0 ? 2 : 10, 2, 4, 2);
    panel.add(l, c);
    return row + 1;
  }

  private int add(String label, JComponent control, int row) {
    panel.add(new JLabel(label), constraints(0, row));
    GridBagConstraints c = constraints(1, row);
    c.fill = GridBagConstraints.NONE;
    panel.add(control, c);
    return row + 1;
  }

  private static GridBagConstraints constraints(int x, int y) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(2, 2, 2, 6);
    return c;
  }

  void reset() {
    parameters.forEach(ParameterControl::reset);
    hawkishness.values().forEach(ParameterControl::reset);
    strategies.forEach((slug, box) -> box.setSelectedItem(initialStrategies.get(slug)));
  }

  /** Sets a control by catalog path or "negotiators.SLUG.hawkishness" (tests, scripted lessons). */
  void set(String path, double value) {
    for (ParameterControl c : parameters) {
      if (c.path().equals(path)) {
        c.set(value);
        return;
      }
    }
    for (ParameterControl c : hawkishness.values()) {
      if (c.path().equals(path)) {
        c.set(value);
        return;
      }
    }
    throw new IllegalArgumentException("no control for " + path);
  }

  /** The scenario with the catalog parameters changed (a run folder records them as overrides). */
  Scenario scenario() {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (ParameterControl c : parameters) {
      if (c.changed()) {
        overrides.put(c.path(), String.format(Locale.ROOT, "%s", c.value()));
      }
    }
    return base.withOverrides(overrides);
  }

  /** What the parameter controls change, one line each. */
  List<String> parameterChanges() {
    List<String> out = new ArrayList<>();
    for (ParameterControl c : parameters) {
      if (c.changed()) {
        out.add(String.format(Locale.ROOT, "%s %s", c.path(), c.value()));
      }
    }
    return out;
  }

  /** What the officials' controls change, one line each ("" when nothing): saved beside a run. */
  List<String> officialChanges() {
    List<String> out = new ArrayList<>();
    for (NegotiatorProfile p : base.roster()) {
      ParameterControl h = hawkishness.get(p.slug());
      if (h == null) {
        continue;
      }
      Strategy s = (Strategy) strategies.get(p.slug()).getSelectedItem();
      if (h.changed() || s != p.strategy()) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: hawkishness %.2f (scenario %.2f), strategy %s (scenario %s)",
                p.name(),
                h.value(),
                p.hawkishness(),
                s.label(),
                p.strategy().label()));
      }
    }
    return out;
  }

  /**
   * The model's input: {@code s}'s setup with each official's hawkishness and strategy as set here.
   */
  ModelSetup setup(Scenario s) {
    ModelSetup setup = Simulations.setupOf(s);
    List<NegotiatorProfile> roster = new ArrayList<>();
    for (NegotiatorProfile p : setup.roster()) {
      ParameterControl h = hawkishness.get(p.slug());
      JComboBox<Strategy> box = strategies.get(p.slug());
      if (h == null || (!h.changed() && box.getSelectedItem() == initialStrategies.get(p.slug()))) {
        roster.add(p);
        continue;
      }
      roster.add(
          new NegotiatorProfile(
              p.slug(),
              p.name(),
              p.country(),
              p.role(),
              h.value(),
              p.influence(),
              p.patienceWeeks(),
              (Strategy) box.getSelectedItem(),
              p.headOfState(),
              p.lead(),
              p.atTable()));
    }
    return new ModelSetup(
        setup.start(),
        setup.weeks(),
        setup.parameters(),
        roster,
        setup.events(),
        setup.autonomousFrom(),
        setup.purchaseDeadlineWeek(),
        setup.baseline());
  }
}
