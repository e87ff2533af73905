package org.tradewar.cli;

import org.tradewar.io.BadInputException;
import org.tradewar.sweep.ChunkedSweep;

/**
 * Finds the Spark engine, which only a jar built with {@code -Pspark} holds, and Spark itself,
 * which only {@code spark-submit} or a class path with Spark's jars gives: by name, so the default
 * build compiles and runs without either.
 */
final class SparkEngines {
  private static final String ENGINE = "org.tradewar.spark.SparkEngine";

  private SparkEngines() {}

  static ChunkedSweep.Engine create(byte[] bundle, String master) {
    try {
      Class.forName("org.apache.spark.SparkConf");
    } catch (ClassNotFoundException | LinkageError e) {
      throw new BadInputException(
          "--engine spark: Spark is not on the class path; run the jar built with 'mvn -Pspark"
              + " package' under spark-submit (see docs/sweeps.md), or use the default engine");
    }
    try {
      return (ChunkedSweep.Engine)
          Class.forName(ENGINE)
              .getMethod("create", byte[].class, String.class)
              .invoke(null, bundle, master);
    } catch (ClassNotFoundException e) {
      throw new BadInputException(
          "--engine spark: this jar has no Spark engine; build it with "
              + "'mvn -Pspark package' (see docs/sweeps.md)");
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the Spark engine could not start: " + e, e);
    }
  }
}
