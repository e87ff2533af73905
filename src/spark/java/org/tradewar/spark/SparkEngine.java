package org.tradewar.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tradewar.sweep.ChunkedSweep;
import org.tradewar.sweep.SweepSpec;

/**
 * The driver of a Spark sweep: one task per chunk (a partition of one element), the bundle
 * broadcast once. Under {@code spark-submit} the master is the cluster's; otherwise {@code master}
 * (the command's {@code --master}, default {@code local[*]}), embedded in this JVM. The sweep
 * folder must be on a file system every executor writes to (one machine, or a shared one).
 */
public final class SparkEngine implements ChunkedSweep.Engine {
  private final byte[] bundle;
  private final String master;

  private SparkEngine(byte[] bundle, String master) {
    this.bundle = bundle.clone();
    this.master = master;
  }

  /**
   * The engine for a sweep packed in {@code bundle} (the bytes of a zip from {@code sweep bundle});
   * {@code master} is used when no {@code spark.master} is set (null: {@code local[*]}).
   */
  public static ChunkedSweep.Engine create(byte[] bundle, String master) {
    return new SparkEngine(bundle, master);
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public void run(SweepSpec spec, Path dir, int pointsPerChunk, List<Integer> chunks) {
    SparkConf conf = new SparkConf().setAppName("tradewar sweep " + spec.name());
    if (!conf.contains("spark.master")) {
      conf.setMaster(master == null ? "local[*]" : master);
    } else if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.ui.enabled", "false"); // no web UI for a batch job unless asked
    conf.setIfMissing("spark.log.level", "WARN"); // Spark's INFO lines would bury the sweep's own
    try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
      Broadcast<byte[]> b = jsc.broadcast(bundle);
      jsc.parallelize(chunks, Math.max(1, chunks.size()))
          .foreach(
              new ChunkTask(
                  b,
                  sha256(bundle),
                  spec.fingerprint(),
                  dir.toAbsolutePath().toString(),
                  pointsPerChunk));
    }
  }

  private static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
