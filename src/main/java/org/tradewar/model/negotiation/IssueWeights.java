package org.tradewar.model.negotiation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.params.ParameterSet;
import org.tradewar.vocabulary.Country;

/**
 * How much each side cares about each item on the table, all from the parameter catalog ({@code
 * issues.*}): a weight per structural demand, and for tariffs a weight per unit of the duty an item
 * carries, measured on the size of each side's own economy (percent of its GDP). US duties of 25%
 * on $250B ($62.5B a year) are 0.51% of China's GDP and 0.32% of the US's: they weigh {@code
 * tariff_relief x 0.51} to China, and {@code tariff_leverage x 0.32} to the US plus the audience
 * cost of backing down on a public commitment. So escalation makes tariffs weigh more on the
 * agenda, a small tranche weighs little, and the same duties weigh more to the smaller or more
 * exposed economy.
 */
@SuppressWarnings("EnumOrdinal") // issues and sides index dense weight arrays
public final class IssueWeights {
  private final Map<Country, double[]> demand = new EnumMap<>(Country.class);
  private final Map<Country, Double> relief = new EnumMap<>(Country.class);
  private final Map<Country, Double> leverage = new EnumMap<>(Country.class);
  private final double audienceCost;
  private final double curvature;
  private final double rateStepPct;

  public IssueWeights(
      Map<Country, double[]> demand,
      Map<Country, Double> relief,
      Map<Country, Double> leverage,
      double audienceCost,
      double curvature,
      double rateStepPct) {
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
    return new IssueWeights(
        demand,
        relief,
        leverage,
        p.get("negotiation.audience_cost"),
        p.get("negotiation.utility_curvature"),
        p.get("negotiation.rate_step_pct"));
  }

  /**
   * The agenda of a meeting: the items, each weighed for both sides. {@code scaleUsdBn} is, per
   * country, the unit in which it measures duties: one percent of its GDP, USD bn.
   */
  public Agenda agenda(List<AgendaItem> items, Map<Country, Double> scaleUsdBn) {
    double[][] w = new double[Country.values().length][items.size()];
    for (int k = 0; k < items.size(); k++) {
      AgendaItem item = items.get(k);
      for (Country side : Country.values()) {
        w[side.ordinal()][k] = weight(side, item, scaleUsdBn);
      }
    }
    return new Agenda(
        items, w[Country.US.ordinal()], w[Country.CN.ordinal()], curvature, rateStepPct);
  }

  double weight(Country side, AgendaItem item, Map<Country, Double> scaleUsdBn) {
    if (item.kind() == AgendaItem.Kind.DEMAND) {
      return demand.get(side)[item.issue().ordinal()];
    }
    double base = scaleUsdBn.getOrDefault(side, 0.0);
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
