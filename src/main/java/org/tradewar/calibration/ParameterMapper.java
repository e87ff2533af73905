package org.tradewar.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tradewar.io.Check;

/**
 * Maps facts to the parameters the model reads. Every value comes from facts, named by id, with the
 * arithmetic written out when it is computed; a parameter the articles do not inform is left out
 * (the scenario's defaults, with their literature sources, fill it), never typed in here.
 *
 * <p>"Earliest" orders facts by date; a fact dated to the day comes before one dated only to the
 * same month (the day is the more precise report of the same period).
 */
public final class ParameterMapper {
  private static final Pattern DEFICIT = Pattern.compile("\\bdeficit\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY_LIST =
      Pattern.compile("entity list|blacklist", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOWN =
      Pattern.compile("\\b(down|fell|fall|declin\\w*|drop\\w*)\\b", Pattern.CASE_INSENSITIVE);

  private final Lexicon lexicon;

  public ParameterMapper(Lexicon lexicon) {
    this.lexicon = Check.notNull(lexicon, "lexicon");
  }

  /**
   * The parameters and conflicts of a calibration.
   *
   * @param parameters the parameters informed by the facts
   * @param conflicts where the sources disagree on an event a parameter is read from, and how it
   *     was settled
   */
  public record Mapping(List<Parameter> parameters, List<Conflict> conflicts) {
    public Mapping {
      parameters = List.copyOf(parameters);
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * The parameters informed by {@code facts}; {@code articles} gives the sentences for the roster.
   */
  public Mapping map(List<Fact> facts, List<FactExtractor.ArticleFacts> articles) {
    List<Parameter> out = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    Episode episode = new Episode(new EventMerger().merge(facts), lexicon.initiator());
    tariffs(facts, episode, out, conflicts);
    talks(facts, episode, out, conflicts);
    deadlines(facts, out);
    balance(facts, out);
    sanctions(facts, out);
    nonTariff(facts, out);
    targets(facts, out);
    roster(facts, articles, out);
    return new Mapping(out, conflicts);
  }

  // ---- tariffs --------------------------------------------------------------------------------

  /**
   * The tariff parameters, each read from the event that plays its role in the episode ({@link
   * Episode}).
   */
  @SuppressWarnings("ReferenceEquality") // the same event object in the list, not an equal one
  private void tariffs(
      List<Fact> facts, Episode episode, List<Parameter> out, List<Conflict> conflicts) {
    String us = lexicon.initiator();
    String cn = Lexicon.other(us);
    String p = us.toLowerCase(Locale.ROOT);
    String q = cn.toLowerCase(Locale.ROOT);
    episode
        .firstThreat()
        .ifPresent(
            s -> {
              Event t = s.winner();
              s.conflict(p + ".first_threat.coverage_usd_bn", Event::amount)
                  .ifPresent(conflicts::add);
              s.conflict(p + ".first_threat.rate_pct", Event::rate).ifPresent(conflicts::add);
              out.add(
                  Parameter.fromFacts(
                      p + ".first_threat.coverage_usd_bn",
                      t.amount(),
                      "USD bn",
                      t.ids(),
                      "the earliest "
                          + us
                          + " tariff threat with a coverage that is not an imposed tranche's own, "
                          + "answered by "
                          + cn
                          + " where one is"));
              if (t.rate() != null) {
                out.add(
                    Parameter.fromFacts(
                        p + ".first_threat.rate_pct",
                        t.rate(),
                        "percent",
                        t.ids(Fact::ratePercent),
                        null));
              }
              if (t.when() != null) {
                out.add(
                    Parameter.fromFacts(
                        p + ".first_threat.date",
                        t.when(),
                        "date",
                        ids(t.dated()),
                        t.dated().dateBasis()));
              }
              episode
                  .answer()
                  .ifPresent(
                      a -> {
                        Event r = a.winner();
                        a.conflict(q + ".first_retaliation.coverage_usd_bn", Event::amount)
                            .ifPresent(conflicts::add);
                        boolean inText = r.sharesSentenceWith(t);
                        out.add(
                            Parameter.fromFacts(
                                q + ".first_retaliation.coverage_usd_bn",
                                r.amount(),
                                "USD bn",
                                r.ids(),
                                inText
                                    ? "the " + cn + " answer in the sentence of the first threat"
                                    : "the earliest "
                                        + cn
                                        + " retaliation with a coverage within "
                                        + Episode.ANSWER_DAYS
                                        + " days of the first threat"));
                        out.add(
                            Parameter.fromFacts(
                                q + ".retaliation_ratio",
                                round(r.amount() / t.amount(), 4),
                                "ratio",
                                concat(r.ids(), t.ids()),
                                num(r.amount()) + " / " + num(t.amount())));
                      });
              episode
                  .tranche3()
                  .ifPresent(
                      s3 -> {
                        Event f = s3.winner();
                        s3.conflict(p + ".tranche3.threat_usd_bn", Event::amount)
                            .ifPresent(conflicts::add);
                        out.add(
                            Parameter.fromFacts(
                                p + ".tranche3.threat_usd_bn",
                                f.amount(),
                                "USD bn",
                                f.ids(),
                                "the "
                                    + us
                                    + " tariff threat beyond the first that most articles report"));
                      });
            });
    firstRateRaise(facts, us)
        .ifPresent(
            f -> {
              out.add(
                  Parameter.fromFacts(
                      p + ".escalation.from_rate_pct",
                      f.fromRatePercent(),
                      "percent",
                      ids(f),
                      null));
              out.add(
                  Parameter.fromFacts(
                      p + ".escalation.to_rate_pct", f.ratePercent(), "percent", ids(f), null));
              out.add(
                  Parameter.fromFacts(
                      p + ".escalation.step_pct",
                      f.ratePercent() - f.fromRatePercent(),
                      "percentage points",
                      ids(f),
                      num(f.ratePercent()) + " - " + num(f.fromRatePercent())));
            });
    episode
        .cumulative()
        .ifPresent(
            cum -> {
              out.add(
                  Parameter.fromFacts(
                      p + ".cumulative_coverage_usd_bn",
                      cum.amount(),
                      "USD bn",
                      cum.ids(),
                      "the largest coverage of " + us + " tariffs reported as imposed"));
              if (cum.rate() != null) {
                out.add(
                    Parameter.fromFacts(
                        p + ".cumulative_rate_pct",
                        cum.rate(),
                        "percent",
                        cum.ids(Fact::ratePercent),
                        null));
              }
              episode
                  .tranche2()
                  .ifPresent(
                      t2 -> {
                        out.add(
                            Parameter.fromFacts(
                                p + ".tranche2.coverage_usd_bn",
                                t2.amount(),
                                "USD bn",
                                t2.ids(),
                                "the largest imposed coverage below the cumulative one"));
                        out.add(
                            Parameter.fromFacts(
                                p + ".tranche1.coverage_usd_bn",
                                cum.amount() - t2.amount(),
                                "USD bn",
                                concat(cum.ids(), t2.ids()),
                                num(cum.amount()) + " - " + num(t2.amount())));
                      });
            });
  }

  // ---- talks ----------------------------------------------------------------------------------

  /** The talks of the episode: its first round (from the opening on) and its count of rounds. */
  private void talks(
      List<Fact> facts, Episode episode, List<Parameter> out, List<Conflict> conflicts) {
    Optional<Event> roundsEvent = episode.rounds(facts);
    Optional<Fact> rounds = roundsEvent.map(e -> e.reports().get(0));
    Optional<Fact> firstTalks = episode.firstRound(facts);
    rounds.ifPresent(
        r ->
            out.add(
                Parameter.fromFacts(
                    "talks.rounds", r.count(), "rounds", roundsEvent.get().ids(), null)));
    firstTalks.ifPresent(
        t ->
            out.add(
                Parameter.fromFacts(
                    "talks.first_round_date",
                    t.when(),
                    "date",
                    ids(t),
                    "the earliest talks fact: " + t.dateBasis())));
    if (rounds.isPresent() && firstTalks.isPresent() && rounds.get().when() != null) {
      PartialDate from = PartialDate.parse(firstTalks.get().when());
      PartialDate to = PartialDate.parse(rounds.get().when());
      if (from != null && to != null && to.date().isAfter(from.date())) {
        long days = ChronoUnit.DAYS.between(from.date(), to.date());
        double weeks = round(days / 7.0, 2);
        List<String> both = concat(ids(firstTalks.get()), roundsEvent.get().ids());
        out.add(
            Parameter.fromFacts(
                "talks.span_weeks",
                weeks,
                "weeks",
                both,
                "(" + to + " - " + from + ") = " + days + " days / 7"));
        out.add(
            Parameter.fromFacts(
                "talks.cadence_weeks",
                round(weeks / rounds.get().count(), 2),
                "weeks per round",
                both,
                num(weeks) + " / " + num(rounds.get().count())));
        cadenceConflict(roundsEvent.get(), from, round(weeks / rounds.get().count(), 2))
            .ifPresent(conflicts::add);
      }
    }
    select(facts, f -> f.kind().equals("truce") && f.when() != null).stream()
        .min(EARLIEST)
        .ifPresent(
            t ->
                out.add(
                    Parameter.fromFacts(
                        "truce.first_reported_date", t.when(), "date", ids(t), t.dateBasis())));
  }

  /**
   * Reports of the count of rounds dated in different months give different cadences; the earliest
   * is kept (the count was reached by then), and the others are a recorded conflict.
   */
  private static Optional<Conflict> cadenceConflict(Event rounds, PartialDate from, double kept) {
    Map<Double, List<String>> byCadence = new LinkedHashMap<>();
    byCadence.put(kept, new ArrayList<>());
    for (Fact f : rounds.reports()) {
      PartialDate to = PartialDate.parse(f.when());
      if (to == null || !to.date().isAfter(from.date())) {
        continue;
      }
      double weeks = round(ChronoUnit.DAYS.between(from.date(), to.date()) / 7.0, 2);
      double cadence = round(weeks / f.count(), 2);
      String month = f.when().length() >= 7 ? f.when().substring(0, 7) : f.when();
      boolean sameMonthAsKept = rounds.reports().get(0).when().startsWith(month);
      byCadence
          .computeIfAbsent(sameMonthAsKept ? kept : cadence, k -> new ArrayList<>())
          .add(f.id());
    }
    if (byCadence.size() < 2) {
      return Optional.empty();
    }
    List<Conflict.Claim> claims =
        byCadence.entrySet().stream()
            .map(e -> new Conflict.Claim(e.getKey(), e.getValue()))
            .toList();
    return Optional.of(
        new Conflict(
            "talks.cadence_weeks",
            claims,
            kept,
            "the earliest report of the count: the rounds were held by then"));
  }

  // ---- deadlines ------------------------------------------------------------------------------

  private void deadlines(List<Fact> facts, List<Parameter> out) {
    deadline(
        facts,
        out,
        "deadline.truce_end",
        k -> k.equals("truce"),
        "a deadline in a sentence about a truce");
    deadline(
        facts,
        out,
        "deadline.tariff_hike",
        k -> k.equals("tariff_raise") || k.equals("tariff_threat"),
        "a deadline in a sentence about a tariff increase");
    String p = lexicon.initiator().toLowerCase(Locale.ROOT);
    deadline(
        facts,
        out,
        p + ".surplus_cut_deadline",
        k -> k.equals("demand"),
        "a deadline in the sentence of the demand");
  }

  private static void deadline(
      List<Fact> facts, List<Parameter> out, String name, Predicate<String> companion, String why) {
    select(facts, f -> f.kind().equals("deadline") && f.when() != null).stream()
        .filter(d -> facts.stream().anyMatch(f -> f.sameSentenceAs(d) && companion.test(f.kind())))
        .min(EARLIEST)
        .ifPresent(
            d ->
                out.add(
                    Parameter.fromFacts(
                        name, d.when(), "date", ids(d), why + ": " + d.dateBasis())));
  }

  // ---- trade balance and demands --------------------------------------------------------------

  private void balance(List<Fact> facts, List<Parameter> out) {
    String us = lexicon.initiator();
    String cn = Lexicon.other(us);
    String p = us.toLowerCase(Locale.ROOT);
    select(
            facts,
            f ->
                f.kind().equals("trade_stat")
                    && us.equals(f.actor())
                    && f.amountUsdBillions() != null
                    && DEFICIT.matcher(f.source().sentence()).find())
        .stream()
        .max(EARLIEST)
        .ifPresent(
            f ->
                out.add(
                    Parameter.fromFacts(
                        p + ".deficit_usd_bn",
                        f.amountUsdBillions(),
                        "USD bn",
                        ids(f),
                        "trade deficit with " + cn + " reported for " + f.when())));
    select(
            facts,
            f -> f.kind().equals("demand") && us.equals(f.actor()) && f.amountUsdBillions() != null)
        .stream()
        .min(EARLIEST)
        .ifPresent(
            f ->
                out.add(
                    Parameter.fromFacts(
                        p + ".surplus_cut_demand_usd_bn",
                        f.amountUsdBillions(),
                        "USD bn",
                        ids(f),
                        null)));
    select(
            facts,
            f ->
                f.kind().equals("trade_stat")
                    && cn.equals(f.actor())
                    && f.ratePercent() != null
                    && f.source().sentence().contains("imports"))
        .stream()
        .max(EARLIEST)
        .ifPresent(
            f -> {
              boolean down = DOWN.matcher(f.source().sentence()).find();
              out.add(
                  Parameter.fromFacts(
                      cn.toLowerCase(Locale.ROOT) + ".imports_change_pct",
                      down ? -f.ratePercent() : f.ratePercent(),
                      "percent",
                      ids(f),
                      down
                          ? "-" + num(f.ratePercent()) + " (the sentence says the imports fell)"
                          : null));
            });
  }

  // ---- sanctions ------------------------------------------------------------------------------

  private void sanctions(List<Fact> facts, List<Parameter> out) {
    List<Fact> sanctions =
        select(
            facts,
            f ->
                f.kind().equals("sanction")
                    && f.target() != null
                    && Lexicon.other(f.target()) == null);
    Set<String> firms = new LinkedHashSet<>();
    sanctions.forEach(f -> firms.add(f.target()));
    for (String firm : firms) {
      String slug =
          firm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
      select(
              facts,
              f ->
                  f.kind().equals("count")
                      && "years".equals(f.countUnit())
                      && firm.equals(f.target()))
          .stream()
          .min(EARLIEST)
          .ifPresent(
              c ->
                  out.add(
                      Parameter.fromFacts(
                          "sanction." + slug + ".ban_years", c.count(), "years", ids(c), null)));
      sanctions.stream()
          .filter(
              f ->
                  f.target().equals(firm)
                      && ENTITY_LIST.matcher(f.source().sentence()).find()
                      && f.when() != null)
          .min(EARLIEST)
          .ifPresent(
              f ->
                  out.add(
                      Parameter.fromFacts(
                          "sanction." + slug + ".entity_list_date",
                          f.when(),
                          "date",
                          ids(f),
                          "earliest report of the listing: " + f.dateBasis())));
    }
    select(facts, f -> f.kind().equals("count") && "firms".equals(f.countUnit())).stream()
        .filter(c -> sanctions.stream().anyMatch(s -> s.sameSentenceAs(c)))
        .min(EARLIEST)
        .ifPresent(
            c ->
                out.add(
                    Parameter.fromFacts(
                        "sanction.entity_list.firms_added",
                        c.count(),
                        "firms",
                        Stream.concat(
                                ids(c).stream(),
                                sanctions.stream().filter(s -> s.sameSentenceAs(c)).map(Fact::id))
                            .toList(),
                        null)));
  }

  private void nonTariff(List<Fact> facts, List<Parameter> out) {
    for (Fact f : select(facts, x -> x.kind().equals("non_tariff_threat") && x.actor() != null)) {
      String s = f.source().sentence().toLowerCase(Locale.ROOT);
      String measure =
          s.contains("unreliable entit")
              ? "unreliable_entity_list"
              : s.contains("rare earth") ? "rare_earth_export_limit" : "other";
      String name = f.actor().toLowerCase(Locale.ROOT) + ".non_tariff." + measure;
      if (out.stream().noneMatch(p -> p.name().equals(name))) {
        out.add(Parameter.fromFacts(name, 1.0, "threatened (1) or not (0)", ids(f), null));
      }
    }
  }

  /**
   * The sectors China's tariffs aim at: a sector whose goods an article names among China's tariffs
   * (threatened or imposed) gets {@code cn.target.<sector>} = 1, citing those facts.
   */
  private void targets(List<Fact> facts, List<Parameter> out) {
    String cn = Lexicon.other(lexicon.initiator());
    java.util.Map<String, List<String>> bySector = new java.util.LinkedHashMap<>();
    for (Fact f : select(facts, x -> x.kind().startsWith("retaliation_") && cn.equals(x.actor()))) {
      for (String sector : TargetedGoods.chinaTargets(f.source().sentence())) {
        bySector.computeIfAbsent(sector, k -> new ArrayList<>()).add(f.id());
      }
    }
    bySector.forEach(
        (sector, ids) ->
            out.add(
                Parameter.fromFacts(
                    cn.toLowerCase(Locale.ROOT) + ".target." + sector,
                    1.0,
                    "aimed at (1) or not (0)",
                    ids,
                    "the sector's goods are named among " + cn + "'s tariffs")));
  }

  // ---- roster ---------------------------------------------------------------------------------

  private void roster(
      List<Fact> facts, List<FactExtractor.ArticleFacts> articles, List<Parameter> out) {
    for (Official o : new RosterReader(lexicon).read(articles)) {
      List<String> named = factsAt(facts, o.named);
      if (named.isEmpty()) {
        continue; // named only in sentences that report nothing: no fact to cite
      }
      String base = "roster." + o.side + "." + o.slug;
      out.add(Parameter.fromFacts(base + ".name", o.name, "text", named, null));
      String role = o.role();
      if (role != null && !factsAt(facts, o.roleVotes.get(role)).isEmpty()) {
        out.add(
            Parameter.fromFacts(
                base + ".role",
                role,
                "role",
                factsAt(facts, o.roleVotes.get(role)),
                "title given " + o.roleVotes.get(role).size() + " time(s)"));
      }
      List<String> off = factsAt(facts, o.offDelegation);
      List<String> on = factsAt(facts, o.onDelegation);
      if (!off.isEmpty()) {
        out.add(
            Parameter.fromFacts(
                base + ".on_delegation", 0.0, "flag", off, "reported left off or barred"));
      } else if (!on.isEmpty()) {
        out.add(
            Parameter.fromFacts(
                base + ".on_delegation",
                1.0,
                "flag",
                on,
                "reported leading, visiting, meeting or taking part"));
      } else {
        out.add(
            Parameter.fromFacts(
                base + ".on_delegation",
                0.0,
                "flag",
                named,
                "named, but never reported on a delegation"));
      }
      List<String> hard = factsAt(facts, o.hardliner);
      out.add(
          Parameter.fromFacts(
              base + ".hardliner",
              hard.isEmpty() ? 0.0 : 1.0,
              "flag",
              hard.isEmpty() ? named : hard,
              hard.isEmpty() ? "no hardliner cue where named" : "described as a hardliner"));
      List<String> leads = factsAt(facts, o.leads);
      out.add(
          Parameter.fromFacts(
              base + ".leads_delegation",
              leads.isEmpty() ? 0.0 : 1.0,
              "flag",
              leads.isEmpty() ? named : leads,
              leads.isEmpty() ? "never reported leading the talks" : "reported leading the talks"));
    }
  }

  private static List<String> factsAt(List<Fact> facts, List<Official.Where> where) {
    if (where == null) {
      return List.of();
    }
    return facts.stream()
        .filter(
            f ->
                where.stream()
                    .anyMatch(
                        w -> w.file().equals(f.source().file()) && w.start() == f.source().start()))
        .map(Fact::id)
        .distinct()
        .toList();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Earlier first; within the same month, a day-precise date before a month-precise one. */
  static final Comparator<Fact> EARLIEST =
      Comparator.comparing((Fact f) -> monthKey(f.when()))
          .thenComparingInt(
              f ->
                  f.when() == null
                      ? 3
                      : f.when().length() == 10 ? 0 : f.when().length() == 7 ? 1 : 2)
          .thenComparing(f -> f.when() == null ? "" : f.when());

  private static String monthKey(String date) {
    if (date == null) {
      return "9999-99";
    }
    return date.length() >= 7 ? date.substring(0, 7) : date + "-13";
  }

  /** The earliest raise by {@code side} that gives both its old and its new rate. */
  static Optional<Fact> firstRateRaise(List<Fact> facts, String side) {
    return facts.stream()
        .filter(
            f ->
                f.kind().equals("tariff_raise")
                    && side.equals(f.actor())
                    && f.ratePercent() != null
                    && f.fromRatePercent() != null)
        .min(EARLIEST);
  }

  private static List<Fact> select(List<Fact> facts, Predicate<Fact> p) {
    return facts.stream().filter(p).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  private static List<String> ids(Fact... fs) {
    return Stream.of(fs).map(Fact::id).toList();
  }

  private static double round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  /** A number as people write it: 150, 0.3333, 59.71. */
  static String num(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
