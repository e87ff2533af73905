package org.tradewar.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Typed values of a {@link LocatedTree}, for every loader (scenarios, sweeps, fits): each accessor
 * either returns the value or throws a {@link BadInputException} that names the file, the line and
 * the dotted key, says what was found and what is allowed ("expected a whole number between 1 and
 * 1000, got text 'ten'"). A value is given with its path; a key of a mapping with the mapping's
 * path.
 */
public final class TreeValues {
  private final LocatedTree tree;

  public TreeValues(LocatedTree tree) {
    this.tree = Check.notNull(tree, "tree");
  }

  public LocatedTree tree() {
    return tree;
  }

  /** The dotted path of {@code key} in the mapping at {@code parent} ("" for the root). */
  public static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** An error at {@code path}: the file, the line and the key, then {@code what}. */
  public BadInputException error(String path, String what) {
    return tree.error(path, what);
  }

  /**
   * One error per key of the mapping {@code obj} (at {@code path}) that is not {@code allowed}, in
   * order.
   */
  public List<BadInputException> unknownKeys(
      JsonNode obj, String path, Collection<String> allowed) {
    List<BadInputException> out = new ArrayList<>();
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        out.add(
            error(
                path(path, k),
                "unknown key"
                    + NearestName.hint(k, allowed)
                    + "; allowed: "
                    + String.join(", ", allowed)));
      }
    }
    return out;
  }

  /** Throws the first of {@link #unknownKeys}, if any. */
  public void requireKnownKeys(JsonNode obj, String path, Collection<String> allowed) {
    List<BadInputException> unknown = unknownKeys(obj, path, allowed);
    if (!unknown.isEmpty()) {
      throw unknown.get(0);
    }
  }

  /** {@code v} when it is a mapping. */
  public JsonNode object(JsonNode v, String path) {
    if (v == null || !v.isObject()) {
      throw error(path, "expected a mapping of keys, got " + describe(v));
    }
    return v;
  }

  /** The text of {@code v} (a number is taken as written), stripped; empty text is refused. */
  public String text(JsonNode v, String path) {
    if (v == null || v.isNull()) {
      throw error(path, "missing: a value is required");
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw error(path, "expected text, got " + describe(v));
    }
    String s = v.asText().strip();
    if (s.isEmpty()) {
      throw error(path, "must not be empty");
    }
    return s;
  }

  /** The text of the required {@code key} of the mapping {@code obj} at {@code parent}. */
  public String text(JsonNode obj, String parent, String key) {
    JsonNode v = obj.get(key);
    if (v == null || v.isNull()) {
      throw error(path(parent, key), "missing: '" + key + "' is required");
    }
    return text(v, path(parent, key));
  }

  /** The text of {@code key} of {@code obj}, or {@code fallback} when the key is absent. */
  public String text(JsonNode obj, String parent, String key, String fallback) {
    return obj.has(key) ? text(obj.get(key), path(parent, key)) : fallback;
  }

  /** The whole number {@code v}, from {@code min} to {@code max}. */
  public long integer(JsonNode v, String path, long min, long max) {
    if (v == null || !v.isIntegralNumber()) {
      throw error(
          path, "expected a whole number between " + min + " and " + max + ", got " + describe(v));
    }
    long n = v.asLong();
    if (n < min || n > max) {
      throw error(
          path,
          "value "
              + n
              + " is out of range: allowed is a whole number between "
              + min
              + " and "
              + max);
    }
    return n;
  }

  /** The whole number at {@code key} of {@code obj}, or {@code fallback} when the key is absent. */
  public long integer(JsonNode obj, String parent, String key, long fallback, long min, long max) {
    return obj.has(key) ? integer(obj.get(key), path(parent, key), min, max) : fallback;
  }

  /** The finite number {@code v}. */
  public double number(JsonNode v, String path) {
    if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw error(path, "expected a finite number, got " + describe(v));
    }
    return v.doubleValue();
  }

  /** The number {@code v}, from {@code min} to {@code max}. */
  public double number(JsonNode v, String path, double min, double max) {
    if (v == null || !v.isNumber()) {
      throw error(
          path,
          "expected a number between "
              + format(min)
              + " and "
              + format(max)
              + ", got "
              + describe(v));
    }
    return inRange(v.asDouble(), path, min, max);
  }

  /** {@code d}, when it lies from {@code min} to {@code max}; else an error at {@code path}. */
  public double inRange(double d, String path, double min, double max) {
    if (!(d >= min && d <= max)) {
      throw error(
          path,
          "value "
              + format(d)
              + " is out of range: allowed is a number between "
              + format(min)
              + " and "
              + format(max));
    }
    return d;
  }

  /** {@code v} when it is true or false. */
  public boolean bool(JsonNode v, String path) {
    if (v == null || !v.isBoolean()) {
      throw error(path, "expected true or false, got " + describe(v));
    }
    return v.booleanValue();
  }

  /**
   * What a value is, for a message: "text 'x'", "a list", "a mapping", "nothing", or the value
   * quoted.
   */
  public static String describe(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isTextual()) {
      return "text '" + v.asText() + "'";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "a mapping";
    }
    return "'" + v.asText() + "'";
  }

  /** A bound or value as people write it: a whole number without ".0". */
  public static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
