package org.tradewar.sweep;

import java.nio.file.Path;

/** Child-process sweep for {@link KillResumeTest}: a slow fake model, so the parent can kill it midway. */
public final class SlowSweepMain {
  private SlowSweepMain() {}

  static final RunFunction SLOW = (o, seed) -> {
    Thread.sleep(8);
    return Fakes.noisy(o, seed);
  };

  public static void main(String[] args) {
    SweepSpec spec = new SweepLoader((f, b) -> Fakes.permissive(SLOW)).read(Path.of(args[0]));
    new SweepRunner().run(spec, SLOW, Path.of(args[1]), SweepRunner.Options.defaults().withThreads(2));
  }
}
