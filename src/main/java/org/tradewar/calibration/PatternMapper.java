package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Maps facts to the patterns a run is fitted to (docs/fit.md): each pattern's target is computed
 * from the facts it names, so an edited article moves it and a new article can add one. A pattern
 * needs its facts; where the articles lack them, it is left out.
 *
 * <p>Tolerances follow one rule per kind, not a choice per pattern: counts of meetings within 20%
 * (at least 1), coverages within 10%, ratios within 15%, counts of measures at least the count.
 * Month-precise dates stand for the month's middle for "at" statements and its last day for "by".
 */
final class PatternMapper {
  private static final Pattern STALEMATE = words("stalemate|failed|fail to|fell apart|stalled");
  private static final Pattern RENEGING = words("reneg\\w*");
  private static final Pattern EXTEND = words("extend\\w*");
  private static final Pattern NO_DEAL_EXPECTED =
      Pattern.compile(
          "(?:doesn[’']t|does not|don[’']t|do not|won[’']t|not) expect\\w*[^.]*\\bdeal\\b",
          Pattern.CASE_INSENSITIVE);

  private final String us;
  private final String cn;

  PatternMapper(Lexicon lexicon) {
    this.us = lexicon.initiator();
    this.cn = Lexicon.other(us);
  }

  List<org.tradewar.calibration.Pattern> map(List<Fact> facts, List<Parameter> parameters) {
    List<org.tradewar.calibration.Pattern> out = new ArrayList<>();
    rounds(facts, parameters, out);
    coverage(facts, out);
    truce(facts, out);
    breakdownThenRaise(facts, out);
    threatOnRest(facts, out);
    measures(facts, out);
    retaliation(parameters, out);
    noDealExpected(facts, out);
    return out;
  }

  private void add(
      List<org.tradewar.calibration.Pattern> out,
      String kind,
      String description,
      String from,
      String date,
      double target,
      double tolerance,
      String comparator,
      Double rate,
      List<String> facts) {
    out.add(
        new org.tradewar.calibration.Pattern(
            "P" + (out.size() + 1),
            kind,
            description,
            from,
            date,
            target,
            tolerance,
            comparator,
            rate,
            facts));
  }

  /**
   * "11 rounds of talks that have failed": the meetings by that date, and no deal then. The count
   * is the episode's ({@code talks.rounds}, see {@link Episode}), not a count over another period.
   */
  private void rounds(
      List<Fact> facts, List<Parameter> parameters, List<org.tradewar.calibration.Pattern> out) {
    List<String> episodeCount =
        parameters.stream()
            .filter(p -> p.name().equals("talks.rounds"))
            .findFirst()
            .map(Parameter::facts)
            .orElse(List.of());
    select(
            facts,
            f ->
                f.kind().equals("count")
                    && "rounds".equals(f.countUnit())
                    && f.when() != null
                    && episodeCount.contains(f.id()))
        .stream()
        .min(ParameterMapper.EARLIEST)
        .ifPresent(
            r -> {
              double n = r.count();
              String by = last(r.when());
              add(
                  out,
                  "meetings_by",
                  num(n) + " rounds of talks by " + by,
                  null,
                  by,
                  n,
                  (double) Math.max(1, Math.round(0.2 * n)),
                  "within",
                  null,
                  List.of(r.id()));
              if (STALEMATE.matcher(r.source().sentence()).find()) {
                add(
                    out,
                    "no_deal_at",
                    "no deal in force on " + by + " (the talks have failed)",
                    null,
                    by,
                    1,
                    0,
                    "holds",
                    null,
                    List.of(r.id()));
              }
            });
  }

