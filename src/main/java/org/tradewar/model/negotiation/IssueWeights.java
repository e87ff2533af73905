package org.tradewar.model.negotiation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.Country;
import org.tradewar.model.params.ParameterSet;

/**
 * How much each side cares about each item on the table, all from the parameter catalog
 * ({@code issues.*}): a weight per structural demand, and for tariffs a weight per unit of the duty
 * an item carries, measured on the exports it falls on. A tranche that taxes a quarter of China's
 * exports to the US at 25% weighs {@code tariff_relief x 0.0625} to China; the same tranche weighs
 * {@code tariff_leverage x 0.0625} to the US, plus the audience cost of backing down on a public
 * commitment. So escalation makes tariffs weigh more on the agenda, and a small tranche weighs little.
 */
public final class IssueWeights {
  private final Map<Country, double[]> demand = new EnumMap<>(Country.class);
  private final Map<Country, Double> relief = new EnumMap<>(Country.class);
  private final Map<Country, Double> leverage = new EnumMap<>(Country.class);
  private final double audienceCost;
  private final double curvature;
  private final double rateStepPct;

  public IssueWeights(Map<Country, double[]> demand, Map<Country, Double> relief,
      Map<Country, Double> leverage, double audienceCost, double curvature, double rateStepPct) {
    for (Country c : Country.values()) {
      double[] w = demand.get(c);
      if (w == null || w.length != Issue.values().length) {
        throw new IllegalArgumentException("need one demand weight per issue for " + c);
      }
      this.demand.put(c, w.clone());
      this.relief.put(c, relief.get(c));
      this.leverage.put(c, leverage.get(c));
    }
    if (!(curvature > 0 && curvature < 1)) {
      throw new IllegalArgumentException("curvature must be in (0, 1), got " + curvature);
    }
    if (!(rateStepPct > 0)) {
      throw new IllegalArgumentException("the rate step must be positive, got " + rateStepPct);
    }
    this.audienceCost = audienceCost;
    this.curvature = curvature;
    this.rateStepPct = rateStepPct;
  }

  /** The weights of a run, read from its parameters. */
  public static IssueWeights of(ParameterSet p) {
    Map<Country, double[]> demand = new EnumMap<>(Country.class);
    Map<Country, Double> relief = new EnumMap<>(Country.class);
    Map<Country, Double> leverage = new EnumMap<>(Country.class);
    for (Country c : Country.values()) {
      double[] w = new double[Issue.values().length];
      for (Issue i : Issue.values()) {
        w[i.ordinal()] = p.get("issues." + c + "." + i.key());
      }
      demand.put(c, w);
      relief.put(c, p.get("issues." + c + ".tariff_relief"));
      leverage.put(c, p.get("issues." + c + ".tariff_leverage"));
    }
    return new IssueWeights(demand, relief, leverage, p.get("negotiation.audience_cost"),
        p.get("negotiation.utility_curvature"), p.get("negotiation.rate_step_pct"));
  }

  /**
   * The agenda of a meeting: the items, each weighed for both sides. {@code importsUsdBn} is each
   * country's annual imports from its rival (2017 baseline): the exports its tariffs fall on.
   */
  public Agenda agenda(List<AgendaItem> items, Map<Country, Double> importsUsdBn) {
    double[][] w = new double[Country.values().length][items.size()];
    for (int k = 0; k < items.size(); k++) {
      AgendaItem item = items.get(k);
      for (Country side : Country.values()) {
        w[side.ordinal()][k] = weight(side, item, importsUsdBn);
      }
    }
    return new Agenda(items, w[Country.US.ordinal()], w[Country.CN.ordinal()], curvature, rateStepPct);
  }

  double weight(Country side, AgendaItem item, Map<Country, Double> importsUsdBn) {
    if (item.kind() == AgendaItem.Kind.DEMAND) {
      return demand.get(side)[item.issue().ordinal()];
    }
    double base = importsUsdBn.getOrDefault(item.giver(), 0.0);
    double share = base > 0 ? item.dutyUsdBn() / base : 0;
    if (side == item.receiver()) {
      return relief.get(side) * share;
    }
    return leverage.get(side) * share + (item.publicCommitment() ? audienceCost : 0);
  }

  public double curvature() {
    return curvature;
  }

  /** A copy of one side's demand weights, by issue ordinal. */
  public double[] demandWeights(Country side) {
    return demand.get(side).clone();
  }
}
