package org.tradewar.model.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The resolved value of every catalogued parameter for one run, and where each came from.
 * Immutable; built once per scenario, read by the model when it is built (never in the weekly
 * loop).
 */
public final class ParameterSet {
  /** Where a value came from, for the run's {@code parameters.json}. */
  public enum Origin {
    CALIBRATION,
    DEFAULT,
    OVERRIDE
  }

  private final ParameterCatalog catalog;
  private final Map<String, Double> values;
  private final Map<String, Origin> origins;

  private ParameterSet(
      ParameterCatalog catalog, Map<String, Double> values, Map<String, Origin> origins) {
    this.catalog = catalog;
    this.values = Collections.unmodifiableMap(values);
    this.origins = Collections.unmodifiableMap(origins);
  }

  /**
   * Resolves every parameter: an override wins, then the calibration (for parameters the articles
   * inform), then the catalog default. A calibrated parameter the calibration lacks is an error
   * that {@code missingCalibration} turns into the caller's message.
   */
  public static ParameterSet resolve(
      ParameterCatalog catalog,
      Function<String, OptionalDouble> calibration,
      Map<String, Double> overrides,
      Function<String, RuntimeException> missingCalibration) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Origin> origins = new LinkedHashMap<>();
    for (ParameterSpec spec : catalog.all().values()) {
      String path = spec.path();
      if (overrides.containsKey(path)) {
        values.put(path, overrides.get(path));
        origins.put(path, Origin.OVERRIDE);
      } else if (spec.calibrated()) {
        OptionalDouble v = calibration.apply(spec.calibration());
        if (v.isEmpty() && !spec.hasFallback()) {
          throw missingCalibration.apply(spec.calibration());
        }
        values.put(path, v.orElse(spec.defaultValue()));
        origins.put(path, v.isPresent() ? Origin.CALIBRATION : Origin.DEFAULT);
      } else if (spec.inherits() != null) {
        // The catalog lists the parameter followed before its followers, so its value is known.
        values.put(path, values.get(spec.inherits()));
        origins.put(path, Origin.DEFAULT);
      } else {
        values.put(path, spec.defaultValue());
        origins.put(path, Origin.DEFAULT);
      }
    }
    return new ParameterSet(catalog, values, origins);
  }

  /** The value of a catalogued parameter; an unknown path is a programming error. */
  public double get(String path) {
    Double v = values.get(path);
    if (v == null) {
      throw new IllegalArgumentException("no parameter '" + path + "' in the catalog");
    }
    return v;
  }

  public int getInt(String path) {
    return (int) Math.round(get(path));
  }

  public Origin origin(String path) {
    return origins.get(path);
  }

  public Map<String, Double> values() {
    return values;
  }

  public ParameterCatalog catalog() {
    return catalog;
  }

  /** A copy with one value replaced (already validated by the caller). */
  public ParameterSet with(String path, double value) {
    Map<String, Double> v = new LinkedHashMap<>(values);
    Map<String, Origin> o = new LinkedHashMap<>(origins);
    v.put(path, value);
    o.put(path, Origin.OVERRIDE);
    return new ParameterSet(catalog, v, o);
  }
}
