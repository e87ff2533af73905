package org.tradewar.model.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradewar.vocabulary.Country;

/**
 * An offer or an agreement: one term per item of its agenda (see {@link AgendaItem} for what a term
 * means). Tariff terms are held in steps of {@code negotiation.rate_step_pct} points of rate, so
 * that what is agreed is what a government can apply: "the first list stays at 12.5%".
 */
public final class Terms {
  private final Agenda agenda;
  private final double[] x;

  Terms(Agenda agenda, double[] x) {
    if (x.length != agenda.size()) {
      throw new IllegalArgumentException("need one term per agenda item");
    }
    this.agenda = agenda;
    this.x = x.clone();
    for (int k = 0; k < this.x.length; k++) {
      this.x[k] = Math.max(0, Math.min(1, this.x[k]));
    }
  }

  /** Terms on {@code agenda} from values by item key; items not named get {@code missing}. */
  public static Terms of(Agenda agenda, java.util.Map<String, Double> byKey, double missing) {
    double[] x = new double[agenda.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = byKey.getOrDefault(agenda.items().get(k).key(), missing);
    }
    return new Terms(agenda, x);
  }

  public Agenda agenda() {
    return agenda;
  }

  public double term(int item) {
    return x[item];
  }

  double[] values() {
    return x.clone();
  }

  public double utility(Country side) {
    return agenda.utility(side, x);
  }

  /** How far China meets the US on a demand, or 0 when it is not on the agenda. */
  public double demand(Issue issue) {
    int k = agenda.indexOf(AgendaItem.demand(issue).key());
    return k < 0 ? 0 : x[k];
  }

  /** The rate a tranche or threat keeps under these terms, percentage points. */
  public double remainingRatePct(int item) {
    AgendaItem i = agenda.items().get(item);
    return i.tariff() ? i.ratePct() * (1 - x[item]) : Double.NaN;
  }

  /** True when some tariff in force keeps part of its rate. */
  public boolean keepsTariffs() {
    for (int k = 0; k < x.length; k++) {
      AgendaItem i = agenda.items().get(k);
      if (i.kind() == AgendaItem.Kind.TRANCHE && remainingRatePct(k) > 1e-9) {
        return true;
      }
    }
    return false;
  }

  /** These terms with every tariff rate moved to the nearest whole step. */
  Terms roundedToNearest() {
    return rounded(null);
  }

  /**
   * These terms with tariff rates moved to whole steps, always in {@code proposer}'s favour (it
   * keeps a little more of its own tariffs and asks a little more of the rival's), so rounding
   * never takes the proposer below the utility it aimed for.
   */
  Terms roundedFor(Country proposer) {
    return rounded(proposer);
  }

  private Terms rounded(Country favoured) {
    double[] y = x.clone();
    double step = agenda.rateStepPct();
    for (int k = 0; k < y.length; k++) {
      AgendaItem i = agenda.items().get(k);
      if (!i.tariff() || i.ratePct() <= 0) {
        continue;
      }
      double remaining = i.ratePct() * (1 - y[k]) / step;
      double steps;
      if (favoured == null) {
        steps = Math.rint(remaining);
      } else {
        // Own tariffs: the remaining rate up; the rival's: down (no tolerance: at strong curvature
        // even a sliver of a rate is worth something).
        steps = i.giver() == favoured ? Math.ceil(remaining) : Math.floor(remaining);
      }
      double rate = Math.min(i.ratePct(), Math.max(0, steps * step));
      y[k] = 1 - rate / i.ratePct();
    }
    return new Terms(agenda, y);
  }

  /**
   * These earlier terms compared with {@code now}: on items both agendas share, the earlier term
   * (for a tariff whose rate has changed since, the same rate left in force, so that a rise is not
   * read as an offer to cut more); on items new since, the term {@code now} has (so they count for
   * nothing either way). Evaluated on {@code now}'s agenda.
   */
  public Terms onSharedItems(Terms now) {
    Agenda later = now.agenda;
    double[] y = new double[later.size()];
    for (int k = 0; k < y.length; k++) {
      AgendaItem item = later.items().get(k);
      int old = agenda.indexOf(item.key());
      if (old < 0) {
        y[k] = now.x[k];
      } else if (item.tariff() && item.ratePct() > 0) {
        y[k] = 1 - Math.min(item.ratePct(), remainingRatePct(old)) / item.ratePct();
      } else {
        y[k] = x[old];
      }
    }
    return new Terms(later, y);
  }

  /**
   * One phrase per item, for transcripts: "China meets the US demands on intellectual property
   * 60%", "US cuts the first list from 25% to 10%", "US lowers its threatened rise on the second
   * list to 10% to 17.5%". Demands met at 0% are left out.
   */
  public List<String> phrases() {
    List<String> out = new ArrayList<>();
    List<String> demands = new ArrayList<>();
    for (int k = 0; k < x.length; k++) {
      AgendaItem i = agenda.items().get(k);
      switch (i.kind()) {
        case DEMAND -> {
          long met = Math.round(100 * x[k]);
          if (met > 0) {
            demands.add(i.label() + " " + met + "%");
          }
        }
        case TRANCHE -> out.add(tranchePhrase(i, remainingRatePct(k)));
        case THREAT -> out.add(threatPhrase(i, remainingRatePct(k)));
      }
    }
    out.add(
        0,
        demands.isEmpty()
            ? "China meets none of the US demands"
            : "China meets the US demands on " + String.join(", ", demands));
    return out;
  }

  private static String threatPhrase(AgendaItem i, double remaining) {
    boolean rise = i.baseRatePct() > 0;
    String what =
        rise
            ? "its threatened rise of the "
                + i.label()
                + " from "
                + Wording.pct(i.baseRatePct())
                + "% to "
                + Wording.pct(i.baseRatePct() + i.ratePct())
                + "%"
            : "its threat of " + Wording.pct(i.ratePct()) + "% on the " + i.label();
    if (remaining < 1e-9) {
      return i.giver().label() + " drops " + what;
    }
    if (remaining >= i.ratePct() - 1e-9) {
      return i.giver().label() + " holds " + what + " in reserve";
    }
    return i.giver().label()
        + " scales back "
        + what
        + " to "
        + Wording.pct(i.baseRatePct() + remaining)
        + "%";
  }

  /** All phrases in one line. */
  public String describe() {
    return String.join("; ", phrases());
  }

  private static String tranchePhrase(AgendaItem i, double remaining) {
    if (remaining < 1e-9) {
      return i.giver().label() + " lifts the " + i.label() + " (" + Wording.pct(i.ratePct()) + "%)";
    }
    if (remaining >= i.ratePct() - 1e-9) {
      return i.giver().label()
          + " keeps the "
          + i.label()
          + " at "
          + Wording.pct(i.ratePct())
          + "%";
    }
    return i.giver().label()
        + " cuts the "
        + i.label()
        + " from "
        + Wording.pct(i.ratePct())
        + "% to "
        + Wording.pct(remaining)
        + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Terms other && other.agenda == agenda && Arrays.equals(x, other.x);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x);
  }
}
