package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;

/**
 * Reads the facts of one article: dates it, splits it into sentences and clauses, parses amounts,
 * rates, counts, dates and mentions in each clause, classifies the clause, and builds one fact per
 * kind with its actor, target, numbers, date and provenance.
 */
public final class FactExtractor {
  private static final Set<String> WITH_AMOUNT =
      Set.of(
          "tariff_threat",
          "tariff_imposed",
          "tariff_raise",
          "retaliation_threat",
          "retaliation_imposed",
          "demand",
          "trade_stat",
          "purchase_commitment",
          "tariff_cut",
          "tariff_suspension",
          "exclusion",
          "deal",
          "truce",
          "sanction");
  private static final Set<String> WITH_RATE =
      Set.of(
          "tariff_threat",
          "tariff_imposed",
          "tariff_raise",
          "retaliation_threat",
          "retaliation_imposed",
          "trade_stat",
          "tariff_cut",
          "tariff_suspension");

  /** What was read from one article. */
  public record ArticleFacts(
      Source source, ArticleDate date, List<Sentence> sentences, List<Fact> facts) {}

  private final Lexicon lexicon;
  private final Cues cues;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ClauseSplitter clauses;
  private final AmountParser amounts = new AmountParser();
  private final RateParser rates = new RateParser();
  private final CountParser counts = new CountParser();
  private final DateResolver dates = new DateResolver();
  private final ArticleDater dater;
  private final ActorResolver actors = new ActorResolver();
  private final FactClassifier classifier;
  private final PosTagger tagger = new PosTagger();
  private final ModalityReader modality = new ModalityReader();
  private final KindDecider kinds;

  public FactExtractor(Lexicon lexicon, Cues cues, ArticleDater dater) {
    this(lexicon, cues, dater, KindDecider.RULES);
  }

  /** An extractor whose kinds of fact per clause are decided by {@code kinds}. */
  public FactExtractor(Lexicon lexicon, Cues cues, ArticleDater dater, KindDecider kinds) {
    this.kinds = Check.notNull(kinds, "kinds");
    this.lexicon = Check.notNull(lexicon, "lexicon");
    this.cues = Check.notNull(cues, "cues");
    this.dater = Check.notNull(dater, "dater");
    this.clauses = new ClauseSplitter(lexicon);
    this.classifier = new FactClassifier(cues, lexicon);
  }

  /** The extractor with the lexicon, cues and events shipped with tradewar. */
  public static FactExtractor standard() {
    return new FactExtractor(Lexicon.standard(), Cues.standard(), ArticleDater.standard());
  }

