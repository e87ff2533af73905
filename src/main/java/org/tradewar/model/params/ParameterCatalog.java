package org.tradewar.model.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tradewar.io.Limits;
import org.tradewar.io.NearestName;
import org.tradewar.model.economy.BaselineGrowth;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.EconomyParameters;
import org.tradewar.model.economy.Sector;
import org.tradewar.vocabulary.Country;

/**
 * Every parameter of the model, in one place, with its range, unit and source. Scenarios override
 * parameters by these paths; sweeps vary them; {@code docs/model.md} lists them (a test keeps the
 * two in step); {@code tradewar params} prints them.
 *
 * <p>Sources: "[article]" parameters come from the calibration (the named calibration parameter,
 * which lists its facts); others cite the literature (docs/model.md lists the references) or say
 * "assumption" with the reason, so that a reader knows which numbers to sweep.
 */
public final class ParameterCatalog {
  private static final String FGKK =
      "Fajgelbaum, Goldberg, Kennedy and Khandelwal (2020), QJE 135(1)";
  private static final String ARW = "Amiti, Redding and Weinstein (2019), JEP 33(4)";
  private static final String TAMBERI =
      "Tamberi (2025), 'The dynamics of the trade elasticity: evidence from the 2018 US trade war',"
          + " CITP Working Paper 027: short run 1.4, long run 3.7, adjustment within about 15"
          + " months";
  private static final String BOWN =
      "Bown, 'US-China Trade War Tariffs: An Up-to-Date Chart', PIIE (pre-war level, 2017 weights)";
  private static final String FSJ =
      "Faratin, Sierra and Jennings (1998), Robotics and Autonomous Systems 24";
  private static final String AXELROD = "Axelrod (1984); Nowak and Sigmund (1992), Nature 355";
  private static final String HL =
      "Handley and Limao (2017), AER 107(9): sourcing responds to expected persistence of tariffs";

  /** Where a default estimated by the shipped fit comes from; the accepted range follows. */
  private static String fitted(String range) {
    return "estimated by 'tradewar fit scenarios/fits/behaviour.yaml' from the articles' patterns"
        + " P1-P11 (docs/fit.md); accepted range "
        + range;
  }

  private static final String FIT_FLAT =
      "assumption: the shipped fit (scenarios/fits/behaviour.yaml) leaves it unidentified (the"
          + " distance to the articles' patterns is flat along it); its value is the fit's";

  private static final String ASSUME_SHORT =
      "assumption: about a quarter; "
          + FGKK
          + " find the short-run response within 2018 on monthly data";
  private static final String NO_SECTOR_ESTIMATE =
      "the common value (no sector-level estimate in the cited literature)";
  private static final String ASSUME = "assumption (illustrative; no published estimate; sweep it)";
  private static final String ESTIMATE =
      "assumption; a behavioural parameter the shipped fit does not estimate (the patterns leave it"
          + " open or it is not in scenarios/fits/behaviour.yaml; docs/fit.md): add it to a fit"
          + " file to estimate it";
  private static final String WDI =
      "World Bank, World Development Indicators, GDP at current US$, 2017 (July 2018 release: US"
          + " $19.39 trillion, China $12.24 trillion)";
  private static final String LSL =
      "Lai, Sycara and Li (2008), Multiagent and Grid Systems 4(1): concave multi-issue utilities";
  private static final String FEARON =
      "Fearon (1994), APSR 88(3): audience costs of backing down from a public threat";

  private static final ParameterCatalog DEFAULT = build();

  private final Map<String, ParameterSpec> specs;

  private ParameterCatalog(Map<String, ParameterSpec> specs) {
    this.specs = Collections.unmodifiableMap(specs);
  }

  /** The catalog of this version of the model. */
  public static ParameterCatalog standard() {
    return DEFAULT;
  }

  public Map<String, ParameterSpec> all() {
    return specs;
  }

  public Optional<ParameterSpec> find(String path) {
    return Optional.ofNullable(specs.get(path));
  }

