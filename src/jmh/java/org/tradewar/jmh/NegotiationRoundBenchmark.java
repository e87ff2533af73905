package org.tradewar.jmh;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradewar.model.Country;
import org.tradewar.model.negotiation.Agenda;
import org.tradewar.model.negotiation.AgendaItem;
import org.tradewar.model.negotiation.Delegation;
import org.tradewar.model.negotiation.Issue;
import org.tradewar.model.negotiation.IssueWeights;
import org.tradewar.model.negotiation.NegotiationParameters;
import org.tradewar.model.negotiation.NegotiationTable;
import org.tradewar.model.negotiation.Negotiator;
import org.tradewar.model.negotiation.NegotiatorProfile;
import org.tradewar.model.negotiation.RoundResult;
import org.tradewar.model.negotiation.StanceParameters;
import org.tradewar.model.negotiation.Strategy;
import org.tradewar.model.negotiation.TalkForm;
import org.tradewar.model.params.ParameterCatalog;
import org.tradewar.model.params.ParameterSet;

/**
 * One round of talks on the full agenda (the seven US demands and a tranche of each side) between
 * two one-member delegations, on the catalog's defaults. Fresh delegations each time, so every
 * round starts from the same beliefs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class NegotiationRoundBenchmark {
  private NegotiationParameters np;
  private StanceParameters sp;
  private Agenda agenda;
  private Map<Country, Double> pain;

  @Setup
  public void setUp() {
    // Calibrated parameters have no default; the negotiation reads none of them.
    ParameterSet p =
        ParameterSet.resolve(
            ParameterCatalog.standard(),
            name -> OptionalDouble.of(1.0),
            Map.of(),
            IllegalStateException::new);
    np = NegotiationParameters.of(p);
    sp = StanceParameters.of(p);
    List<AgendaItem> items = new ArrayList<>();
    for (Issue i : Issue.values()) {
      items.add(AgendaItem.demand(i));
    }
    items.add(AgendaItem.tranche(Country.US, "first list", 50, 25));
    items.add(AgendaItem.tranche(Country.CN, "retaliation list", 50, 25));
    agenda = IssueWeights.of(p).agenda(items, Map.of(Country.US, 193.9, Country.CN, 122.4));
    pain = new EnumMap<>(Map.of(Country.US, 0.2, Country.CN, 0.4));
  }

  private Delegation delegation(Country c, double stance) {
    NegotiatorProfile lead =
        new NegotiatorProfile(
            c + "-lead",
            c + "-lead",
            c,
            "lead_negotiator",
            stance,
            1.0,
            26,
            Strategy.TIT_FOR_TAT,
            false,
            true,
            true);
    return new Delegation(c, List.of(new Negotiator(lead)), 0.3, sp);
  }

  @Benchmark
  public RoundResult round() {
    Map<Country, Delegation> sides = new EnumMap<>(Country.class);
    sides.put(Country.US, delegation(Country.US, 0.6));
    sides.put(Country.CN, delegation(Country.CN, 0.4));
    return new NegotiationTable(np)
        .meet(
            new NegotiationTable.Meeting(30, TalkForm.ROUND, agenda, sides, pain, 40, Country.US));
  }
}