  /** The facts of {@code article}, with ids {@code <idPrefix>-01}, {@code <idPrefix>-02}, ... */
  public ArticleFacts extract(Article article, String idPrefix) {
    String text = article.text();
    Dated dated = dated(article);
    List<Sentence> sentences = dated.sentences();
    ArticleDate date = dated.date();
    PartialDate articleDate = date.value();
    List<Fact> facts = new ArrayList<>();
    for (ReadClause r : readClauses(text, sentences, articleDate)) {
      Clause c = r.clause();
      String actor = r.actor();
      String target = r.target();
      List<Fact> clauseFacts = new ArrayList<>();
      for (String kind : kinds.kinds(r)) {
        String a = actor;
        String t = target;
        if (kind.equals("sanction")) {
          Optional<Mention> firm = actors.firm(c, r.lastFirm());
          t = firm.map(Mention::party).orElse(target);
          a = firm.map(f -> Lexicon.other(f.side())).orElse(actor);
        } else if (kind.equals("demand") && cues.has("deficit_cut", c.text(), c.start(), c.end())) {
          a = lexicon.initiator(); // the side with the deficit asks the other to cut its surplus
          t = Lexicon.other(a);
        } else if (kind.equals("demand")) {
          String[] at = actors.demand(c, actor, target);
          a = at[0];
          t = at[1];
        } else if ((kind.equals("count") || kind.equals("deadline")) && !clauseFacts.isEmpty()) {
          Fact main = clauseFacts.get(0);
          a = main.actor();
          t = main.target();
        } else if (kind.equals("trade_stat")
            && cues.has("farm_aid", c.text(), c.start(), c.end())) {
          a = lexicon.initiator(); // aid to a side's own farmers: the side pays itself
          t = a;
        } else if (kind.equals("trade_stat") && actors.firstNamed(c) != null) {
          a = actors.firstNamed(c); // "US exports to China fell": the side whose trade it is
          t = Lexicon.other(a);
        } else if (kind.equals("purchase_commitment")) {
          // the buyer is the subject of the buying verb; a pledge with no buyer named is the
          // answering side's, which is who promises to buy in this war
          String buyer = actors.subjectOf(c, "purchase", cues);
          a = buyer != null ? buyer : Lexicon.other(lexicon.initiator());
          t = Lexicon.other(a);
        } else if ((kind.equals("talks") || kind.equals("truce") || kind.equals("deal"))
            && !actors.subjectBefore(c, kind, cues)) {
          // talks and truces between the two sides: the side that is the subject, else the US
          a = lexicon.initiator();
          t = Lexicon.other(a);
        }
        if (TARIFF_ACTS.contains(kind) && r.tariffActor() != null && !r.tariffActor().equals(a)) {
          a = r.tariffActor();
          t = Lexicon.other(a);
        }
        List<Reading> readings = readings(kind, a, t, c);
        if (TARIFF_ACTS.contains(kind) && cues.has("both_sides", c.text(), c.start(), c.end())) {
          readings = ofEachSide(readings, clauseFacts);
        } else if (TARIFF_ACTS.contains(kind)) {
          readings = readings.stream().map(x -> sidedByItsGoods(x, c)).toList();
        }
        for (Reading reading : readings) {
          clauseFacts.add(
              build(
                  idPrefix + "-" + String.format("%02d", facts.size() + clauseFacts.size() + 1),
                  reading,
                  c,
                  article,
                  articleDate,
                  date));
        }
      }
      facts.addAll(clauseFacts);
    }
    Source source =
        Source.of(article, articleDate == null ? null : articleDate.toString(), date.basis());
    return new ArticleFacts(source, date, sentences, datedAsTheLead(facts, sentences));
  }

  /**
   * Every clause of the article with its sides and the kinds the cue rules find; the actor of a
   * clause that names none is the previous clause's, and a firm stays in scope once named.
   */
  private List<ReadClause> readClauses(
      String text, List<Sentence> sentences, PartialDate articleDate) {
    List<ReadClause> out = new ArrayList<>();
    String previousActor = null;
    Mention lastFirm = null;
    for (Sentence sentence : sentences) {
      for (int[] span : clauses.split(text, sentence.start(), sentence.end())) {
        Clause c = parse(text, span[0], span[1], sentence, articleDate);
        String actor = actors.actor(c, previousActor);
        String target = actors.target(c, actor);
        int answer = answerMarker(c);
        String owner =
            cues.has("tariff", c.text(), c.start(), c.end())
                ? actors.tariffSide(
                    c,
                    Math.min(answer < 0 ? c.end() : answer, condition(c)),
                    Lexicon.other(lexicon.initiator()))
                : null;
        String tariffActor = owner != null ? owner : actor;
        boolean firmInScope = lastFirm != null;
        List<String> ruleKinds = classifier.kinds(c, actor, tariffActor, articleDate, firmInScope);
        out.add(new ReadClause(c, actor, target, tariffActor, lastFirm, ruleKinds, articleDate));
        if (actor != null) {
          previousActor = actor;
        }
        for (Mention m : c.mentions()) {
          if (m.type().equals("firm")) {
            lastFirm = m;
          }
        }
      }
    }
    return out;
  }

  /** The clauses of {@code article} as {@link #extract} reads them, before kinds are decided. */
  public List<ReadClause> readClauses(Article article) {
    Dated dated = dated(article);
    return readClauses(article.text(), dated.sentences(), dated.date().value());
  }