  /**
   * What is wrong with setting {@code path} to {@code value}, or empty when it is allowed. The
   * message names the allowed range, or suggests the nearest valid path for a misspelt one.
   */
  public Optional<String> problem(String path, double value) {
    ParameterSpec spec = specs.get(path);
    if (spec == null) {
      return Optional.of(
          "unknown parameter '"
              + path
              + "'"
              + NearestName.hint(path, specs.keySet())
              + "; 'tradewar params' lists them all");
    }
    if (Double.isNaN(value)
        || value < spec.min()
        || value > spec.max()
        || (spec.integer() && value != Math.rint(value))) {
      return Optional.of(
          "value "
              + ParameterSpec.fmt(value)
              + " for '"
              + path
              + "' is out of range: allowed is "
              + spec.allowed()
              + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")"));
    }
    return Optional.empty();
  }

  private static String name(Country importer, Sector s) {
    return (importer == Country.US ? "US imports, " : "China's imports, ") + s.id();
  }

  private static double round(double v, int decimals) {
    return new java.math.BigDecimal(v)
        .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  private static ParameterCatalog build() {
    Map<String, ParameterSpec> m = new LinkedHashMap<>();
    Builder b = new Builder(m);

    // --- From the articles (the calibration names the facts) ---
    b.calibrated(
        "us.first_threat.coverage_usd_bn",
        0,
        600,
        "USD bn/yr",
        "coverage of the first US tariff threat");
    b.calibrated("us.first_threat.rate_pct", 0, 100, "%", "rate of the first US tariff threat");
    b.calibrated(
        "us.tranche1.coverage_usd_bn",
        0,
        600,
        "USD bn/yr",
        "first US tranche actually imposed (cumulative coverage minus the second tranche)");
    b.calibrated("us.tranche2.coverage_usd_bn", 0, 600, "USD bn/yr", "second US tranche");
    b.calibrated(
        "us.tranche3.threat_usd_bn",
        0,
        600,
        "USD bn/yr",
        "third US tranche (threatened: the rest of imports)");
    b.calibrated("us.escalation.from_rate_pct", 0, 100, "%", "initial rate of a new large tranche");
    b.calibrated("us.escalation.to_rate_pct", 0, 100, "%", "rate a tranche is raised to");
    b.calibrated(
        "cn.retaliation_ratio",
        0,
        5,
        "ratio",
        "China's retaliation coverage per dollar of US coverage");
    b.calibrated("talks.cadence_weeks", 1, 52, "weeks", "weeks between scheduled talk rounds");
    b.calibrated(
        "us.surplus_cut_demand_usd_bn", 0, 1000, "USD bn", "US demand that China cut its surplus");

    // --- Economy ---
    b.cited(
        "economy.elasticity",
        2.5,
        0.1,
        20,
        "",
        "elasticity of substitution between the rival's goods and other foreign goods, short run"
            + " (the response within the first year)",
        FGKK + ", estimated on monthly 2018 data; " + ARW + " (range 1.3 to 6)");
    b.cited(
        "economy.elasticity_long_run",
        3.7,
        0.1,
        20,
        "",
        "elasticity of substitution between the rival's goods and other foreign goods, long run"
            + " (for importers that re-sourced)",
        TAMBERI
            + "; Boehm, Levchenko and Pandalai-Nayar (2023), AER 113(4), find about 2 after 7-10"
            + " years for tariff changes in general");
    b.cited(
        "economy.home_elasticity_ratio",
        0.57,
        0,
        1.5,
        "ratio",
        "elasticity between imports and domestic goods, as a multiple of the elasticity between"
            + " foreign sources (same sector and horizon)",
        "CEPR DP17409, 'Armington Elasticities and the Third-Country Effects of Trade Wars': the"
            + " domestic-foreign elasticity is 43% below the one between foreign sources; Feenstra,"
            + " Luck, Obstfeld and Russ (2018), REStat 100(1): the macro elasticity is lower than"
            + " the micro one in about half of goods");
    b.cited(
        "economy.pass_through",
        1.0,
        0,
        1.5,
        "share",
        "pass-through of tariffs to tariff-inclusive import prices: the importer's price rises by"
            + " this times the tariff, the exporter absorbs the rest",
        ARW
            + "; "
            + FGKK
            + " (complete for US tariffs); Ma, Ning and Xu (2021), China Economic Review, almost"
            + " complete for China's; Feng et al. (2023), CESifo WP 10497, 0.68 for China's");
    b.cited(
        "economy.short_run_weeks",
        13,
        1,
        104,
        "weeks",
        "weeks by which 90% of the short-run response is in place (orders and contracts placed"
            + " before a tariff still arrive)",
        ASSUME_SHORT);
    b.cited(
        "economy.long_run_weeks",
        65,
        1,
        520,
        "weeks",
        "weeks by which 90% of a re-sourcing importer's move from the short-run to the long-run"
            + " response is done",
        TAMBERI);
    b.cited(
        "economy.prewar_tariff_pct.US",
        3.1,
        0,
        100,
        "%",
        "US pre-war trade-weighted tariff on goods from China",
        BOWN);
    b.cited(
        "economy.prewar_tariff_pct.CN",
        8.0,
        0,
        100,
        "%",
        "China's pre-war trade-weighted tariff on goods from the US",
        BOWN);
    for (Country c : Country.values()) {
      b.cited(
          "economy.trend_pct." + c.name(),
          round(BaselineGrowth.prewar().annualGrowthPct(c), 2),
          -20,
          50,
          "% per year",
          "growth of the no-war baseline of "
              + (c == Country.US
                  ? "US imports from China"
                  : "China's imports from the US (US exports)"),
          "log-linear trend of US Census and USITC annual figures "
              + BaselineGrowth.prewar().years()
              + " (data/trade-2010-2017.csv; nothing after 2017)");
    }
    for (Country c : Country.values()) {
      for (Sector s : BaselineTrade.of2017().importsOf(c)) {
        b.inherits(
            EconomyParameters.sectorKey(c, s.id(), EconomyParameters.SOURCE_SHORT),
            "economy.elasticity",
            0.1,
            20,
            "",
            name(c, s) + ": short-run elasticity between foreign sources",
            NO_SECTOR_ESTIMATE);
        b.inherits(
            EconomyParameters.sectorKey(c, s.id(), EconomyParameters.SOURCE_LONG),
            "economy.elasticity_long_run",
            0.1,
            20,
            "",
            name(c, s) + ": long-run elasticity between foreign sources",
            NO_SECTOR_ESTIMATE);
      }
    }
    b.cited(
        "economy.front_loading.weeks",
        8,
        0,
        52,
        "weeks",
        "weeks before a deadline in which importers pull imports forward",
        ASSUME);
    b.cited(
        "economy.front_loading.intensity",
        1.0,
        0,
        10,
        "",
        "extra imports per point of expected tariff increase (share of weekly imports per unit of"
            + " tariff)",
        ASSUME);
    b.cited(
        "economy.gdp_usd_bn.US",
        19390,
        1000,
        100000,
        "USD bn",
        "US GDP, 2017: the scale on which US pain is measured",
        WDI);
    b.cited(
        "economy.gdp_usd_bn.CN",
        12240,
        1000,
        100000,
        "USD bn",
        "China's GDP, 2017: the scale on which China's pain is measured",
        WDI);

    // --- Where tariff lists aim ---
    for (Sector s : BaselineTrade.of2017().importsOf(Country.CN)) {
      b.calibratedOr(
          "cn.target." + s.id(),
          0,
          0,
          1,
          "flag",
          "1: China's new tariff lists cover "
              + s.name()
              + " before the sectors the articles do not name (0: in proportion to value with the"
              + " rest)",
          "0 where the articles name none of the sector's goods among China's tariffs");
    }

    // --- Relief for hurt producers ---
    for (Country c : Country.values()) {
      b.cited(
          "relief.share." + c.name(),
          0,
          0,
          1,
          "share",
          "share of its farmers' lost exports "
              + (c == Country.US ? "the US" : "China")
              + " pays back as farm support (0: no relief); it takes this share off the farm part"
              + " of its pain, at a fiscal cost",
          "scenario choice: off unless a scenario turns it on");
    }
    b.cited(
        "relief.fiscal_pain_weight",
        0.25,
        0,
        5,
        "",
        "weight in the pain index of each dollar of relief paid (% of GDP): the cost of raising the"
            + " taxes that pay for it",
        "assumption: the order of the excess burden of taxation in the literature on the marginal"
            + " cost of public funds (e.g. Dahlby 2008, The Marginal Cost of Public Funds, MIT"
            + " Press); sweep it");

    // --- Purchase commitments under a deal ---
    b.integer(
        "purchases.min_weeks",
        104,
        1,
        520,
        "weeks",
        "shortest window over which promised purchases are spread (a late deal stretches its"
            + " promise)",
        ASSUME);
    b.cited(
        "purchases.capacity_multiple",
        1.0,
        0,
        10,
        "x baseline",
        "extra purchases a supplying sector (soybeans, other farm goods, energy, aircraft) can"
            + " deliver per year, as a multiple of its 2017 exports to China: caps the promise",
        ASSUME);
    b.cited(
        "purchases.realisation_mean",
        0.8,
        0,
        1,
        "share",
        "mean share of a quarter's promised purchases actually bought (a beta distribution, drawn"
            + " each quarter)",
        ESTIMATE);
    b.cited(
        "purchases.realisation_sd",
        0.15,
        0,
        0.5,
        "share",
        "standard deviation of the quarterly realised share (capped below the largest the mean"
            + " allows)",
        ESTIMATE);
    b.cited(
        "purchases.cost_share",
        0.2,
        0,
        1,
        "share",
        "share of the value of promised purchases that is a real cost to China (dearer than its"
            + " other sources), counted in its pain",
        ASSUME);
    b.cited(
        "purchases.shortfall_grievance",
        1.0,
        0,
        10,
        "move per share",
        "grievance the US takes from a quarter's shortfall (per unit of the share not bought)",
        ESTIMATE);

    // --- Who acts ---
    b.integer(
        "agents.enabled",
        1,
        0,
        1,
        "flag",
        "1: negotiators meet and governments threaten, retaliate and escalate on their own; 0: only"
            + " the scenario's events move tariffs (a scripted tariff path through the economy)",
        "scenario choice");

    // --- Firms ---
    b.integer(
        "firms.count",
        10000,
        Limits.MIN_FIRMS,
        Limits.MAX_FIRMS,
        "firms",
        "importing firms in all (split evenly between US and Chinese importers); tranches cover"
            + " whole firms, so fewer firms cover dollar amounts more coarsely",
        "scale choice: with 10,000 firms a tranche's coverage is within 1% of its dollar amount");
    // With the median at 10%, a 25% tariff expected to last the planning horizon (two years) moves
    // 95%
    // of importers to the long-run response (P(cost < 0.25 x 2) = Phi(ln 5)); expected to last half
    // a
    // year, 59%; a 10% tariff expected for half a year, 24%.
    b.cited(
        "firms.switching_cost.median_pct",
        10,
        0,
        500,
        "% of annual imports",
        "median one-off cost of finding and qualifying other suppliers (re-sourcing), per dollar of"
            + " a firm's annual imports from the rival",
        "assumption: chosen so that a tariff of the size of 2018's, expected to last, takes nearly"
            + " every importer to the long-run response (the response "
            + TAMBERI.substring(0, TAMBERI.indexOf(','))
            + " measures), while expectations of a short war hold many back ("
            + HL.substring(0, HL.indexOf(','))
            + ")");
    b.integer(
        "firms.evaluate_every_week",
        0,
        0,
        1,
        "flag",
        "1: every firm re-decides every week even when neither its tariff nor expectations moved"
            + " (same results, slower; for benchmarks)",
        "implementation switch, no effect on results");
    b.cited(
        "firms.switching_cost.dispersion",
        1.0,
        0,
        5,
        "log sd",
        "dispersion of switching costs across firms (lognormal sigma)",
        ASSUME);
    b.cited(
        "firms.size_dispersion",
        1.0,
        0,
        5,
        "log sd",
        "dispersion of firm sizes within a sector (lognormal sigma)",
        ASSUME);
    b.cited(
        "firms.planning_horizon_weeks",
        104,
        1,
        520,
        "weeks",
        "horizon over which a firm weighs tariff costs against its switching cost",
        HL + "; " + ASSUME);

    // --- Expectations of tariff persistence ---
    b.cited(
        "expectations.prior_weeks",
        26,
        1,
        520,
        "weeks",
        "expected persistence of a new tariff",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.truce_factor",
        0.6,
        0.01,
        1,
        "x",
        "a truce multiplies expected persistence by this",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.progress_factor",
        0.9,
        0.01,
        1,
        "x",
        "talks that make progress multiply expected persistence by this",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.breakdown_factor",
        1.5,
        1,
        10,
        "x",
        "a breakdown of talks multiplies expected persistence by this",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.escalation_factor",
        1.2,
        1,
        10,
        "x",
        "a new tariff or rate rise multiplies expected persistence by this",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.deal_weeks",
        8,
        1,
        520,
        "weeks",
        "expected persistence of the tariffs a deal leaves in place",
        HL + "; " + ASSUME);
    b.cited(
        "expectations.max_weeks",
        260,
        1,
        org.tradewar.io.Limits.MAX_WEEKS,
        "weeks",
        "cap on expected persistence",
        ASSUME);

    // --- Pain index ---
    b.cited(
        "pain.smoothing_weeks",
        8,
        1,
        104,
        "weeks",
        "memory of the pain index (exponential smoothing)",
        ASSUME);
    b.cited(
        "pain.weight_exports",
        1.0,
        0,
        10,
        "",
        "weight of lost exports (annual rate, % of GDP)",
        ASSUME);
    b.cited(
        "pain.weight_prices",
        1.0,
        0,
        20,
        "",
        "weight of the added cost to importers and consumers (annual rate, % of GDP)",
        ASSUME);
    b.cited(
        "pain.weight_farm",
        4.0,
        0,
        50,
        "",
        "extra weight of lost farm exports (soybeans, agriculture; % of GDP): farm losses weigh"
            + " politically beyond their value",
        ASSUME);
    b.cited(
        "pain.non_tariff_increment",
        0.05,
        0,
        5,
        "% of GDP",
        "pain a sanction or non-tariff measure adds to its target (firms cut off from suppliers or"
            + " customers)",
        ASSUME);
    b.cited(
        "pain.non_tariff_decay_weeks", 26, 1, 520, "weeks", "half-life of non-tariff pain", ASSUME);

    // --- Negotiators' stances (weekly update) ---
    b.cited(
        "stance.anchor_rate",
        0.1,
        0,
        1,
        "per week",
        "pull of a negotiator's stance back to their disposition",
        ASSUME);
    b.cited(
        "stance.pain_sensitivity",
        0.0681,
        0,
        5,
        "per % of GDP",
        "how far domestic pain softens a stance",
        fitted("0 to 0.141"));
    b.cited(
        "stance.reciprocity",
        0.2,
        0,
        1,
        "",
        "how far the other side's last move (escalation +, concession -) moves a stance",
        AXELROD);
    b.cited(
        "stance.forgiveness",
        0.3,
        0,
        1,
        "per week",
        "share of a grievance forgiven each week (0 = never, as grim trigger)",
        AXELROD);
    b.cited(
        "stance.noise",
        0.03,
        0,
        0.5,
        "sd per week",
        "weekly random shock to each stance, so replications differ",
        ASSUME);
    b.cited(
        "stance.deadline_pressure",
        0.15,
        0,
        1,
        "",
        "how far an imminent deadline moves a stance towards the strategy's direction",
        FSJ);
    b.cited(
        "stance.broken_commitment_grievance",
        1.0,
        0,
        10,
        "move",
        "extra grievance when the other side breaks a commitment (a deal, a promise)",
        AXELROD + "; " + ASSUME);
    b.cited(
        "stance.grim_trigger_grievance",
        1.5,
        0,
        10,
        "move",
        "grievance at which a grim-trigger negotiator stops forgiving",
        AXELROD + "; " + ASSUME);
    b.cited(
        "delegation.hawk_influence_gain",
        1.0,
        0,
        10,
        "per move",
        "how fast influence shifts to hawks as a grievance builds (and to doves as it is forgiven):"
            + " exp(gain x (hawkishness - 0.5) x grievance)",
        ESTIMATE);

    // --- Moves: how much each kind of act counts as escalation or concession ---
    b.cited(
        "moves.threat",
        0.5,
        0,
        5,
        "move",
        "a public threat, read by the target as an escalation of this size",
        AXELROD + "; " + ASSUME);
    b.cited(
        "moves.tariff", 1.0, 0, 5, "move", "a tariff imposed or raised", AXELROD + "; " + ASSUME);
    b.cited(
        "moves.non_tariff",
        0.5,
        0,
        5,
        "move",
        "a sanction or non-tariff measure",
        AXELROD + "; " + ASSUME);
    b.cited(
        "moves.truce",
        0.5,
        0,
        5,
        "move",
        "a truce, read by both sides as a concession of this size",
        AXELROD + "; " + ASSUME);
    b.cited(
        "moves.deal",
        1.0,
        0,
        5,
        "move",
        "a deal, read by both sides as a concession of this size",
        AXELROD + "; " + ASSUME);
    b.cited(
        "moves.deadline_passed",
        0.5,
        0,
        5,
        "move",
        "a threat whose deadline passes without action, read as a concession",
        ASSUME);
    b.cited(
        "moves.breakdown",
        0.5,
        0,
        5,
        "move",
        "a breakdown of talks, read by both sides as an escalation",
        ASSUME);
    b.cited(
        "moves.reneging",
        0.5285,
        0,
        5,
        "move",
        "an offer worse than the last, read by its receiver as reneging",
        FIT_FLAT);

    // --- Negotiation protocol ---
    b.integer(
        "negotiation.offers_per_round",
        6,
        1,
        50,
        "offers",
        "alternating offers exchanged in one round",
        FSJ);
    b.cited(
        "negotiation.initial_concession",
        0.05,
        0,
        1,
        "",
        "kappa: share of the range conceded at the start (Faratin k)",
        FSJ);
    b.cited(
        "negotiation.beta.boulware",
        0.3,
        0.01,
        1,
        "",
        "concession exponent of a Boulware tactic",
        FSJ);
    b.cited(
        "negotiation.beta.conceder",
        3.0,
        1,
        50,
        "",
        "concession exponent of a Conceder tactic",
        FSJ);
    b.cited(
        "negotiation.beta.linear",
        1.0,
        0.01,
        50,
        "",
        "concession exponent of tit-for-tat and grim-trigger negotiators",
        FSJ);
    b.cited(
        "negotiation.reservation_premium",
        0.8959,
        -1,
        1,
        "share",
        "share of the room between the status quo (no deal: nobody concedes anything) and"
            + " everything that a neutral delegation (stance 0.5) feeling no pain holds out for",
        fitted("0.685 to 0.960"));
    b.cited(
        "negotiation.reservation_stance_weight",
        1.0,
        0,
        2,
        "share per stance",
        "how far hawkishness (stance above 0.5) raises, and dovishness lowers, the share of that"
            + " room a delegation holds out for",
        ESTIMATE);
    b.cited(
        "negotiation.reservation_pain_weight",
        0.0122,
        0,
        5,
        "per % of GDP",
        "how far pain lowers the reservation utility",
        fitted("0 to 0.091"));
    b.cited(
        "negotiation.max_reservation",
        0.99,
        0,
        1,
        "utility",
        "cap on the reservation utility (a side never asks for everything)",
        ASSUME);
    b.cited(
        "negotiation.belief_weight",
        0.1,
        0,
        1,
        "utility",
        "how much less a side asks for when it believes the other side will not move (belief 1)"
            + " than when it believes it will (belief 0)",
        ASSUME);
    b.cited(
        "negotiation.belief_step",
        0.3,
        0,
        1,
        "share",
        "share of the way to certainty a belief about the other side's resolve moves with each of"
            + " its moves (bounded updating)",
        ASSUME);
    b.cited(
        "negotiation.progress_threshold",
        0.01,
        0,
        1,
        "utility",
        "improvement of the other side's offer that counts as progress",
        ASSUME);
    b.cited(
        "negotiation.renege_threshold",
        0.02,
        0,
        1,
        "utility",
        "worsening of the other side's offer since the last meeting that counts as reneging (the"
            + " talks break down)",
        ESTIMATE);
    b.cited(
        "negotiation.walk_away_stance",
        0.8472,
        0,
        1,
        "stance",
        "a delegation this hawkish walks out of the talks",
        fitted("0.563 to 1"));
    b.cited(
        "negotiation.deadline_window_weeks",
        8,
        1,
        104,
        "weeks",
        "an active deadline presses on the tactics from this many weeks before it",
        FSJ + "; " + ASSUME);
    b.cited(
        "negotiation.break_margin",
        0.05,
        0,
        1,
        "utility",
        "a deal breaks when it is worth this much less to a side than what the side would now hold"
            + " out for",
        ESTIMATE);
    b.cited(
        "negotiation.utility_curvature",
        0.5,
        0.2,
        0.95,
        "rho",
        "curvature of the utility on each item, g^rho: below 1, diminishing returns, so agreements"
            + " split items (below 0.2 a sliver of a rate would carry most of an item's worth)",
        LSL + "; value " + ASSUME);
    b.cited(
        "negotiation.rate_step_pct",
        2.5,
        0.1,
        25,
        "points",
        "tariff rates are agreed in steps of this size (the articles' rates: 10, 25)",
        ASSUME);
    b.cited(
        "negotiation.audience_cost",
        0.05,
        0,
        1,
        "weight",
        "extra weight a side puts at the table on keeping a tariff or threat it announced (backing"
            + " down costs it at home)",
        FEARON + "; value " + ESTIMATE);

    // --- Issue weights: how much each side cares about each item (assumptions informed by the
    // articles) ---
    issues(
        b,
        "US",
        new double[] {0.15, 0.25, 0.05, 0.05, 0.05, 0.20, 0.15},
        0.5,
        0.5,
        "the articles: 'massive trade surplus', 'acquisition of American technology' (seeds/003); "
            + ESTIMATE);
    issues(
        b,
        "CN",
        new double[] {0.10, 0.30, 0.05, 0.05, 0.05, 0.15, 0.15},
        0.5,
        0.5,
        "the articles: technology policy 'fundamental to its state-driven economic model'"
            + " (seeds/004); "
            + ESTIMATE);

    // --- Governments ---
    b.cited(
        "government.threat_threshold",
        0.5,
        0,
        1,
        "stance",
        "stance above which a government climbs the next rung",
        ASSUME);
    b.cited(
        "government.implement_threshold",
        0.45,
        0,
        1,
        "stance",
        "stance above which a threat is carried out at its deadline",
        ASSUME);
    b.cited(
        "government.retaliate_threshold",
        0.3,
        0,
        1,
        "stance",
        "stance above which a tit-for-tat government retaliates",
        AXELROD);
    b.cited(
        "government.truce_threshold",
        0.23654,
        0,
        1,
        "stance",
        "both stances below this give a truce when talks make progress with a deadline near"
            + " (government.truce_deadline_weeks), or at a summit (this plus"
            + " government.summit_truce_margin)",
        fitted("0.2 to 0.463"));
    b.cited(
        "government.audience_cost_stance",
        0.05,
        0,
        1,
        "stance",
        "a public threat is carried out at a stance this much softer than"
            + " government.implement_threshold (backing down from it costs at home)",
        FEARON + "; value " + ESTIMATE);
    b.cited(
        "government.reluctant_retaliation_margin",
        0.25,
        0,
        1,
        "stance",
        "a Conceder-led government retaliates only this far above the retaliation threshold",
        ASSUME);
    b.integer(
        "government.truce_deadline_weeks",
        4,
        0,
        52,
        "weeks",
        "a truce can be agreed at a round when a deadline is at most this many weeks away",
        ASSUME);
    b.cited(
        "government.summit_truce_margin",
        0.1,
        0,
        1,
        "stance",
        "leaders at a summit agree a truce at stances this much harder than a round needs",
        ASSUME);
    b.cited(
        "government.overrule_threshold",
        0.25,
        0,
        1,
        "stance",
        "a head of state whose stance differs by more than this from the delegation's overrules it",
        ASSUME);
    b.integer(
        "government.threat_lead_weeks",
        8,
        1,
        104,
        "weeks",
        "time between a threat and its deadline",
        ASSUME);
    b.integer(
        "government.escalation_gap_weeks",
        10,
        1,
        104,
        "weeks",
        "minimum weeks between two escalations by the same government",
        ASSUME);
    b.integer(
        "government.truce_weeks",
        13,
        1,
        104,
        "weeks",
        "length of a truce before its deadline",
        ASSUME);
    b.integer(
        "government.start_week",
        8,
        0,
        520,
        "week",
        "first week a government may act on its own (earlier weeks are the pre-war baseline)",
        ASSUME);
    b.integer(
        "talks.request_weeks",
        1,
        0,
        52,
        "weeks",
        "a government asks for a meeting when a deadline is at most this many weeks away",
        ASSUME);
    b.integer(
        "talks.request_gap_weeks",
        2,
        1,
        52,
        "weeks",
        "... and the last meeting was at least this many weeks ago",
        ASSUME);
    b.cited(
        "talks.call_offer_scale",
        0.33,
        0,
        10,
        "x",
        "offers exchanged in a phone call, relative to a round",
        FSJ + "; " + ASSUME);
    b.cited(
        "talks.summit_offer_scale",
        2.0,
        0,
        10,
        "x",
        "offers exchanged at a leaders' summit, relative to a round",
        FSJ + "; " + ASSUME);
    b.integer(
        "talks.cool_off_weeks",
        4,
        0,
        104,
        "weeks",
        "after a breakdown, scheduled rounds resume no sooner than this",
        ESTIMATE);
    b.cited(
        "talks.resume_stance",
        0.55776,
        0,
        1,
        "stance",
        "after a breakdown, scheduled rounds resume once both delegations are softer than this",
        fitted("0.511 to 0.591"));

    // --- Negotiators by role (the articles give names, roles and cues; these give them numbers)
    // ---
    role(b, "head_of_state", 0.55, 0.35);
    role(b, "lead_negotiator", 0.40, 0.25);
    role(b, "vice_premier", 0.40, 0.30);
    role(b, "treasury", 0.35, 0.25);
    role(b, "trade_representative", 0.65, 0.20);
    role(b, "commerce", 0.55, 0.10);
    role(b, "vice_minister", 0.50, 0.10);
    role(b, "adviser", 0.50, 0.15);
    b.cited(
        "roles.hardliner_hawkishness",
        0.90,
        0,
        1,
        "stance",
        "hawkishness of an official the articles call a hardliner",
        ASSUME);
    b.cited(
        "roles.excluded_influence_factor",
        0.1,
        0,
        1,
        "x",
        "influence kept by an official left off the delegation",
        ASSUME);
    b.cited(
        "negotiators.patience_weeks",
        26,
        1,
        520,
        "weeks",
        "a negotiator's patience: the horizon of its tactic when no deadline is active",
        FSJ + "; " + ASSUME);
    return new ParameterCatalog(m);
  }

  /** Roles the calibration can assign; spokespeople and press secretaries do not negotiate. */
  public static final java.util.List<String> NEGOTIATING_ROLES =
      java.util.List.of(
          "head_of_state",
          "lead_negotiator",
          "vice_premier",
          "treasury",
          "trade_representative",
          "commerce",
          "vice_minister",
          "adviser");

  private static void issues(
      Builder b, String side, double[] demands, double relief, double leverage, String source) {
    String[] keys = {
      "intellectual_property",
      "technology_transfer",
      "non_tariff_barriers",
      "agriculture",
      "services",
      "trade_deficit",
      "enforcement"
    };
    for (int i = 0; i < keys.length; i++) {
      b.cited(
          "issues." + side + "." + keys[i],
          demands[i],
          0,
          100,
          "weight",
          "weight " + side + " puts on the demand on " + keys[i].replace('_', ' '),
          source);
    }
    b.cited(
        "issues." + side + ".tariff_relief",
        relief,
        0,
        100,
        "weight per % of GDP",
        "weight "
            + side
            + " puts on the rival removing a tariff, per 1% of "
            + side
            + "'s GDP that the tariff's duties come to",
        source);
    b.cited(
        "issues." + side + ".tariff_leverage",
        leverage,
        0,
        100,
        "weight per % of GDP",
        "weight "
            + side
            + " puts on keeping its own tariffs (leverage), per 1% of its GDP that their duties"
            + " come to",
        source);
  }

  private static void role(Builder b, String role, double hawkishness, double influence) {
    b.cited(
        "roles." + role + ".hawkishness",
        hawkishness,
        0,
        1,
        "stance",
        "disposition of a " + role.replace('_', ' ') + " (0 dove, 1 hawk)",
        ASSUME);
    b.cited(
        "roles." + role + ".influence",
        influence,
        0,
        10,
        "weight",
        "weight of a " + role.replace('_', ' ') + " in the delegation's stance",
        ASSUME);
  }

  /** Adds specs in order, keeping the catalog above readable. */
  private static final class Builder {
    private final Map<String, ParameterSpec> m;

    Builder(Map<String, ParameterSpec> m) {
      this.m = m;
    }

    void cited(
        String path, double def, double min, double max, String unit, String what, String source) {
      put(new ParameterSpec(path, def, min, max, false, unit, what, source, null, null));
    }

    void integer(
        String path, double def, double min, double max, String unit, String what, String source) {
      put(new ParameterSpec(path, def, min, max, true, unit, what, source, null, null));
    }

    void calibrated(String path, double min, double max, String unit, String what) {
      put(
          new ParameterSpec(
              path,
              Double.NaN,
              min,
              max,
              false,
              unit,
              what,
              "articles (calibration parameter '" + path + "')",
              path,
              null));
    }

    /**
     * A parameter the articles inform when they say something about it, with a default otherwise.
     */
    void calibratedOr(
        String path,
        double def,
        double min,
        double max,
        String unit,
        String what,
        String otherwise) {
      put(
          new ParameterSpec(
              path,
              def,
              min,
              max,
              false,
              unit,
              what,
              "articles (calibration parameter '" + path + "'); " + otherwise,
              path,
              null));
    }

    void inherits(
        String path, String from, double min, double max, String unit, String what, String source) {
      if (!m.containsKey(from)) {
        throw new IllegalStateException(path + " follows " + from + ", which must come first");
      }
      put(new ParameterSpec(path, Double.NaN, min, max, false, unit, what, source, null, from));
    }

    private void put(ParameterSpec s) {
      if (m.put(s.path(), s) != null) {
        throw new IllegalStateException("duplicate parameter " + s.path());
      }
    }
  }
}
