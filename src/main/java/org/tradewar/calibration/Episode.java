package org.tradewar.calibration;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The episode of the war the folder reports, and the event that plays each role in it. The roles
 * are what the parameters are read from, so an article about another episode, another proposal or
 * another period adds events that play no role, and moves no parameter; an article about the same
 * event adds a report to it, or, with another figure, a rival that {@link Settlement} weighs.
 *
 * <ul>
 *   <li><b>Tranches</b>: US tariffs reported in force (by modality, else kind) with a coverage; the
 *       largest is the cumulative coverage, the largest below it the second tranche.
 *   <li><b>First threat</b>: a US threat with a coverage that is not a tranche's own proposal (a
 *       threat of an imposed tranche's size, like a $50bn list later imposed, is that tranche); of
 *       those, the earliest that China's answer is reported against (a Chinese answer with a
 *       coverage in the same sentence), else the earliest with a rate, else the earliest. Other
 *       threats dated with it (see {@link EventMerger#datesCompatible}) are rival reports of it.
 *   <li><b>China's answer</b>: the Chinese tariffs the text sets against the first threat (in the
 *       same sentence as one of its reports), else the earliest dated on or after it within {@value
 *       #ANSWER_DAYS} days; never an answer to another threat.
 *   <li><b>Opening</b>: the month of the first threat's date. Talks and counts dated before it
 *       belong to an earlier exchange.
 *   <li><b>Rounds</b>: counts of rounds dated from the opening, not limited to a period ({@link
 *       Fact#period()}); rounds accumulate over an episode, so the largest count is the episode's
 *       and a smaller one ("two rounds since September") counts a part of it. Every report of that
 *       count is a source, and the earliest dates it: a later article saying "11 rounds" again adds
 *       a source and does not stretch the span.
 * </ul>
 */
final class Episode {
  static final int ANSWER_DAYS = 62;

  private final List<Event> events;
  private final String us;
  private final String cn;
  private final Optional<Event> cumulative;
  private final Optional<Event> tranche2;
  private final Optional<Settlement> firstThreat;
  private final Optional<Settlement> answer;
  private final Optional<Settlement> tranche3;

  Episode(List<Event> events, String us) {
    this.events = events;
    this.us = us;
    this.cn = Lexicon.other(us);
    List<Event> imposed =
        select(
            e ->
                us.equals(e.lead().actor())
                    && e.lead().kind().startsWith("tariff_")
                    && TariffStage.inForce(e.lead())
                    && e.amount() != null);
    this.cumulative =
        imposed.stream()
            .max(
                Comparator.comparingDouble(Event::amount)
                    .thenComparingInt(Event::articles)
                    .thenComparing(Event::dated, ParameterMapper.EARLIEST.reversed()));
    this.tranche2 =
        cumulative.flatMap(
            c ->
                imposed.stream()
                    .filter(e -> e.amount() < c.amount())
                    .max(
                        Comparator.comparingDouble(Event::amount)
                            .thenComparingInt(Event::articles)
                            .thenComparing(Event::dated, ParameterMapper.EARLIEST.reversed())));
    this.firstThreat = chooseFirstThreat();
    this.answer = firstThreat.flatMap(t -> chooseAnswer(t.winner()));
    this.tranche3 = firstThreat.flatMap(t -> chooseTranche3(t.winner()));
  }

  /** The threat of the third tranche, settled among its rival reports (see the class comment). */
  Optional<Settlement> tranche3() {
    return tranche3;
  }

  Optional<Event> cumulative() {
    return cumulative;
  }

  Optional<Event> tranche2() {
    return tranche2;
  }

  Optional<Settlement> firstThreat() {
    return firstThreat;
  }

  Optional<Settlement> answer() {
    return answer;
  }

  /** US threats with a coverage (events), the first threat's rivals among them. */
  List<Event> usThreats() {
    return select(
        e ->
            us.equals(e.lead().actor())
                && e.lead().kind().startsWith("tariff_")
                && TariffStage.threatened(e.lead())
                && e.amount() != null);
  }

  /** The first day of the opening month, or null when the first threat is not dated to a month. */
  String opening() {
    String when = firstThreat.map(s -> s.winner().when()).orElse(null);
    return when == null || when.length() < 7 ? null : when.substring(0, 7);
  }

  /** True when {@code f} is dated from the opening on (or undated, or there is no opening). */
  boolean fromOpening(Fact f) {
    String o = opening();
    String w = f.when();
    return o == null || w == null || w.length() < 7 || w.substring(0, 7).compareTo(o) >= 0;
  }

  /** The episode's count of rounds: see the class comment. */
  Optional<Event> rounds(List<Fact> facts) {
    List<Fact> counts =
        facts.stream()
            .filter(
                f ->
                    f.kind().equals("count")
                        && "rounds".equals(f.countUnit())
                        && f.count() != null
                        && f.period() == null
                        && !TariffStage.denied(f)
                        && fromOpening(f))
            .toList();
    Optional<Double> most = counts.stream().map(Fact::count).max(Comparator.naturalOrder());
    // every report of the largest count is a source; the earliest dates it (the count was reached
    // by then)
    return most.map(
            n ->
                counts.stream()
                    .filter(f -> f.count().equals(n))
                    .sorted(ParameterMapper.EARLIEST)
                    .toList())
        .map(Event::new);
  }

  /** The earliest talks fact from the opening on: the episode's first round. */
  Optional<Fact> firstRound(List<Fact> facts) {
    return facts.stream()
        .filter(
            f ->
                f.kind().equals("talks")
                    && f.when() != null
                    && !TariffStage.denied(f)
                    && fromOpening(f))
        .min(ParameterMapper.EARLIEST);
  }

  private Optional<Settlement> chooseFirstThreat() {
    List<Event> candidates =
        usThreats().stream().filter(t -> !isTranche(t.amount()) && !additional(t)).toList();
    List<Event> answers = chineseAnswers();
    List<Event> answered =
        candidates.stream()
            .filter(t -> answers.stream().anyMatch(a -> a.sharesSentenceWith(t)))
            .toList();
    Optional<Event> first =
        answered.stream()
            .min(Comparator.comparing(Event::dated, ParameterMapper.EARLIEST))
            .or(
                () ->
                    candidates.stream()
                        .filter(t -> t.rate() != null)
                        .min(Comparator.comparing(Event::dated, ParameterMapper.EARLIEST)))
            .or(
                () ->
                    candidates.stream()
                        .min(Comparator.comparing(Event::dated, ParameterMapper.EARLIEST)));
    return first.map(t -> Settlement.of(rivals(t, candidates)));
  }

  /**
   * The US threats larger than the first, outside its sentences and not an imposed tranche's own,
   * grouped by coverage; the coverage most articles report, the larger on a tie. The others are its
   * rivals, so a remark that "the total could exceed $500 billion" or a recap's "$370 billion" is a
   * recorded conflict, not a new third tranche.
   */
  private Optional<Settlement> chooseTranche3(Event first) {
    java.util.Map<Double, List<Fact>> byCoverage = new java.util.TreeMap<>();
    usThreats().stream()
        .filter(
            f ->
                !f.equals(first)
                    && !f.sharesSentenceWith(first)
                    && f.amount() > first.amount()
                    && !isTranche(f.amount()))
        .forEach(
            f ->
                byCoverage
                    .computeIfAbsent(f.amount(), k -> new java.util.ArrayList<>())
                    .addAll(f.reports()));
    // reports of one coverage are one claim about the third tranche, whatever their dates
    List<Event> candidates =
        byCoverage.values().stream()
            .map(Event::new)
            .sorted(
                Comparator.comparingInt(Event::articles)
                    .thenComparingDouble(Event::amount)
                    .reversed())
            .toList();
    return candidates.isEmpty() ? Optional.empty() : Optional.of(Settlement.of(candidates));
  }

  /**
   * "An additional $100 billion", "another $200 billion", "$300 billion more": a threat added to
   * one already made, so not the first.
   */
  private static boolean additional(Event threat) {
    return threat.reports().stream().anyMatch(Episode::saysAdditional);
  }

  private static final java.util.regex.Pattern ADDITIONAL =
      java.util.regex.Pattern.compile(
          "\\b(?:additional|another|further|extra)\\s+(?:US)?\\$\\s?(\\d+(?:\\.\\d+)?)\\s*(?:bn|b|billion)\\b|\\$\\s?(\\d+(?:\\.\\d+)?)\\s*(?:bn|b|billion)\\s+(?:more|of"
              + " additional|in additional)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static boolean saysAdditional(Fact f) {
    if (f.amountUsdBillions() == null) {
      return false;
    }
    java.util.regex.Matcher m = ADDITIONAL.matcher(f.source().sentence());
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2);
      if (Double.parseDouble(n) == f.amountUsdBillions()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Settlement> chooseAnswer(Event threat) {
    List<Event> answers = chineseAnswers();
    List<Event> inText = answers.stream().filter(a -> a.sharesSentenceWith(threat)).toList();
    if (!inText.isEmpty()) {
      return Optional.of(Settlement.of(inText));
    }
    java.time.LocalDate from = date(threat.when());
    return answers.stream()
        .filter(
            a ->
                from != null
                    && date(a.when()) != null
                    && !date(a.when()).isBefore(from)
                    && !date(a.when()).isAfter(from.plusDays(ANSWER_DAYS)))
        .min(Comparator.comparing(Event::dated, ParameterMapper.EARLIEST))
        .map(a -> Settlement.of(List.of(a)));
  }

  /**
   * {@code chosen} first, then the other candidates dated with it: reports of the same act with
   * another figure. Both dates must be known to the month at least, or an undated or year-dated
   * threat would rival every other.
   */
  @SuppressWarnings("ReferenceEquality") // the same object in the list, not an equal one
  private static List<Event> rivals(Event chosen, List<Event> candidates) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(chosen),
            candidates.stream()
                .filter(
                    e ->
                        e != chosen
                            && e.reports().stream()
                                .anyMatch(
                                    r ->
                                        chosen.reports().stream()
                                            .anyMatch(
                                                c ->
                                                    toTheMonth(r)
                                                        && toTheMonth(c)
                                                        && EventMerger.datesCompatible(
                                                            r.when(), c.when())))))
        .toList();
  }

  private static boolean toTheMonth(Fact f) {
    return f.when() != null && f.when().length() >= 7;
  }

  private List<Event> chineseAnswers() {
    return select(
        e ->
            cn.equals(e.lead().actor())
                && e.lead().kind().startsWith("retaliation_")
                && e.amount() != null
                && (TariffStage.threatened(e.lead()) || TariffStage.inForce(e.lead())));
  }

  /**
   * True when a coverage is an imposed tranche's size (within 5%): the cumulative, the second or
   * the first.
   */
  private boolean isTranche(double amount) {
    if (cumulative.isEmpty()) {
      return false;
    }
    double c = cumulative.get().amount();
    List<Double> sizes =
        tranche2.map(t -> List.of(c, t.amount(), c - t.amount())).orElse(List.of(c));
    return sizes.stream().anyMatch(s -> Math.abs(s - amount) <= 0.05 * Math.max(s, amount));
  }

  private List<Event> select(Predicate<Event> p) {
    return events.stream().filter(p).toList();
  }

  /**
   * A day for comparing dates: the day, the first of a month, the first of a year; null if none.
   */
  private static java.time.LocalDate date(String when) {
    PartialDate d = PartialDate.parse(when);
    return d == null ? null : d.date();
  }
}
