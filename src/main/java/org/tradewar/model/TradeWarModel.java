package org.tradewar.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.negotiation.Delegation;
import org.tradewar.model.negotiation.IssueWeights;
import org.tradewar.model.negotiation.NegotiationParameters;
import org.tradewar.model.negotiation.NegotiationTable;
import org.tradewar.model.negotiation.Negotiator;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Seat;
import org.tradewar.model.negotiation.StanceParameters;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;
import org.tradewar.vocabulary.Outcome;
import sim.engine.SimState;

/**
 * One run of the trade war: a MASON {@link SimState} that owns all run state, the one random
 * generator ({@code random}, a MersenneTwisterFast) and the schedule. One step is one week; within
 * a week the agents move in the order of docs/model.md section 1.3, fixed by the orderings below.
 *
 * <p>No statics, no singletons: a sweep runs many models at once in one JVM.
 */
public final class TradeWarModel extends SimState {
  private static final long serialVersionUID = 1L;

  /** Schedule orderings: lower moves first within a week. */
  public static final int ORDER_EVENTS = 0;

  public static final int ORDER_NEGOTIATORS = 1;
  public static final int ORDER_TALKS = 2;
  public static final int ORDER_GOVERNMENTS = 3;
  public static final int ORDER_FIRMS = 4;
  public static final int ORDER_ACCOUNTS = 5;
  public static final int ORDER_RECORDERS = 6;

  final ModelSetup setup;
  final ParameterSet parameters;
  final TradeWarParameters tp;
  final Timeline timeline;
  final Map<Country, ImportMarket> markets = new EnumMap<>(Country.class);
  final Map<Country, Delegation> delegations = new EnumMap<>(Country.class);
  final Map<Country, Government> governments = new EnumMap<>(Country.class);
  final Map<Country, Double> pain = new EnumMap<>(Country.class);
  final Map<Country, Double> nonTariffPain = new EnumMap<>(Country.class);
  final Map<Country, Double> expectedWeeks = new EnumMap<>(Country.class);
  final Map<Country, Double> relief =
      new EnumMap<>(Country.class); // farm support paid this week, USD bn
  private final Map<Country, Double> reliefShare = new EnumMap<>(Country.class);

  /** Who decides for each side; a side not here has the agents' seat (see {@link Seat}). */
  final Map<Country, Seat> seats = new EnumMap<>(Country.class);

  Negotiations negotiations;
  RunRecord record;
  PathRecord path;
  StanceParameters stanceParameters;
  NegotiationParameters negotiationParameters;
  private long firmDecisions;
  private final double[] peakCoverage = new double[2]; // US coverage at any rate, at 25% or more
  int threatsOnRemainingImports;

  public TradeWarModel(ModelSetup setup, long seed) {
    super(seed);
    this.setup = setup;
    this.parameters = setup.parameters();
    this.tp = new TradeWarParameters(parameters);
    this.timeline = new Timeline(setup.start());
  }

  /** Builds a model, runs it to the horizon and returns it (for its record and timeline). */
  public static TradeWarModel run(ModelSetup setup, long seed) {
    TradeWarModel m = new TradeWarModel(setup, seed);
    m.start();
    while (m.schedule.getSteps() < setup.weeks()) {
      if (!m.schedule.step(m)) {
        break;
      }
    }
    m.finish();
    return m;
  }

  @Override
  public void start() {
    super.start();
    int firms = parameters.getInt("firms.count");
    Map<Country, List<Sector>> sectors = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      // Half the firms on each side: US importers of Chinese goods, Chinese importers of US goods.
      int n = c == Country.US ? (firms + 1) / 2 : firms / 2;
      List<Sector> list = setup.baseline().importsOf(c);
      sectors.put(c, list);
      markets.put(
          c, new ImportMarket(c, list, TradeWarParameters.economy(parameters, c, list), n, random));
      pain.put(c, 0.0);
      nonTariffPain.put(c, 0.0);
      expectedWeeks.put(c, tp.priorWeeks);
      relief.put(c, 0.0);
      reliefShare.put(c, tp.reliefShare.get(c));
    }
    record = new RunRecord(setup.weeks(), sectors);
    path = new PathRecord(setup.weeks());
    stanceParameters = StanceParameters.of(parameters);
    negotiationParameters = NegotiationParameters.of(parameters);
    negotiations =
        new Negotiations(
            this, new NegotiationTable(negotiationParameters), IssueWeights.of(parameters));

