package org.tradewar.jmh;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradewar.model.Country;
import org.tradewar.model.economy.BaselineTrade;
import org.tradewar.model.economy.EconomyParameters;
import org.tradewar.model.economy.ImportMarket;
import org.tradewar.model.economy.Sector;
import org.tradewar.model.economy.Tranche;
import org.tradewar.model.economy.WeeklyAccounts;

/**
 * One week of the US import market: every firm re-decides its sourcing (the rate moves each week,
 * so none can skip), then the week's flows and accounts. Divide the firm count by the time for
 * firm-steps per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class FirmStepBenchmark {
  @Param({"100000"})
  public int firms;

  private ImportMarket market;
  private Tranche tranche;
  private int week;

  @Setup
  public void setUp() {
    List<Sector> sectors = BaselineTrade.of2017().importsOf(Country.US);
    // The elasticities and adjustment speeds of the economy's catalog defaults, uniform by sector.
    EconomyParameters p =
        EconomyParameters.uniform(sectors.size(), 2.5, 3.7, 0.57, 1.0, 13, 65, 0.031, 0.1, 2.0);
    market = new ImportMarket(Country.US, sectors, p, firms, new MersenneTwisterFast(1));
    tranche = market.impose("benchmark list", 250, 25, null, false, 0);
  }

  @Benchmark
  public WeeklyAccounts week() {
    market.setRate(tranche, (week++ & 1) == 0 ? 10 : 25);
    market.stepFirms(2.0);
    return market.stepFlows();
  }
}