  /** "25 percent tariffs on $250 billion": the coverage at that rate or more by the date. */
  private void coverage(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    select(
            facts,
            f ->
                f.kind().startsWith("tariff_")
                    && TariffStage.inForce(f)
                    && us.equals(f.actor())
                    && f.amountUsdBillions() != null
                    && f.ratePercent() != null
                    && f.when() != null)
        .stream()
        .max(Comparator.comparingDouble(Fact::amountUsdBillions))
        .ifPresent(
            f -> {
              String by = last(f.when());
              add(
                  out,
                  "coverage_at_rate_by",
                  us
                      + " tariffs of "
                      + num(f.ratePercent())
                      + "% or more on $"
                      + num(f.amountUsdBillions())
                      + "B by "
                      + by,
                  null,
                  by,
                  f.amountUsdBillions(),
                  round(0.1 * f.amountUsdBillions()),
                  "within",
                  f.ratePercent(),
                  List.of(f.id()));
            });
  }

  /**
   * A truce reported with a deadline: in force at the report, and beyond the deadline if extension
   * is in view.
   */
  private void truce(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    for (Fact t :
        select(facts, f -> f.kind().equals("truce") && f.when() != null && f.actor() != null)) {
      Optional<Fact> deadline =
          facts.stream()
              .filter(d -> d.kind().equals("deadline") && d.when() != null && d.sameSentenceAs(t))
              .findFirst();
      if (deadline.isEmpty()) {
        continue;
      }
      String at = middle(t.when());
      add(
          out,
          "truce_at",
          "a truce in force on " + at,
          null,
          at,
          1,
          0,
          "holds",
          null,
          List.of(t.id()));
      if (EXTEND.matcher(t.source().sentence()).find()) {
        String after = PartialDate.parse(deadline.get().when()).last().plusDays(1).toString();
        add(
            out,
            "truce_at",
            "the truce extended beyond its deadline (in force on " + after + ")",
            null,
            after,
            1,
            0,
            "holds",
            null,
            List.of(t.id(), deadline.get().id()));
      }
      return; // the first reported truce
    }
  }

  /**
   * Talks that broke down after a reneging accusation, followed by a rate rise ("from 10 percent to
   * 25").
   */
  private void breakdownThenRaise(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    Optional<Fact> reneging =
        facts.stream()
            .filter(f -> f.when() != null && RENEGING.matcher(f.source().sentence()).find())
            .min(ParameterMapper.EARLIEST);
    Optional<Fact> raise = ParameterMapper.firstRateRaise(facts, us);
    Optional<Fact> truce =
        select(facts, f -> f.kind().equals("truce") && f.when() != null && f.actor() != null)
            .stream()
            .min(ParameterMapper.EARLIEST);
    if (reneging.isEmpty() || raise.isEmpty()) {
      return;
    }
    String from = truce.map(t -> PartialDate.parse(t.when()).date().toString()).orElse(null);
    String by = last(reneging.get().when());
    List<String> ids = new ArrayList<>(List.of(reneging.get().id(), raise.get().id()));
    truce.ifPresent(t -> ids.add(t.id()));
    add(
        out,
        "breakdown_then_raise",
        "talks break down"
            + (from == null ? "" : " after the truce")
            + ", then a rise from "
            + num(raise.get().fromRatePercent())
            + "% to "
            + num(raise.get().ratePercent())
            + "%, by "
            + by,
        from,
        by,
        1,
        0,
        "holds",
        raise.get().ratePercent(),
        ids);
  }

  /** A threat on the rest of the rival's goods: the largest threat beyond the first. */
  private void threatOnRest(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    List<Fact> threats =
        select(
            facts,
            f ->
                f.kind().equals("tariff_threat")
                    && us.equals(f.actor())
                    && f.amountUsdBillions() != null
                    && f.when() != null);
    Optional<Fact> first = threats.stream().min(ParameterMapper.EARLIEST);
    first
        .flatMap(
            t ->
                threats.stream()
                    .filter(f -> f.amountUsdBillions() > t.amountUsdBillions())
                    .min(ParameterMapper.EARLIEST))
        .ifPresent(
            f -> {
              String by = last(f.when());
              add(
                  out,
                  "threat_on_rest_by",
                  "a "
                      + us
                      + " threat on the rest of "
                      + name(cn)
                      + "'s goods ($"
                      + num(f.amountUsdBillions())
                      + "B) by "
                      + by,
                  null,
                  by,
                  1,
                  0,
                  "holds",
                  null,
                  List.of(f.id()));
            });
  }