    double overrule = parameters.get("government.overrule_threshold");
    Map<Country, List<Negotiator>> members = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      members.put(c, new ArrayList<>());
    }
    for (NegotiatorProfile profile : setup.roster()) {
      Negotiator n = new Negotiator(profile);
      members.get(profile.country()).add(n);
      schedule.scheduleRepeating(0.0, ORDER_NEGOTIATORS, new NegotiatorAgent(n), 1.0);
    }
    for (Country c : Country.values()) {
      delegations.put(c, new Delegation(c, members.get(c), overrule, stanceParameters));
      governments.put(
          c, new Government(this, c, markets.get(c), delegations.get(c), ladder(c), aim(c)));
    }
    for (ScriptedEvent e : setup.events()) {
      if (e.deadlineWeek() != null && e.deadlineDate() != null) {
        timeline.dateDeadline(e.deadlineWeek(), e.deadlineDate());
      }
    }
    schedule.scheduleRepeating(0.0, ORDER_EVENTS, new ScenarioEventsAgent(setup.events()), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_TALKS, new TalksAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_GOVERNMENTS, new GovernmentsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_FIRMS, new FirmsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_ACCOUNTS, new AccountsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_RECORDERS, new RecorderAgent(), 1.0);
  }

  /**
   * The sectors a government's lists cover first: for China, those whose goods the articles name
   * among its tariffs ({@code cn.target.<sector>}); the US lists follow the value of its imports.
   */
  private java.util.Set<String> aim(Country c) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    if (c == Country.CN) {
      for (Sector s : markets.get(c).sectors()) {
        if (parameters.get("cn.target." + s.id()) >= 0.5) {
          out.add(s.id());
        }
      }
    }
    return out;
  }

  /** The labels of the US ladder's tranches, in order (scenarios can cut or raise them by name). */
  public static final List<String> US_LADDER_LABELS =
      List.of("first list", "second list", "third list");

  /**
   * How China names the tranche it answers a US tranche with: a counter-threat carried out, or a
   * retaliation.
   */
  public static List<String> answerLabels(String usLabel) {
    return List.of("counter-list to the " + usLabel, "retaliation for the " + usLabel);
  }

  /**
   * The escalation ladder, from the articles: the first threat (of which the first tranche is
   * carried out), the second tranche at the initial rate, its rise to the higher rate, the third
   * tranche (the rest of imports), its rise, then export controls. China's ladder is empty: the
   * articles show it answering US moves, which {@link Government} does by reciprocity.
   */
  private List<Rung> ladder(Country c) {
    if (c != Country.US) {
      return List.of();
    }
    double from = parameters.get("us.escalation.from_rate_pct");
    double to = parameters.get("us.escalation.to_rate_pct");
    return List.of(
        Rung.tranche(
            US_LADDER_LABELS.get(0),
            parameters.get("us.first_threat.coverage_usd_bn"),
            parameters.get("us.tranche1.coverage_usd_bn"),
            parameters.get("us.first_threat.rate_pct")),
        Rung.tranche(
            US_LADDER_LABELS.get(1),
            parameters.get("us.tranche2.coverage_usd_bn"),
            parameters.get("us.tranche2.coverage_usd_bn"),
            from),
        Rung.raise(US_LADDER_LABELS.get(1), to),
        Rung.tranche(
            US_LADDER_LABELS.get(2),
            parameters.get("us.tranche3.threat_usd_bn"),
            parameters.get("us.tranche3.threat_usd_bn"),
            from),
        Rung.raise(US_LADDER_LABELS.get(2), to),
        Rung.nonTariff(NonTariffMeasure.EXPORT_CONTROLS.name()));
  }

  // ------------------------------------------------------------------------------------------------
  // Signals between agents

  /** {@code actor} escalated: the rival's negotiators take note; its government may answer. */
  void escalated(Country actor, Government.Move move, double weight) {
    negotiations.markDispute();
    for (Negotiator n : delegations.get(actor.rival()).members()) {
      n.observeMove(weight, false, stanceParameters);
    }
    governments.get(actor.rival()).observe(move);
    if (move.kind() == Government.Move.Kind.TARIFF || move.kind() == Government.Move.Kind.RAISE) {
      // Firms importing into the actor's market now expect its tariffs to last longer.
      expectedWeeks.computeIfPresent(
          actor, (k, v) -> Math.min(tp.maxWeeks, v * tp.escalationFactor));
    }
  }

  /** {@code actor} made a concession: the rival's negotiators soften. */
  void conceded(Country actor, double weight) {
    for (Negotiator n : delegations.get(actor.rival()).members()) {
      n.observeMove(-weight, false, stanceParameters);
    }
  }

  /** The share of its farmers' lost exports a government pays back as farm support this week. */
  double reliefShare(Country c) {
    return reliefShare.get(c);
  }

  /** A scenario turns farm support on, changes it, or ends it (share 0). */
  void setReliefShare(Country c, double share) {
    reliefShare.put(c, Math.max(0, Math.min(1, share)));
  }

  /** Farm support paid this week, USD bn. */
  public double relief(Country c) {
    return relief.get(c);
  }

  void addNonTariffPain(Country victim) {
    nonTariffPain.merge(victim, tp.nonTariffIncrement, Double::sum);
  }

  void multiplyExpectations(double factor) {
    for (Country c : Country.values()) {
      expectedWeeks.computeIfPresent(c, (k, v) -> Math.max(1, Math.min(tp.maxWeeks, v * factor)));
    }
  }

  /** A deal lifts the trade shocks of non-tariff measures (rare earths, halted purchases). */
  void liftDemandShocks() {
    for (NonTariffMeasure measure : NonTariffMeasure.values()) {
      if (measure.sector() != null) {
        Country importer = measure == NonTariffMeasure.RARE_EARTHS ? Country.US : Country.CN;
        markets.get(importer).setDemandFactor(measure.sector(), 1.0);
      }
    }
  }

  /** The nearest active deadline (a truce's end or a pending threat's), or -1. */
  int nearestDeadline() {
    int best = negotiations.truce() ? negotiations.truceEndWeek() : -1;
    for (Government g : governments.values()) {
      int d = g.nextDeadline();
      if (d >= 0 && (best < 0 || d < best)) {
        best = d;
      }
    }
    return best;
  }

  /**
   * Gives {@code side}'s chair to {@code seat} (a person, a script); call before {@link #start()}.
   */
  public void seat(Country side, Seat seat) {
    seats.put(side, org.tradewar.io.Check.notNull(seat, "seat"));
  }

  /** Who decides for {@code side}: {@link Seat#AGENTS} unless the chair was given to someone. */
  public Seat seat(Country side) {
    return seats.getOrDefault(side, Seat.AGENTS);
  }

  /** "none", "truce" or "deal": the accord in force now. */
  public String accord() {
    return negotiations.dealInForce() ? "deal" : negotiations.truce() ? "truce" : "none";
  }

  /** The nearest active deadline (a truce's end or a pending threat's), or -1. */
  public int deadlineWeek() {
    return nearestDeadline();
  }

  // ------------------------------------------------------------------------------------------------
  // Read access for observers and the run layer

  public RunRecord record() {
    return record;
  }

  /** The negotiation's and US tariffs' state week by week. */
  public PathRecord path() {
    return path;
  }

  public Timeline timeline() {
    return timeline;
  }

  public ModelSetup setup() {
    return setup;
  }

  public ImportMarket market(Country importer) {
    return markets.get(importer);
  }

  public double pain(Country c) {
    return pain.get(c);
  }

  public double stance(Country c) {
    return delegations.get(c).stance();
  }

  public int week() {
    return (int) Math.round(schedule.getTime());
  }

  /** "deal", "truce", "no_agreement" or "no_war", as the run ends. */
  public String outcome() {
    if (negotiations.dealInForce()) {
      return Outcome.DEAL.key();
    }
    if (negotiations.truce()) {
      return Outcome.TRUCE.key();
    }
    return (negotiations.disputeStarted() ? Outcome.NO_AGREEMENT : Outcome.NO_WAR).key();
  }

  public int firstDealWeek() {
    return negotiations.firstDealWeek();
  }

  public int lastDealWeek() {
    return negotiations.lastDealWeek();
  }

  public int firstTruceWeek() {
    return negotiations.firstTruceWeek();
  }

  public int meetings() {
    return negotiations.counts().meetings();
  }

  /** Deals, breakdowns, reneging and reviews over the run. */
  public NegotiationCounts negotiationCounts() {
    return negotiations.counts();
  }

  /**
   * Called weekly by the recorder: the peak coverage of US tariffs, at any rate and at 25% or more.
   */
  void trackCoverage() {
    double all = 0;
    double high = 0;
    for (var t : markets.get(Country.US).tranches()) {
      if (t.ratePct() > 0) {
        all += t.coveredUsdBn();
      }
      if (t.ratePct() >= HIGH_RATE_PCT - 1e-9) {
        high += t.coveredUsdBn();
      }
    }
    peakCoverage[0] = Math.max(peakCoverage[0], all);
    peakCoverage[1] = Math.max(peakCoverage[1], high);
  }

  /** The articles' benchmark of a high tariff: "25 percent tariffs on $250 billion" (seeds/003). */
  static final double HIGH_RATE_PCT = 25;

  /**
   * Peak annual value of the country's imports under its tariffs, USD bn: at any rate ({@code
   * minRatePct} 0) or at 25% or more (25). Only the US is tracked.
   */
  public double peakCoverageUsdBn(Country c, double minRatePct) {
    if (c != Country.US) {
      throw new IllegalArgumentException("coverage is tracked for US tariffs");
    }
    return minRatePct >= HIGH_RATE_PCT ? peakCoverage[1] : peakCoverage[0];
  }

  /** Threats to tax all the rival's goods still untaxed ("everything China ships"). */
  public int threatsOnRemainingImports() {
    return threatsOnRemainingImports;
  }

  public long firmDecisions() {
    return firmDecisions;
  }

  void countFirmDecisions(int n) {
    firmDecisions += n;
  }
}
