/**
 * The {@code tradewar bench} command's measurements: milliseconds per default run and firm-steps
 * per second at scale, against a plain loop doing the same firm arithmetic. Start with {@link
 * org.tradewar.bench.Benchmark#measure}; {@link org.tradewar.bench.PlainFirmLoop} is the yardstick.
 * The JMH micro-benchmarks of the inner loops are not here but in {@code src/jmh/java} (Maven
 * profile {@code jmh}; docs/benchmarks.md).
 */
package org.tradewar.bench;
