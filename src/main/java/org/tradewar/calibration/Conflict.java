package org.tradewar.calibration;

import java.util.List;
import java.util.stream.Collectors;
import org.tradewar.io.Check;

/**
 * Sources that disagree on one event's value, and how the calibration settled it: kept the value of
 * one claim by the rule {@code rule} ("most sources", "the more complete report", "the later
 * report").
 *
 * @param parameter the parameter the value is for, e.g. {@code us.first_threat.coverage_usd_bn}
 * @param claims each value reported, with the facts reporting it; the kept one first
 * @param kept the value the parameter has
 * @param rule the rule that chose it
 */
public record Conflict(String parameter, List<Claim> claims, Object kept, String rule) {

  /**
   * One value the sources give and the facts that give it.
   *
   * @param value a number (a {@link Double}) or text
   * @param facts the ids of the facts reporting it
   */
  public record Claim(Object value, List<String> facts) {
    public Claim {
      value = normal(value);
      facts = List.copyOf(Check.notNull(facts, "facts"));
    }
  }

  public Conflict {
    Check.notBlank(parameter, "parameter");
    claims = List.copyOf(Check.notNull(claims, "claims"));
    kept = normal(kept);
    Check.notBlank(rule, "rule");
  }

  /**
   * One line for a person: {@code p: 150 (000-03, 004-15) vs 100 (x-01); kept 150: most sources}.
   */
  public String line() {
    return parameter
        + ": "
        + claims.stream()
            .map(c -> show(c.value()) + " (" + String.join(", ", c.facts()) + ")")
            .collect(Collectors.joining(" vs "))
        + "; kept "
        + show(kept)
        + ": "
        + rule;
  }

  private static Object normal(Object v) {
    Check.notNull(v, "value");
    return v instanceof Number n ? n.doubleValue() : v;
  }

  private static String show(Object v) {
    return v instanceof Double d ? ParameterMapper.num(d) : String.valueOf(v);
  }
}