  /** Export controls and entity listings by the US; China's threatened non-tariff answers. */
  private void measures(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    List<Fact> sanctions =
        select(
            facts,
            f ->
                f.kind().equals("sanction")
                    && us.equals(f.actor())
                    && f.target() != null
                    && f.when() != null);
    Set<String> targets = new LinkedHashSet<>();
    sanctions.forEach(f -> targets.add(f.target()));
    if (!targets.isEmpty()) {
      String by = sanctions.stream().map(f -> last(f.when())).max(String::compareTo).orElseThrow();
      add(
          out,
          "us_measures_by",
          "at least "
              + targets.size()
              + " "
              + us
              + " export bans or entity listings ("
              + String.join(", ", targets)
              + ") by "
              + by,
          null,
          by,
          targets.size(),
          0,
          "at_least",
          null,
          sanctions.stream().map(Fact::id).toList());
    }
    List<Fact> answers =
        select(
            facts,
            f -> f.kind().equals("non_tariff_threat") && cn.equals(f.actor()) && f.when() != null);
    if (!answers.isEmpty()) {
      String by = answers.stream().map(f -> last(f.when())).max(String::compareTo).orElseThrow();
      add(
          out,
          "cn_measures_by",
          "at least "
              + answers.size()
              + " non-tariff answers threatened by "
              + name(cn)
              + " by "
              + by,
          null,
          by,
          answers.size(),
          0,
          "at_least",
          null,
          answers.stream().map(Fact::id).toList());
    }
  }

  /** China's answer to the first threat in proportion: the calibrated retaliation ratio. */
  private void retaliation(List<Parameter> parameters, List<org.tradewar.calibration.Pattern> out) {
    String name = cn.toLowerCase(java.util.Locale.ROOT) + ".retaliation_ratio";
    parameters.stream()
        .filter(p -> p.name().equals(name) && p.value() instanceof Double)
        .findFirst()
        .ifPresent(
            p -> {
              double r = (Double) p.value();
              add(
                  out,
                  "retaliation_ratio",
                  name(cn)
                      + "'s answer to the first threat covers "
                      + num(round(r, 3))
                      + " of its value",
                  null,
                  null,
                  r,
                  round(0.15 * r, 4),
                  "within",
                  null,
                  p.facts());
            });
  }

  /** "doesn't expect to fly out with a deal": no deal in force at that round. */
  private void noDealExpected(List<Fact> facts, List<org.tradewar.calibration.Pattern> out) {
    facts.stream()
        .filter(
            f ->
                f.kind().equals("talks")
                    && f.when() != null
                    && NO_DEAL_EXPECTED.matcher(f.source().sentence()).find())
        .min(ParameterMapper.EARLIEST)
        .ifPresent(
            f -> {
              String at = last(f.when());
              add(
                  out,
                  "no_deal_at",
                  "no deal in force on " + at + " (no deal expected at that round)",
                  null,
                  at,
                  1,
                  0,
                  "holds",
                  null,
                  List.of(f.id()));
            });
  }

  /** How a statement names a side: "US", "China". */
  private static String name(String side) {
    return side.equals("CN") ? "China" : side;
  }

  private static List<Fact> select(List<Fact> facts, Predicate<Fact> p) {
    return facts.stream().filter(p).toList();
  }

  private static String last(String date) {
    return PartialDate.parse(date).last().toString();
  }

  private static String middle(String date) {
    return PartialDate.parse(date).middle().toString();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round(double v, int places) {
    double s = Math.pow(10, places);
    return Math.round(v * s) / s;
  }

  private static String num(double v) {
    return ParameterMapper.num(v);
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile(
        "(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }
}
