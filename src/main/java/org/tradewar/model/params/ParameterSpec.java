package org.tradewar.model.params;

/**
 * One model parameter: its dotted path (the name a scenario or {@code --set} uses), the range it
 * may take, its unit, and where its value comes from: either a calibration parameter read from the
 * articles ({@code calibration} names it; with a default, the default stands where the articles are
 * silent) or a default with a literature citation or a stated assumption ({@code source}). A
 * parameter that {@code inherits} another takes that one's value unless it is set itself (a
 * sector's own elasticity follows the common one).
 */
public record ParameterSpec(
    String path,
    double defaultValue,
    double min,
    double max,
    boolean integer,
    String unit,
    String description,
    String source,
    String calibration,
    String inherits) {

  public ParameterSpec {
    if (!(min <= max)) {
      throw new IllegalArgumentException(path + ": min > max");
    }
    if (calibration == null && inherits == null && (defaultValue < min || defaultValue > max)) {
      throw new IllegalArgumentException(path + ": default outside its range");
    }
  }

  /** True when the value comes from the articles through the calibration. */
  public boolean calibrated() {
    return calibration != null;
  }

  /** True when the articles may leave the parameter out: the default then stands. */
  public boolean hasFallback() {
    return calibration != null && !Double.isNaN(defaultValue);
  }

  /** The default as people read it: a number, "from articles", or the parameter it follows. */
  public String defaultText() {
    if (inherits != null) {
      return "= " + inherits;
    }
    if (calibration != null) {
      return hasFallback() ? "from articles, else " + fmt(defaultValue) : "from articles";
    }
    return fmt(defaultValue);
  }

  /** "between 0 and 1" / "an integer between 1 and 520": the allowed range, for messages. */
  public String allowed() {
    return (integer ? "an integer" : "a number") + " between " + fmt(min) + " and " + fmt(max);
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v);
  }
}
