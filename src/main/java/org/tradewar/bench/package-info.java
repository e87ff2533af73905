/**
 * Benchmarks of the simulation (the {@code bench} command): time per default run and firm-steps per
 * second at scale, against a plain loop doing the same firm arithmetic.
 */
package org.tradewar.bench;
