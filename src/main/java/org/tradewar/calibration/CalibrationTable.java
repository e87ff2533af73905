package org.tradewar.calibration;

import java.util.Map;
import java.util.TreeMap;

/**
 * A readable summary of a calibration for a class: the articles, the facts, the parameters, then
 * the patterns.
 */
public final class CalibrationTable {

  /** The summary as plain text. */
  public String format(CalibrationResult r) {
    StringBuilder b = new StringBuilder();
    b.append("Articles (").append(r.sources().size()).append(")\n");
    for (Source s : r.sources()) {
      b.append(
          String.format(
              "  %-28s %-10s %s%n",
              s.file(),
              s.date() == null ? "?" : s.date(),
              s.dateBasis().startsWith("date line") ? "from its date line" : "date inferred"));
    }
    Map<String, Integer> byKind = new TreeMap<>();
    r.facts().forEach(f -> byKind.merge(f.kind(), 1, Integer::sum));
    b.append("\nFacts (").append(r.facts().size()).append("): ").append(byKind).append('\n');
    b.append(
        String.format(
            "  %-7s %-19s %-6s %-10s %8s %7s %7s %-10s %s%n",
            "id", "kind", "actor", "target", "USD bn", "rate %", "count", "date", "sentence"));
    for (Fact f : r.facts()) {
      String s = f.source().sentence();
      b.append(
          String.format(
              "  %-7s %-19s %-6s %-10s %8s %7s %7s %-10s %s%n",
              f.id(),
              f.kind(),
              dash(f.actor()),
              clip(dash(f.target()), 10),
              num(f.amountUsdBillions()),
              f.fromRatePercent() == null
                  ? num(f.ratePercent())
                  : num(f.fromRatePercent()) + ">" + num(f.ratePercent()),
              f.count() == null ? "-" : num(f.count()) + " " + f.countUnit().charAt(0),
              dash(f.when()),
              clip(s, 60)));
    }
    b.append("\nParameters (").append(r.parameters().size()).append(")\n");
    for (Parameter p : r.parameters()) {
      String value =
          p.value() instanceof Double d ? ParameterMapper.num(d) : String.valueOf(p.value());
      String from =
          p.defaultSource() != null
              ? "default: " + p.defaultSource()
              : "facts "
                  + String.join(",", p.facts().size() > 4 ? p.facts().subList(0, 4) : p.facts())
                  + (p.facts().size() > 4 ? ",..." : "")
                  + (p.derivation() != null && p.derivation().matches("[-+*/(). 0-9=daysA-Z:]+")
                      ? "  = " + p.derivation()
                      : "");
      b.append(
          String.format("  %-52s %-14s %-18s %s%n", p.name(), value, clip(p.unit(), 18), from));
    }
    b.append("\nPatterns (")
        .append(r.patterns().size())
        .append("): what the articles report of the war's path\n");
    for (Pattern p : r.patterns()) {
      String test =
          switch (p.comparator()) {
            case "within" -> num(p.target()) + " +/- " + num(p.tolerance());
            case "at_least" -> ">= " + num(p.target());
            default -> "holds";
          };
      b.append(
          String.format(
              "  %-4s %-20s %-14s facts %-22s %s%n",
              p.id(), p.kind(), test, clip(String.join(",", p.facts()), 22), p.description()));
    }
    return b.toString();
  }

  private static String num(Double d) {
    return d == null ? "-" : ParameterMapper.num(d);
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 3) + "...";
  }
}