  /** An article's sentences and its date. */
  private record Dated(List<Sentence> sentences, ArticleDate date) {}

  /**
   * The article's sentences and date: its date line, or the date inferred from its sentences; a bad
   * date line is refused, naming the file.
   */
  private Dated dated(Article article) {
    String text = article.text();
    Optional<ArticleDate> line;
    try {
      line = dater.dateLine(text);
    } catch (BadInputException e) {
      throw new BadInputException(article.file() + " " + e.getMessage(), e);
    }
    List<Sentence> sentences = splitter.split(text, line.map(ArticleDate::bodyStart).orElse(0));
    return new Dated(sentences, line.orElseGet(() -> dater.infer(text, sentences)));
  }

  /**
   * A headline carries no date of its own: an undated fact of the first line takes the dates of the
   * first later fact of the same kind that has them (the lead reports what the headline sums up).
   */
  private static List<Fact> datedAsTheLead(List<Fact> facts, List<Sentence> sentences) {
    if (sentences.isEmpty()) {
      return facts;
    }
    int headline = sentences.get(0).start();
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact fact : facts) {
      Fact f = fact;
      boolean undated = f.date() == null && f.announced() == null && f.period() == null;
      if (undated && f.source().start() == headline && !f.kind().equals("count")) {
        Optional<Fact> lead =
            facts.stream()
                .filter(
                    g ->
                        g.source().start() > headline
                            && g.kind().equals(fact.kind())
                            && (g.date() != null || g.announced() != null))
                .findFirst();
        if (lead.isPresent()) {
          Fact g = lead.get();
          f =
              f.redated(
                  g.date(),
                  "headline, dated as the lead's " + g.id() + ": " + g.dateBasis(),
                  g.announced());
        }
      }
      out.add(f);
    }
    return out;
  }

  private Clause parse(String text, int s, int e, Sentence sentence, PartialDate articleDate) {
    boolean future = cues.has("future", text, s, e);
    List<DateMention> when = dates.resolve(text, s, e, articleDate, future);
    List<PosTagger.Token> tokens = tagger.tag(text, s, e);
    if (future) {
      when = pastWhereThePastGoverns(text, when, tokens, articleDate);
    }
    ModalityReader.Reading reading = modality.read(tokens);
    if ((reading.reportedWould() || presentInForce(reading))
        && articleDate != null
        && when.stream()
            .anyMatch(d -> d.calendar() && d.value().date().isAfter(articleDate.last()))) {
      // "said it would impose ... from September 1", "takes effect on Sept. 1": decided, and dated
      reading = reading.asAnnounced();
    }
    return new Clause(
        text,
        s,
        e,
        sentence,
        lexicon.mentions(text, s, e),
        amounts.parse(text, s, e),
        rates.parse(text, s, e),
        counts.parse(text, s, e),
        when,
        reading,
        tokens);
  }

  /** A present-tense act in force ("takes effect", "imposes"), which a future date makes a plan. */
  private static boolean presentInForce(ModalityReader.Reading r) {
    return r.presentTense() && (r.modality().equals("in_force") || r.modality().equals("reported"));
  }

  /**
   * In a clause about the future, a date that belongs to a verb in the past ("will complete the
   * round the two countries had threatened in April") is read as past.
   */
  private List<DateMention> pastWhereThePastGoverns(
      String text, List<DateMention> when, List<PosTagger.Token> tokens, PartialDate articleDate) {
    List<DateMention> out = new ArrayList<>(when.size());
    for (DateMention d : when) {
      if (VerbAttachment.pastTense(tokens, d.start())) {
        List<DateMention> again = dates.resolve(text, d.start(), d.end(), articleDate, false);
        out.add(again.size() == 1 ? again.get(0) : d);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** One fact to build: its kind, sides and the numbers it carries. */
  private record Reading(
      String kind,
      String actor,
      String target,
      AmountParser.Amount amount,
      RateParser.Rate rate,
      CountParser.Count count) {}

  /**
   * The facts a clause gives for one kind: one per amount of a tariff act ("$34 billion ... and $16
   * billion"), each with the nearest rate before it, and one per count; an amount after "in
   * response to" is the other side's act.
   */
  private List<Reading> readings(String kind, String actor, String target, Clause c) {
    List<Reading> out = new ArrayList<>();
    if (kind.equals("count")) {
      for (CountParser.Count n : c.counts()) {
        out.add(new Reading(kind, actor, target, null, null, n));
      }
      return out;
    }
    List<AmountParser.Amount> amounts = WITH_AMOUNT.contains(kind) ? c.amounts() : List.of();
    RateParser.Rate first =
        WITH_RATE.contains(kind) && !c.rates().isEmpty() ? c.rates().get(0) : null;
    int answer = TARIFF_ACTS.contains(kind) ? answerMarker(c) : -1;
    if (answer >= 0
        && Lexicon.other(actor) != null
        && amounts.stream().noneMatch(a -> a.start() > answer)) {
      // "... in response to US tariffs": the act answered is reported too, without an amount
      out.add(
          new Reading(kind, actor, target, amounts.isEmpty() ? null : amounts.get(0), first, null));
      out.add(answered(kind, actor, null));
      return out;
    }
    if ((amounts.size() <= 1 && answer < 0) || !TARIFF_ACTS.contains(kind)) {
      out.add(
          new Reading(kind, actor, target, amounts.isEmpty() ? null : amounts.get(0), first, null));
      return out;
    }
    for (AmountParser.Amount amount : amounts) {
      RateParser.Rate rate = first;
      for (RateParser.Rate r : c.rates()) {
        if (r.end() <= amount.start()
            && (answer < 0 || (r.start() < answer) == (amount.start() < answer))) {
          rate = r;
        }
      }
      if (answer >= 0 && amount.start() > answer && Lexicon.other(actor) != null) {
        // "tariffs on $75 billion in response to $300 billion": the second amount is what is
        // answered
        out.add(answered(kind, actor, amount));
      } else {
        out.add(new Reading(kind, actor, target, amount, rate, null));
      }
    }
    return out;
  }

  /** A dateline up to its date: "BEIJING, April 2", "WASHINGTON/BEIJING, July 11". */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile("\\s*[A-Z][A-Z./ ]{2,40},\\s+\\w+\\.?\\s+\\d{1,2}");

  /** The other side's act that an act of {@code kind} by {@code actor} answers. */
  private Reading answered(String kind, String actor, AmountParser.Amount amount) {
    String other = Lexicon.other(actor);
    String otherKind =
        (other.equals(lexicon.initiator()) ? "tariff_" : "retaliation_")
            + (kind.endsWith("threat") ? "threat" : "imposed");
    return new Reading(otherKind, other, actor, amount, null, null);
  }

  private static final Set<String> TARIFF_ACTS =
      Set.of(
          "tariff_threat",
          "tariff_imposed",
          "tariff_raise",
          "retaliation_threat",
          "retaliation_imposed");
  private static final java.util.regex.Pattern ANSWER =
      java.util.regex.Pattern.compile(
          "\\b(in (response|answer|retaliation) (to|for)|responding to|answering|answers|to"
              + " counter|retaliation (for|against)|hit back at|hits back at|retaliat\\w*"
              + " against|follows? the)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern CONDITION =
      java.util.regex.Pattern.compile(
          "\\b(if|unless)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Where a condition ("if the US tariffs go ahead") begins in the clause, else its end. */
  private static int condition(Clause c) {
    java.util.regex.Matcher m = CONDITION.matcher(c.text()).region(c.start(), c.end());
    return m.find() ? m.start() : c.end();
  }

  /** Where "in response to" (or its like) stands in the clause, or -1. */
  private static int answerMarker(Clause c) {
    java.util.regex.Matcher m = ANSWER.matcher(c.text()).region(c.start(), c.end());
    return m.find() ? m.start() : -1;
  }

  private Fact build(
      String id,
      Reading reading,
      Clause c,
      Article article,
      PartialDate articleDate,
      ArticleDate date) {
    String kind = reading.kind();
    String actor = reading.actor();
    String target = reading.target();
    Double amount = reading.amount() == null ? null : reading.amount().usdBillions();
    RateParser.Rate rate = reading.rate();
    CountParser.Count count = reading.count();
    Double rateLow = null;
    if (rate != null && rate.fromPercent() == null) {
      // "10 percent and 5 percent", "5 to 25 percent": rates written side by side are one act's
      // range
      List<RateParser.Rate> run = sideBySide(c, rate);
      if (run.size() > 1) {
        double hi = run.stream().mapToDouble(RateParser.Rate::percent).max().orElseThrow();
        double lo = run.stream().mapToDouble(RateParser.Rate::percent).min().orElseThrow();
        rate = new RateParser.Rate(rate.start(), rate.end(), hi, null);
        rateLow = lo == hi ? null : lo;
      }
    }
    if (kind.equals("tariff_raise") && rate != null && rate.fromPercent() == null) {
      rate = raisedTo(c, rate);
    }
    String modality = kind.equals("count") ? null : modalityOf(kind, c);
    DateMention when =
        kind.equals("count")
            ? null
            : kind.equals("deadline")
                ? classifier.deadline(c, articleDate)
                : eventDate(c, articleDate, !kind.equals("talks"));
    DateMention announcedOn = null;
    if (when != null
        && ("threatened".equals(modality)
            || "announced".equals(modality)
            || ("suspended".equals(modality) && classifier.deadline(c, articleDate) != null))
        && !kind.equals("deadline")
        && !kind.equals("talks")
        && !isFuture(when, articleDate)) {
      // a threat or an announcement dated in the past is dated by when it was made; its own date is
      // the future one the text gives, if any
      announcedOn = when;
      when = classifier.deadline(c, articleDate);
    }
    if (when != null && announcedOn == null && !kind.equals("deadline") && !kind.equals("talks")) {
      // "proclaimed on March 8 came into force on Friday": the date of the announcing verb is the
      // announcement, the other the act's own
      announcedOn = announcement(c, when, articleDate);
    }
    if (when == null && "announced".equals(modality) && !kind.equals("deadline")) {
      when =
          classifier.deadline(
              c, articleDate); // "will be raised to 30 percent from Oct. 1": the act's own date
    }
    if (when == null
        && announcedOn == null
        && articleDate != null
        && articleDate.precision() == PartialDate.Precision.DAY
        && "in_force".equals(modality)
        && TARIFF_ACTS.contains(kind)
        && (c.reading().presentTense() || c.dates().isEmpty())
        && !VerbAttachment.ofState(c.tokens())
        && !VerbAttachment.background(c.tokens(), actAt(c))) {
      // "tariffs take effect", "China imposes", "the tariffs came into force" with no date: news of
      // the day, dated by the article; "the tariffs remain in place" and "days after Washington
      // raised tariffs" are no news of the day
      when =
          new DateMention(
              c.start(),
              c.start(),
              "",
              articleDate,
              "in force, undated: the article date " + articleDate,
              false);
    }
    if (kind.equals("trade_stat")
        && amount != null
        && when != null
        && announcedOn == null
        && when.value().precision() != PartialDate.Precision.YEAR
        && !isFuture(when, articleDate)
        && cues.has("farm_aid", c.text(), c.start(), c.end())) {
      // "$12 billion in aid, announced on Tuesday": the day an aid package is announced; its
      // payments have dates of their own
      announcedOn = when;
      when = null;
    }
    String period = null;
    if (when != null
        && when.value().precision() == PartialDate.Precision.YEAR
        && !kind.equals("deadline")) {
      // "last year", "in 2018": the year the act belongs to, not a date of it
      period = when.value().toString();
      when = null;
    }
    String dateValue = when == null ? null : when.value().toString();
    String announced = announcedOn == null ? null : announcedOn.value().toString();
    String basis =
        when != null
            ? when.basis()
            : announcedOn != null
                ? "announced: " + announcedOn.basis()
                : articleDate != null
                    ? "no date in the sentence; reported on the article date (" + date.basis() + ")"
                    : "unknown: " + date.basis();
    Sentence s = c.sentence();
    return new Fact(
        id,
        kind,
        actor,
        target,
        amount,
        rate == null ? null : rate.percent(),
        rate == null ? null : rate.fromPercent(),
        count == null ? null : count.value(),
        count == null ? null : count.unit(),
        dateValue,
        basis,
        new Provenance(article.file(), s.text(), s.start(), s.end()),
        announced,
        articleDate == null ? null : articleDate.toString(),
        modality,
        kind.equals("count") ? null : c.reading().negated(),
        rateLow,
        reading.amount() == null ? null : reading.amount().lowUsdBillions(),
        period);
  }

  private static final java.util.regex.Pattern JOINED =
      java.util.regex.Pattern.compile(
          "\\s*(?:%|per\\s?cent|percent|pct)?\\s*(?:,|to|-|–|and|or|,? and)\\s*",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** {@code rate} with the rates joined to it by "and", "to", "," or "-" only, in text order. */
  private static List<RateParser.Rate> sideBySide(Clause c, RateParser.Rate rate) {
    List<RateParser.Rate> all = c.rates().stream().filter(r -> r.fromPercent() == null).toList();
    int i = all.indexOf(rate);
    if (i < 0) {
      return List.of(rate);
    }
    int lo = i;
    int hi = i;
    while (lo > 0
        && JOINED
            .matcher(c.text().substring(all.get(lo - 1).end(), all.get(lo).start()))
            .matches()) {
      lo--;
    }
    while (hi + 1 < all.size()
        && JOINED
            .matcher(c.text().substring(all.get(hi).end(), all.get(hi + 1).start()))
            .matches()) {
      hi++;
    }
    return all.subList(lo, hi + 1);
  }

  private static final java.util.regex.Pattern TO_BEFORE =
      java.util.regex.Pattern.compile("\\b(to|at)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A raise's new rate is the one after "to" ("now at 25 percent, will be raised to 30 percent"),
   * and the rate the clause names before it is the old one.
   */
  private static RateParser.Rate raisedTo(Clause c, RateParser.Rate rate) {
    List<RateParser.Rate> all = c.rates();
    for (int i = 1; i < all.size(); i++) {
      RateParser.Rate to = all.get(i);
      String before = c.text().substring(Math.max(c.start(), to.start() - 4), to.start());
      if (to.fromPercent() == null
          && TO_BEFORE.matcher(before).find()
          && before.toLowerCase(java.util.Locale.ROOT).contains("to")
          && all.get(i - 1).percent() < to.percent()) {
        return new RateParser.Rate(to.start(), to.end(), to.percent(), all.get(i - 1).percent());
      }
    }
    return rate;
  }

  private static boolean isFuture(DateMention d, PartialDate articleDate) {
    // a weekday resolved forward ("will go up on Friday") is as future as a calendar date; "next
    // year" is a period, not a day the act is set for
    return articleDate != null
        && (d.calendar() || d.value().precision() == PartialDate.Precision.DAY)
        && d.value().date().isAfter(articleDate.last());
  }

  /**
   * "The tariffs each country had threatened": the act of each side, the initiator's first when the
   * clause names neither; an act the clause already gave is not given twice.
   */
  private List<Reading> ofEachSide(List<Reading> readings, List<Fact> clauseFacts) {
    List<Reading> out = new ArrayList<>();
    for (Reading r : readings) {
      out.add(Lexicon.other(r.actor()) == null ? actedBy(r, lexicon.initiator()) : r);
    }
    for (Reading r : List.copyOf(out)) {
      Reading m = actedBy(r, Lexicon.other(r.actor()));
      Double amount = m.amount() == null ? null : m.amount().usdBillions();
      boolean known =
          out.stream()
                  .anyMatch(
                      x ->
                          x.kind().equals(m.kind())
                              && x.actor().equals(m.actor())
                              && Objects.equals(x.amount(), m.amount()))
              || clauseFacts.stream()
                  .anyMatch(
                      f ->
                          f.kind().equals(m.kind())
                              && m.actor().equals(f.actor())
                              && Objects.equals(f.amountUsdBillions(), amount));
      if (!known) {
        out.add(m);
      }
    }
    return out;
  }

  /** {@code r} taken by the side its own amount's words give it, when they give one. */
  private Reading sidedByItsGoods(Reading r, Clause c) {
    if (r.amount() == null || Lexicon.other(r.actor()) == null) {
      return r;
    }
    String side = actors.sideOfAmount(c, r.amount().start(), r.amount().end());
    return side == null || side.equals(r.actor()) ? r : actedBy(r, side);
  }

  /** The act of {@code r} taken by {@code side}: the initiator's tariffs, the other's answer. */
  private Reading actedBy(Reading r, String side) {
    String kind = r.kind();
    if (kind.endsWith("_threat") || kind.endsWith("_imposed")) {
      String mood = kind.substring(kind.indexOf('_') + 1);
      kind = (side.equals(lexicon.initiator()) ? "tariff_" : "retaliation_") + mood;
    }
    return new Reading(kind, side, Lexicon.other(side), r.amount(), r.rate(), r.count());
  }

  /** Where the clause's act is named: its first amount, else its first rate, else its end. */
  private static int actAt(Clause c) {
    if (!c.amounts().isEmpty()) {
      return c.amounts().get(0).start();
    }
    return c.rates().isEmpty() ? c.end() : c.rates().get(0).start();
  }

  /** A past date of the clause other than {@code when} that belongs to a verb of announcing. */
  private static DateMention announcement(Clause c, DateMention when, PartialDate articleDate) {
    for (DateMention d : c.dates()) {
      if (d.start() != when.start()
          && d.value().precision() == PartialDate.Precision.DAY
          && !isFuture(d, articleDate)
          && !d.value().equals(when.value())
          && !d.value().date().isAfter(when.value().date())
          && VerbAttachment.announcing(c.tokens(), d.start())) {
        return d;
      }
    }
    return null;
  }

  /** The modality of a fact of {@code kind}: the clause's reading, or what the kind itself says. */
  private static String modalityOf(String kind, Clause c) {
    return switch (kind) {
      case "tariff_threat", "retaliation_threat" -> "threatened";
      case "tariff_suspension" -> "suspended";
      case "trade_stat" -> "reported";
      case "tariff_raise", "tariff_cut" ->
          // "could be raised", "if no agreement is reached, the rate will go up": a threatened
          // change of rate keeps its own kind
          switch (c.reading().modality()) {
            case "announced", "threatened" -> c.reading().modality();
            default -> "in_force";
          };
      case "tariff_imposed", "retaliation_imposed" ->
          c.reading().modality().equals("announced") ? "announced" : "in_force";
      default -> c.reading().modality();
    };
  }

  /**
   * The date of the reported act: the clause's first date expression that neither dates the
   * speaking ("said Wednesday") nor is a future deadline; null when there is none.
   */
  private DateMention eventDate(Clause c, PartialDate articleDate, boolean bySpeech) {
    DateMention fallback = null;
    for (DateMention d : c.dates()) {
      if (DATELINE.matcher(c.text()).region(c.sentence().start(), d.end()).matches()) {
        continue; // "BEIJING, April 2 --" dates the report, not the act
      }
      if (articleDate != null && d.calendar() && d.value().date().isAfter(articleDate.last())) {
        continue;
      }
      int from = Math.max(c.start(), d.start() - 12);
      int to = Math.min(c.end(), d.end() + 12);
      if (cues.has("speech", c.text(), from, to)
          || VerbAttachment.announcing(c.tokens(), d.start())) {
        fallback = fallback == null ? d : fallback;
        continue;
      }
      return d;
    }
    return bySpeech ? fallback : null;
  }
}
