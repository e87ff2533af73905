package org.tradewar.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tradewar.model.ModelSetup;
import org.tradewar.model.ScriptedEvent;
import org.tradewar.model.TradeWarModel;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.scenario.EventSpec;
import org.tradewar.scenario.Scenario;
import org.tradewar.vocabulary.Country;

/**
 * Runs scenarios in memory, with no files: the building block of {@code run}, {@code compare},
 * sweeps and benchmarks. A run is a pure function of (scenario, seed).
 */
public final class Simulations {
  private Simulations() {}

  /** One replication with the given seed. */
  public static RunResult simulate(Scenario scenario, long seed) {
    return simulate(scenario, seed, 1);
  }

  static RunResult simulate(Scenario scenario, long seed, int run) {
    TradeWarModel m = TradeWarModel.run(setupOf(scenario), seed);
    return new RunResult(run, seed, m.outcome(), SummaryMetrics.of(m), m);
  }

  /** The result of a model someone ran to its end (the GUI, a play session), as replication 1. */
  public static RunResult resultOf(TradeWarModel finished) {
    return new RunResult(
        1, finished.seed(), finished.outcome(), SummaryMetrics.of(finished), finished);
  }

  /**
   * Every replication of the scenario: the first uses the scenario's seed, the others derive from
   * it.
   */
  public static List<RunResult> replications(Scenario scenario) {
    List<RunResult> out = new ArrayList<>();
    forEachReplication(scenario, out::add);
    return out;
  }

  /** Something that takes each replication as it finishes (a writer of the run's tables). */
  public interface ReplicationSink {
    void accept(RunResult r) throws java.io.IOException;
  }

  /**
   * Runs the replications one after the other, in order, handing each over as it finishes, so that
   * a caller that writes and lets go of each holds one model at a time.
   */
  public static void forEachReplication(Scenario scenario, ReplicationSink sink) {
    for (int r = 1; r <= scenario.replications(); r++) {
      long seed = replicationSeed(scenario.seed(), r);
      try {
        sink.accept(simulate(scenario.forReplication(seed), seed, r));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Seed of replication {@code r}: the scenario's seed for the first (so a run with {@code --seed
   * S} equals replication 1 of any run with seed S), a SplitMix64 mix of (seed, r) for the others.
   */
  public static long replicationSeed(long seed, int r) {
    if (r == 1) {
      return seed;
    }
    long z = seed + 0x9E3779B97F4A7C15L * r;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) & Long.MAX_VALUE;
  }

  /**
   * The model's input for a scenario: events placed on weeks, parameters and roster as resolved.
   */
  public static ModelSetup setupOf(Scenario s) {
    List<ScriptedEvent> events = new ArrayList<>();
    for (EventSpec e : s.events()) {
      int week = s.weekOf(e.date());
      if (week < 0 || week >= s.weeks()) {
        continue; // outside a horizon shortened by --weeks
      }
      double share =
          Double.isNaN(e.implementUsdBn()) || Double.isNaN(e.coverageUsdBn())
              ? e.share()
              : e.implementUsdBn() / e.coverageUsdBn();
      String note = e.note();
      events.add(
          new ScriptedEvent(
              week,
              e.date(),
              e.deadline(),
              e.type(),
              e.actor(),
              e.target(),
              e.label() == null ? defaultLabel(e) : e.label(),
              e.coverageUsdBn(),
              e.ratePct(),
              e.deadline() == null ? null : s.weekOf(e.deadline()),
              e.sectors(),
              e.form(),
              e.measure(),
              share,
              e.stack(),
              e.answers(),
              note,
              e.place()));
    }
    Map<Country, Integer> autonomous = new EnumMap<>(Country.class);
    s.autonomousFrom().forEach((c, d) -> autonomous.put(c, s.weekOf(d)));
    int purchaseDeadline = s.purchaseDeadline() == null ? -1 : s.weekOf(s.purchaseDeadline());
    return new ModelSetup(
        s.start(),
        s.weeks(),
        s.parameters(),
        s.roster(),
        events,
        autonomous,
        purchaseDeadline,
        BaselineTrade.of2017());
  }

  private static String defaultLabel(EventSpec e) {
    if (e.answers() != null) {
      return TradeWarModel.answerLabels(e.answers()).get(1);
    }
    if (e.type() == ScriptedEvent.Type.TARIFF || e.type() == ScriptedEvent.Type.THREAT) {
      return String.format(java.util.Locale.ROOT, "$%.0fB list of %s", e.coverageUsdBn(), e.date());
    }
    return null;
  }
}
