package org.tradewar.calibration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.tradewar.io.Check;

/**
 * A model parameter and where it came from: either the facts it was read from (with the arithmetic
 * in {@code derivation} when it is computed), or a literature default cited in {@code
 * defaultSource}.
 *
 * @param value a {@link Double} or a {@link String} (dates, roles, names)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Parameter(
    String name,
    Object value,
    String unit,
    List<String> facts,
    String derivation,
    @JsonProperty("default") String defaultSource) {

  public Parameter {
    Check.notBlank(name, "name");
    Check.notNull(value, "value of " + name);
    if (value instanceof Number n) {
      value = n.doubleValue();
    } else if (!(value instanceof String)) {
      throw new IllegalArgumentException(name + ": value must be a number or a string");
    }
    facts = facts == null ? List.of() : List.copyOf(facts);
    if (facts.isEmpty() && (defaultSource == null || defaultSource.isBlank())) {
      throw new IllegalArgumentException(name + ": a parameter needs facts or a cited default");
    }
  }

  /** A parameter read from facts. */
  public static Parameter fromFacts(
      String name, Object value, String unit, List<String> facts, String derivation) {
    return new Parameter(name, value, unit, facts, derivation, null);
  }

  /** True when the value is a number. */
  @JsonIgnore
  public boolean isNumber() {
    return value instanceof Double;
  }
}
