package org.tradewar.gui;

import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.tradewar.chart.RunCharts;
import org.tradewar.io.BadInputException;
import org.tradewar.report.RunReport;
import org.tradewar.scenario.Scenario;
import org.tradewar.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The classroom window beside the Console: a bar to choose a shipped scenario or open a file, save
 * the finished run and open its report; the lesson's parameters on the left, the live charts in the
 * middle, the transcript on the right.
 */
final class ClassroomWindow {
  private final TradeWarModelWithUI gui;
  private final JFrame frame = new JFrame("tradewar classroom: US-China trade-war negotiation");
  private final JScrollPane controls = new JScrollPane();
  private final JLabel status = new JLabel(" ");
  private final JComboBox<String> scenarios = new JComboBox<>();
  private Path lastSaved;

  ClassroomWindow(TradeWarModelWithUI gui) {
    this.gui = gui;
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
    bar.add(new JLabel("Scenario:"));
    for (Path p : shipped()) {
      scenarios.addItem(p.getFileName().toString().replace(".yaml", ""));
    }
    scenarios.setSelectedItem(gui.scenario().name());
    scenarios.addActionListener(
        e -> load(Path.of("scenarios", scenarios.getSelectedItem() + ".yaml")));
    bar.add(scenarios);
    JButton open = new JButton("Open file...");
    open.addActionListener(e -> openFile());
    bar.add(open);
    JButton save = new JButton("Save run");
    save.setToolTipText(
        "Write the finished run as a run folder under results/ (the files 'tradewar run' writes)");
    save.addActionListener(e -> save());
    bar.add(save);
    JButton report = new JButton("Open report");
    report.addActionListener(e -> openReport());
    bar.add(report);
    bar.add(new JLabel("   Play, pause, step and the seed: the Console window."));

    controls.setPreferredSize(new Dimension(330, 600));
    controls.getVerticalScrollBar().setUnitIncrement(16);
    JPanel charts = gui.charts().panel();
    charts.setPreferredSize(new Dimension(780, 640));
    JPanel transcript = gui.transcript().panel();
    transcript.setPreferredSize(new Dimension(370, 640));
    JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, charts, transcript);
    right.setResizeWeight(0.75);
    controls.setMinimumSize(new Dimension(300, 200));
    JSplitPane all = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, controls, right);
    all.setResizeWeight(0);
    all.setDividerLocation(330);
    frame.getContentPane().add(bar, BorderLayout.NORTH);
    frame.getContentPane().add(all, BorderLayout.CENTER);
    frame.getContentPane().add(status, BorderLayout.SOUTH);
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    frame.pack();
    // Most room to the charts; the transcript keeps its width when the window grows or shrinks.
    right.setResizeWeight(1.0);
    status("Press play in the Console to run " + gui.scenario().name() + " week by week.");
  }

  JFrame frame() {
    return frame;
  }

  void showControls(LessonControls c) {
    controls.setViewportView(c.panel());
    controls.revalidate();
  }

  void status(String text) {
    status.setText(" " + text);
  }

  private static List<Path> shipped() {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private void stop() {
    if (gui.controller instanceof Console c) {
      c.pressStop();
    }
  }

  private void load(Path file) {
    try {
      Scenario s = ScenarioLoader.load(file).with(null, null, 1);
      stop();
      gui.choose(s);
      status("Loaded " + s.name() + ": " + s.title() + ". Press play in the Console.");
    } catch (BadInputException e) {
      JOptionPane.showMessageDialog(
          frame, e.getMessage(), "Cannot open the scenario", JOptionPane.ERROR_MESSAGE);
    }
  }

  private void openFile() {
    JFileChooser chooser = new JFileChooser(Path.of("scenarios").toFile());
    chooser.setFileFilter(
        new FileNameExtensionFilter("Scenarios (YAML, JSON)", "yaml", "yml", "json"));
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      load(chooser.getSelectedFile().toPath());
    }
  }

  private void save() {
    if (!gui.complete()) {
      JOptionPane.showMessageDialog(
          frame,
          "Run the scenario to its last week first (press play in the Console).",
          "Nothing to save yet",
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    try {
      lastSaved =
          gui.save(
              Path.of("results"),
              List.of((dir, s) -> RunCharts.writeAll(dir), (dir, s) -> RunReport.write(dir)));
      status("Saved the run in " + lastSaved);
    } catch (RuntimeException e) {
      JOptionPane.showMessageDialog(
          frame, e.getMessage(), "Cannot save the run", JOptionPane.ERROR_MESSAGE);
    }
  }

  private void openReport() {
    if (lastSaved == null) {
      save();
      if (lastSaved == null) {
        return;
      }
    }
    Path report = lastSaved.resolve("report.html").toAbsolutePath();
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(report.toUri());
        return;
      }
    } catch (IOException | UnsupportedOperationException e) {
      // fall through: say where it is
    }
    JOptionPane.showMessageDialog(
        frame,
        "Open this file in a browser:\n" + report,
        "Report",
        JOptionPane.INFORMATION_MESSAGE);
  }
}
