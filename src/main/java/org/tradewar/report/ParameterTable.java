package org.tradewar.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradewar.output.ParameterRow;

/**
 * The parameters a run used, for people: the key (what {@code --set} takes), what it means, its
 * value and unit, where it comes from in words, and its source: the arithmetic of a derived value
 * with its result ("50 / 150 = 0.33"), each article sentence once with its article named, or the
 * citation.
 */
final class ParameterTable {
  private ParameterTable() {}

  /** Arithmetic on numbers only: "50 / 150", "250 - 200", "59.71 / 11". */
  private static final Pattern ARITHMETIC =
      Pattern.compile("[-+*/(). 0-9]*\\d\\s*[-+*/]\\s*[-+*/(). 0-9]*\\d[-+*/(). 0-9]*");

  static void html(StringBuilder b, List<ParameterRow> rows, ArticleTitles titles) {
    if (rows.isEmpty()) {
      b.append("<p class=\"small\">This run folder has no <code>parameters.json</code>.</p>\n");
      return;
    }
    b.append(
            "<table class=\"params\">\n"
                + "<colgroup><col class=\"key\"><col class=\"meaning\"><col class=\"value\">")
        .append("<col class=\"unit\"><col class=\"from\"><col class=\"source\"></colgroup>\n")
        .append("<tr><th>Parameter</th><th>Meaning</th><th class=\"num\">Value</th><th>Unit</th>")
        .append("<th>From</th><th>Source</th></tr>\n");
    for (ParameterRow p : rows) {
      b.append("<tr><td><code>")
          .append(Html.escape(p.path()))
          .append("</code></td><td>")
          .append(Html.escape(p.description()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(p.value()))
          .append("</td><td>")
          .append(Html.escape(p.unit()))
          .append("</td><td>")
          .append(Html.escape(origin(p.origin())))
          .append("</td><td>");
      derivation(p)
          .ifPresent(
              d ->
                  b.append("<div class=\"derivation\"><strong>")
                      .append(Html.escape(d.label()))
                      .append("</strong> ")
                      .append(Html.escape(d.text()))
                      .append("</div>"));
      b.append(
          QuotedSources.html(
              p.sources().stream()
                  .map(s -> new QuotedSources.Quote(s.file(), s.sentence()))
                  .toList(),
              titles));
      Set<String> citations = new LinkedHashSet<>();
      p.sources().stream()
          .filter(s -> s.sentence().isEmpty() && !s.detail().isEmpty())
          .forEach(s -> citations.add(s.detail()));
      citations.forEach(
          c -> b.append("<div class=\"small\">").append(Html.escape(c)).append("</div>"));
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /**
   * A label and the derivation: "Derived:", "50 / 150 = 0.33" for arithmetic (with its result);
   * "Read as:" and the words otherwise; nothing when the parameter has no derivation.
   */
  static Optional<Derivation> derivation(ParameterRow p) {
    String d = p.derivation().strip();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    if (!ARITHMETIC.matcher(d).matches()) {
      return Optional.of(new Derivation("Read as:", d));
    }
    try {
      return Optional.of(
          new Derivation("Derived:", d + " = " + result(Double.parseDouble(p.value()))));
    } catch (NumberFormatException e) {
      return Optional.of(new Derivation("Derived:", d));
    }
  }

  /** How a value was derived, as the page labels it. */
  record Derivation(String label, String text) {}

  private static String result(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.valueOf((long) Math.rint(v));
    }
    return Math.abs(v) >= 0.1
        ? String.format(Locale.ROOT, "%.2f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  private static String origin(String origin) {
    return switch (origin.toLowerCase(Locale.ROOT)) {
      case "calibration", "article", "articles" -> "the articles";
      case "default" -> "default";
      case "override", "scenario" -> "the scenario or --set";
      default -> origin;
    };
  }
}
