/**
 * Sweeps on Apache Spark ({@code tradewar sweep FILE --engine spark}), compiled only in the Maven
 * profile {@code spark} (Spark is {@code provided}: the default jar and {@code ./tradewar} need
 * none).
 *
 * <ul>
 *   <li>{@link org.tradewar.spark.SparkEngine}: the driver side: one Spark task per chunk of whole
 *       points, the sweep shipped to the executors as a bundle;
 *   <li>{@link org.tradewar.spark.ChunkTask}: the executor side: loads the sweep once per JVM and
 *       runs a chunk with {@link org.tradewar.sweep.ChunkedSweep#runChunk}.
 * </ul>
 *
 * <p>Seeds come from the point and replicate, never the partition, and each chunk's files are
 * joined in chunk order, so the files equal the thread pool's byte for byte.
 */
package org.tradewar.spark;
