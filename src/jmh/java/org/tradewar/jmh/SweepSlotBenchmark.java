package org.tradewar.jmh;

import java.nio.file.Path;
import java.util.Map;
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
import org.tradewar.sweep.RunFunction;
import org.tradewar.sweep.RunResult;
import org.tradewar.sweep.SweepLoader;
import org.tradewar.sweep.SweepSpec;

/**
 * One slot of a shipped sweep ({@code scenarios/sweeps/elasticity-vs-pass-through.yaml}): the run
 * function of its base scenario at its first point, a whole simulation and its metrics, as one
 * thread of {@code tradewar sweep} does it (no files).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SweepSlotBenchmark {
  private RunFunction fn;
  private Map<String, String> overrides;
  private long seed;

  @Setup
  public void setUp() {
    SweepSpec spec = SweepLoader.load(Path.of("scenarios/sweeps/elasticity-vs-pass-through.yaml"));
    fn = spec.base().runFunction();
    overrides = spec.points().get(0).overrides(spec.axes());
  }

  @Benchmark
  public RunResult slot() throws Exception {
    return fn.run(overrides, seed++);
  }
}
