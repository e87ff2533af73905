package org.tradewar.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.broadcast.Broadcast;
import org.tradewar.sweep.ChunkedSweep;
import org.tradewar.sweep.Points;
import org.tradewar.sweep.RunFunction;
import org.tradewar.sweep.SweepBundle;
import org.tradewar.sweep.SweepLoader;
import org.tradewar.sweep.SweepSpec;

/**
 * Runs one chunk on an executor. The sweep is loaded once per executor JVM from the broadcast
 * bundle (extracted to the same path on every machine, so relative paths resolve) and checked
 * against the driver's fingerprint; each task then takes its own cursor over the points.
 */
final class ChunkTask implements VoidFunction<Integer> {
  private static final long serialVersionUID = 1L;

  /** The sweeps this JVM has loaded, by bundle hash. */
  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  private record Loaded(SweepSpec spec, RunFunction fn, Points points) {}

  private final Broadcast<byte[]> bundle;
  private final String bundleSha;
  private final String fingerprint;
  private final String dir;
  private final int pointsPerChunk;

  ChunkTask(
      Broadcast<byte[]> bundle,
      String bundleSha,
      String fingerprint,
      String dir,
      int pointsPerChunk) {
    this.bundle = bundle;
    this.bundleSha = bundleSha;
    this.fingerprint = fingerprint;
    this.dir = dir;
    this.pointsPerChunk = pointsPerChunk;
  }

  @Override
  public void call(Integer chunk) {
    Loaded l =
        LOADED.computeIfAbsent(
            bundleSha,
            k -> {
              SweepSpec spec = SweepLoader.load(SweepBundle.open(bundle.value()));
              if (!spec.fingerprint().equals(fingerprint)) {
                throw new IllegalStateException(
                    "the executor's sweep has another fingerprint than the driver's");
              }
              return new Loaded(spec, spec.base().runFunction(), spec.points());
            });
    ChunkedSweep.runChunk(l.spec(), l.fn(), l.points().fork(), Path.of(dir), chunk, pointsPerChunk);
  }
}
