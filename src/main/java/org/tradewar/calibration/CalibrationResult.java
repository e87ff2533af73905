package org.tradewar.calibration;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;

/**
 * What a calibration produced: the articles read, the facts found in them, the parameters mapped
 * from those facts, the patterns of the war's path they report (the targets of {@code tradewar
 * fit}) and the conflicts: where sources disagree on the event a parameter is read from, the
 * values, their facts and the rule that settled it. This is what the simulation reads; {@link
 * #toJson()} and {@link #readJson(Path)} round-trip it.
 */
public record CalibrationResult(
    List<Source> sources,
    List<Fact> facts,
    List<Parameter> parameters,
    List<Pattern> patterns,
    List<Conflict> conflicts) {

  @JsonCreator
  public CalibrationResult {
    sources = List.copyOf(Check.notNull(sources, "sources"));
    facts = List.copyOf(Check.notNull(facts, "facts"));
    parameters = List.copyOf(Check.notNull(parameters, "parameters"));
    patterns = patterns == null ? List.of() : List.copyOf(patterns); // older files have none
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts); // nor these
  }

  /** A calibration without conflicts. */
  public CalibrationResult(
      List<Source> sources, List<Fact> facts, List<Parameter> parameters, List<Pattern> patterns) {
    this(sources, facts, parameters, patterns, List.of());
  }

  /** The parameter of that name, if the calibration produced it. */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The numeric value of a parameter; BadInputException naming it when it is missing or not a
   * number.
   */
  public double number(String name) {
    Parameter p = require(name);
    if (!(p.value() instanceof Double d)) {
      throw new BadInputException(
          "calibration parameter '" + name + "' is not a number: " + p.value());
    }
    return d;
  }

  /** The value of a parameter as text (dates, roles, names; numbers in Java's notation). */
  public String text(String name) {
    return String.valueOf(require(name).value());
  }

  /** The fact with that id, if any. */
  public Optional<Fact> fact(String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  private Parameter require(String name) {
    return parameter(name)
        .orElseThrow(
            () ->
                new BadInputException(
                    "calibration parameter '"
                        + name
                        + "' is missing (the articles did not inform it)"));
  }

  /**
   * Pretty-printed JSON with top-level {@code sources}, {@code facts}, {@code parameters}, {@code
   * patterns} and {@code conflicts}.
   */
  public String toJson() {
    return new CalibrationJson().write(this);
  }

  /** Reads what {@link #toJson()} wrote; BadInputException on a missing or malformed file. */
  public static CalibrationResult readJson(Path file) {
    return new CalibrationJson().read(file);
  }

  /** A stable hash of the sources (file names and their SHA-256), for run manifests. */
  public String sha256() {
    StringBuilder b = new StringBuilder();
    sources.stream()
        .sorted((a, c) -> a.file().compareTo(c.file()))
        .forEach(s -> b.append(s.file()).append('\t').append(s.sha256()).append('\n'));
    return sha256Hex(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
