package org.tradewar.model.negotiation;

import java.util.List;
import org.tradewar.vocabulary.Country;

/**
 * A country's negotiators. Its stance is their influence-weighted mean (influence shifts towards
 * hawks as grievances build, {@link Negotiator#influence}), unless the head of state differs from
 * it by more than the overrule threshold, in which case the head's stance is the delegation's. Its
 * concession exponent is the influence-weighted geometric mean of its members'.
 */
public final class Delegation {
  private final Country country;
  private final List<Negotiator> members;
  private final double overruleThreshold;
  private final StanceParameters sp;

  public Delegation(
      Country country, List<Negotiator> members, double overruleThreshold, StanceParameters sp) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a delegation needs at least one negotiator");
    }
    this.country = country;
    this.members = List.copyOf(members);
    this.overruleThreshold = overruleThreshold;
    this.sp = sp;
  }

  public double stance() {
    Negotiator head = head();
    double mean = meanStance();
    return overrules(head, mean) ? head.stance() : mean;
  }

  /** True when the head of state is currently overruling the delegation. */
  public boolean overruled() {
    return overrules(head(), meanStance());
  }

  private boolean overrules(Negotiator head, double mean) {
    return head.profile().headOfState() && Math.abs(head.stance() - mean) > overruleThreshold;
  }

  private double meanStance() {
    double sum = 0;
    double weight = 0;
    for (Negotiator n : members) {
      sum += n.influence(sp) * n.stance();
      weight += n.influence(sp);
    }
    return weight > 0 ? sum / weight : 0.5;
  }

  /** Influence-weighted geometric mean of the members' concession exponents. */
  public double beta(double boulware, double linear, double conceder) {
    double logSum = 0;
    double weight = 0;
    for (Negotiator n : members) {
      double b =
          switch (n.profile().strategy().concession()) {
            case BOULWARE -> boulware;
            case CONCEDER -> conceder;
            case LINEAR -> linear;
          };
      logSum += n.influence(sp) * Math.log(b);
      weight += n.influence(sp);
    }
    return weight > 0 ? Math.exp(logSum / weight) : linear;
  }

  /** Influence-weighted patience, weeks: the tactic's horizon when no deadline is active. */
  public double patienceWeeks() {
    double sum = 0;
    double weight = 0;
    for (Negotiator n : members) {
      sum += n.influence(sp) * n.profile().patienceWeeks();
      weight += n.influence(sp);
    }
    if (weight > 0) {
      return sum / weight;
    }
    double plain = 0; // nobody has influence: the members' plain mean
    for (Negotiator n : members) {
      plain += n.profile().patienceWeeks();
    }
    return plain / members.size();
  }

  /** The strategy of the most influential member: it sets the government's reciprocity. */
  public Strategy strategy() {
    Negotiator best = members.get(0);
    for (Negotiator n : members) {
      if (n.influence(sp) > best.influence(sp)) {
        best = n;
      }
    }
    return best.profile().strategy();
  }

  /** The negotiator who speaks at the table (the lead, else the most influential). */
  public Negotiator lead() {
    Negotiator best = members.get(0);
    for (Negotiator n : members) {
      if (n.profile().lead()) {
        return n;
      }
      if (n.influence(sp) > best.influence(sp)) {
        best = n;
      }
    }
    return best;
  }

  /**
   * Who speaks for the side at rounds and calls, in turn: the lead first, then the other members
   * the articles put at the talks, most influential first (the roster's order breaks ties).
   */
  public List<Negotiator> speakers() {
    Negotiator lead = lead();
    List<Negotiator> others = new java.util.ArrayList<>();
    for (Negotiator n : members) {
      if (n != lead && n.profile().atTable()) {
        others.add(n);
      }
    }
    others.sort(java.util.Comparator.comparingDouble((Negotiator n) -> -n.influence(sp)));
    others.add(0, lead);
    return List.copyOf(others);
  }

  /** The head of state, who speaks at summits (the lead when the roster has none). */
  public Negotiator head() {
    for (Negotiator n : members) {
      if (n.profile().headOfState()) {
        return n;
      }
    }
    return lead();
  }

  public double meanBelief() {
    double sum = 0;
    double weight = 0;
    for (Negotiator n : members) {
      sum += n.influence(sp) * n.belief();
      weight += n.influence(sp);
    }
    return weight > 0 ? sum / weight : 0.5;
  }

  public Country country() {
    return country;
  }

  public List<Negotiator> members() {
    return members;
  }
}
