package org.tradewar.gui;

import java.util.Locale;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.tradewar.model.params.ParameterSpec;

/**
 * A spinner that knows its parameter's range from the catalog: it cannot leave it, and its tooltip
 * gives the meaning, unit, range and source a teacher may want to cite.
 */
final class ParameterControl {
  private final String path;
  private final double initial;
  private final JSpinner spinner;

  ParameterControl(ParameterSpec spec, double value) {
    this(spec.path(), value, spec.min(), spec.max(), spec.integer(), tooltip(spec));
  }

  ParameterControl(
      String path, double value, double min, double max, boolean integer, String tooltip) {
    this.path = path;
    this.initial = value;
    double step = integer ? 1 : step(max - min);
    this.spinner = new JSpinner(new SpinnerNumberModel(value, min, max, step));
    spinner.setEditor(
        new JSpinner.NumberEditor(spinner, integer ? "0" : step < 0.01 ? "0.000" : "0.00"));
    spinner.setToolTipText(tooltip);
  }

  private static double step(double range) {
    return range > 50 ? 1 : range > 5 ? 0.1 : range > 0.5 ? 0.01 : 0.001;
  }

  static String tooltip(ParameterSpec s) {
    return "<html><p width=420><b>"
        + s.path()
        + "</b>: "
        + escape(s.description())
        + "<br>range "
        + String.format(Locale.ROOT, "%s to %s", num(s.min()), num(s.max()))
        + (s.unit().isBlank() ? "" : " " + s.unit())
        + "<br>source: "
        + escape(s.source() == null ? "" : s.source())
        + "</p></html>";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  String path() {
    return path;
  }

  JSpinner spinner() {
    return spinner;
  }

  double value() {
    return ((Number) spinner.getValue()).doubleValue();
  }

  /** Sets the value; outside the catalog's range is refused, as the spinner refuses it. */
  void set(double v) {
    SpinnerNumberModel m = (SpinnerNumberModel) spinner.getModel();
    double min = ((Number) m.getMinimum()).doubleValue();
    double max = ((Number) m.getMaximum()).doubleValue();
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(
          path + " " + v + " is out of range: allowed is " + min + " to " + max);
    }
    spinner.setValue(v);
  }

  boolean changed() {
    return Math.abs(value() - initial) > 1e-12;
  }

  void reset() {
    spinner.setValue(initial);
  }
}
