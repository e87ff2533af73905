package org.tradewar.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.model.economy.EconomyParameters;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.negotiation.Delegation;
import org.tradewar.model.negotiation.Issue;
import org.tradewar.model.negotiation.NegotiationParameters;
import org.tradewar.model.negotiation.NegotiationTable;
import org.tradewar.model.negotiation.Negotiator;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.Offer;
import org.tradewar.model.negotiation.StanceParameters;
import org.tradewar.model.params.ParameterSet;
import sim.engine.SimState;

/**
 * One run of the trade war: a MASON {@link SimState} that owns all run state, the one random
 * generator ({@code random}, a MersenneTwisterFast) and the schedule. One step is one week; within a
 * week the agents move in the order of MODEL.md section 2, fixed by the orderings below.
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
  final Diplomacy diplomacy = new Diplomacy();
  final Map<Country, ImportMarket> markets = new EnumMap<>(Country.class);
  final Map<Country, Delegation> delegations = new EnumMap<>(Country.class);
  final Map<Country, Government> governments = new EnumMap<>(Country.class);
  final Map<Country, Double> pain = new EnumMap<>(Country.class);
  final Map<Country, Double> nonTariffPain = new EnumMap<>(Country.class);
  final Map<Country, Double> expectedWeeks = new EnumMap<>(Country.class);
  NegotiationTable table;
  RunRecord record;
  StanceParameters stanceParameters;
  NegotiationParameters negotiationParameters;
  private long firmDecisions;

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
      markets.put(c, new ImportMarket(c, list, EconomyParameters.of(parameters, c), n, random));
      pain.put(c, 0.0);
      nonTariffPain.put(c, 0.0);
      expectedWeeks.put(c, tp.priorWeeks);
    }
    record = new RunRecord(setup.weeks(), sectors);
    stanceParameters = StanceParameters.of(parameters);
    negotiationParameters = NegotiationParameters.of(parameters);
    table = new NegotiationTable(setup.issueWeights(), negotiationParameters);

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
      delegations.put(c, new Delegation(c, members.get(c), overrule));
      governments.put(c, new Government(this, c, markets.get(c), delegations.get(c), ladder(c)));
    }
    schedule.scheduleRepeating(0.0, ORDER_EVENTS, new ScenarioEventsAgent(setup.events()), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_TALKS, new TalksAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_GOVERNMENTS, new GovernmentsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_FIRMS, new FirmsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_ACCOUNTS, new AccountsAgent(), 1.0);
    schedule.scheduleRepeating(0.0, ORDER_RECORDERS, new RecorderAgent(), 1.0);
  }

  /**
   * The escalation ladder, from the articles: the first threat (of which the first tranche is carried
   * out), the second tranche at the initial rate, its rise to the higher rate, the third tranche (the
   * rest of imports), its rise, then export controls. China's ladder is empty: the articles show it
   * answering US moves, which {@link Government} does by reciprocity.
   */
  private List<Rung> ladder(Country c) {
    if (c != Country.US) {
      return List.of();
    }
    double from = parameters.get("us.escalation.from_rate_pct");
    double to = parameters.get("us.escalation.to_rate_pct");
    return List.of(
        Rung.tranche("first list", parameters.get("us.first_threat.coverage_usd_bn"),
            parameters.get("us.tranche1.coverage_usd_bn"), parameters.get("us.first_threat.rate_pct")),
        Rung.tranche("second list", parameters.get("us.tranche2.coverage_usd_bn"),
            parameters.get("us.tranche2.coverage_usd_bn"), from),
        Rung.raise("second list", to),
        Rung.tranche("third list", parameters.get("us.tranche3.threat_usd_bn"),
            parameters.get("us.tranche3.threat_usd_bn"), from),
        Rung.raise("third list", to),
        Rung.nonTariff(NonTariffMeasure.EXPORT_CONTROLS.name()));
  }

  // ------------------------------------------------------------------------------------------------
  // Signals between agents

  /** {@code actor} escalated: the rival's negotiators take note; its government may answer. */
  void escalated(Country actor, Government.Move move, double weight) {
    diplomacy.disputeStarted = true;
    for (Negotiator n : delegations.get(actor.rival()).members()) {
      n.observeMove(weight, false);
    }
    governments.get(actor.rival()).observe(move);
    if (move.kind() == Government.Move.Kind.TARIFF || move.kind() == Government.Move.Kind.RAISE) {
      // Firms importing into the actor's market now expect its tariffs to last longer.
      expectedWeeks.computeIfPresent(actor, (k, v) -> Math.min(tp.maxWeeks, v * tp.escalationFactor));
    }
  }

  /** {@code actor} made a concession: the rival's negotiators soften. */
  void conceded(Country actor, double weight) {
    for (Negotiator n : delegations.get(actor.rival()).members()) {
      n.observeMove(-weight, false);
    }
  }

  void addNonTariffPain(Country victim) {
    nonTariffPain.merge(victim, tp.nonTariffIncrement, Double::sum);
  }

  void multiplyExpectations(double factor) {
    for (Country c : Country.values()) {
      expectedWeeks.computeIfPresent(c, (k, v) -> Math.max(1, Math.min(tp.maxWeeks, v * factor)));
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Accords

  void startTruce(int week, String why) {
    diplomacy.accord = Diplomacy.Accord.TRUCE;
    diplomacy.truceExtended = false;
    diplomacy.truceEndWeek = week + tp.truceWeeks;
    if (diplomacy.firstTruceWeek < 0) {
      diplomacy.firstTruceWeek = week;
    }
    multiplyExpectations(tp.truceFactor);
    conceded(Country.US, 0.5);
    conceded(Country.CN, 0.5);
    timeline.add(week, Country.US, "CN", EventKind.TRUCE, Double.NaN, Double.NaN,
        "Truce: the United States and China freeze new tariffs until "
            + timeline.date(diplomacy.truceEndWeek) + (why.isEmpty() ? "" : " (" + why + ")"));
  }

  void applyDeal(int week, Offer terms) {
    diplomacy.accord = Diplomacy.Accord.DEAL;
    diplomacy.deal = terms;
    diplomacy.lastDealWeek = week;
    if (diplomacy.firstDealWeek < 0) {
      diplomacy.firstDealWeek = week;
    }
    double share = terms.get(Issue.TARIFFS);
    double purchases = terms.get(Issue.TRADE_DEFICIT) * tp.surplusCutDemand;
    // Purchases are promised by the calibrated deadline, but never crammed into less than the
    // catalogued minimum window: a late deal stretches its promise.
    int end = Math.max(setup.purchaseDeadlineWeek(), week + tp.purchaseMinWeeks);
    diplomacy.purchasesPromisedUsdBn = purchases;
    diplomacy.purchasesWeeklyUsdBn = purchases / (end - week);
    diplomacy.purchasesMadeUsdBn = 0;
    diplomacy.purchasesEndWeek = end;
    diplomacy.purchasesStopped = false;
    timeline.add(week, Country.US, "CN", EventKind.DEAL, Double.NaN, share * 100,
        String.format(Locale.ROOT, "Deal: tariffs are rolled back by %d%%; China promises $%dB of"
            + " extra purchases by %s; %s", Math.round(100 * share), Math.round(purchases),
            timeline.date(end), terms.describe()));
    diplomacy.ratesBeforeDeal.clear();
    for (Country c : Country.values()) {
      governments.get(c).liftMeasures();
      governments.get(c).rollBack(week, share, true);
      governments.get(c).dropThreats();
      conceded(c, 1.0);
      for (NonTariffMeasure m : NonTariffMeasure.values()) {
        if (m.sector() != null) {
          Country importer = m == NonTariffMeasure.RARE_EARTHS ? Country.US : Country.CN;
          markets.get(importer).setDemandFactor(m.sector(), 1.0);
        }
      }
      expectedWeeks.put(c, tp.dealWeeks);
    }
  }

  void breakDeal(int week, Country breaker) {
    breakDeal(week, breaker, false);
  }

  /** {@code scripted}: the scenario forced the escalation that breaks the deal (history, not a choice). */
  void breakDeal(int week, Country breaker, boolean scripted) {
    diplomacy.accord = Diplomacy.Accord.NONE;
    if (breaker == Country.CN) {
      diplomacy.purchasesStopped = true;
      timeline.add(week, breaker, "US", EventKind.COMMITMENT_BROKEN, Double.NaN, Double.NaN,
          String.format(Locale.ROOT, "China stops the purchases it promised, after $%.0fB of $%.0fB%s",
              diplomacy.purchasesMadeUsdBn, diplomacy.purchasesPromisedUsdBn,
              scripted ? " (a scenario event escalates under the deal)" : ""));
    } else {
      governments.get(Country.US).restoreRates(week);
      timeline.add(week, breaker, "CN", EventKind.COMMITMENT_BROKEN, Double.NaN, Double.NaN,
          scripted ? "The United States escalates although a deal is in force (a scenario event):"
              + " the deal is broken and the tariffs it rolled back are restored"
              : "The United States accuses China of reneging and restores the tariffs it rolled back");
      // Reciprocity: China puts back the tariffs it rolled back under the deal.
      governments.get(Country.CN).restoreRates(week);
      timeline.add(week, Country.CN, "US", EventKind.RETALIATION, Double.NaN, Double.NaN,
          "China restores the retaliatory tariffs it rolled back under the deal");
    }
    for (Negotiator n : delegations.get(breaker.rival()).members()) {
      n.observeMove(1.0, true);
    }
    multiplyExpectations(tp.breakdownFactor);
    table.restart();
  }

  // ------------------------------------------------------------------------------------------------
  // Read access for observers and the run layer

  public RunRecord record() {
    return record;
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
    if (diplomacy.dealInForce()) {
      return "deal";
    }
    if (diplomacy.truce()) {
      return "truce";
    }
    return diplomacy.disputeStarted ? "no_agreement" : "no_war";
  }

  public int firstDealWeek() {
    return diplomacy.firstDealWeek;
  }

  public int lastDealWeek() {
    return diplomacy.lastDealWeek;
  }

  public int firstTruceWeek() {
    return diplomacy.firstTruceWeek;
  }

  public int meetings() {
    return diplomacy.meetings;
  }

  public long firmDecisions() {
    return firmDecisions;
  }

  void countFirmDecisions(int n) {
    firmDecisions += n;
  }
}
