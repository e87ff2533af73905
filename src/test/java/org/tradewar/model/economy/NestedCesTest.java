package org.tradewar.model.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NestedCesTest {
  private final double[] out = new double[4];

  @Test
  void withoutATariffNothingMoves() {
    new NestedCes(0.3, 0.4, 2.5, 1.4).demand(1.0, out);
    assertEquals(1, out[0], 1e-12);
    assertEquals(1, out[1], 1e-12);
    assertEquals(1, out[2], 1e-12);
    assertEquals(1, out[3], 1e-12);
  }

  @Test
  void oneNestMatchesTheTextbookCesForms() {
    // No domestic goods (import share 1): P = (s r^(1-sigma) + 1 - s)^(1/(1-sigma)),
    // rival = (r/P)^-sigma, others = P^sigma.
    double s = 0.25;
    double sigma = 2.5;
    double r = 1.25;
    double price = Math.pow(s * Math.pow(r, 1 - sigma) + 1 - s, 1 / (1 - sigma));
    new NestedCes(s, 1.0, sigma, 1.0).demand(r, out);
    assertEquals(price, out[3], 1e-12);
    assertEquals(Math.pow(r / price, -sigma), out[0], 1e-12);
    assertEquals(Math.pow(price, sigma), out[1], 1e-12);
  }

  @Test
  void cobbDouglasIsTheLimitOfUnitElasticities() {
    double s = 0.4;
    double m = 0.3;
    double r = 1.5;
    new NestedCes(s, m, 1.0, 1.0).demand(r, out);
    double pf = Math.pow(r, s);
    double p = Math.pow(pf, m);
    assertEquals(p, out[3], 1e-12);
    assertEquals(p / r, out[0], 1e-12); // spending shares stay put: quantity ratio = P / r
    assertEquals(p, out[1], 1e-12);
    assertEquals(p, out[2], 1e-12);
    double[] near = new double[4];
    new NestedCes(s, m, 1.0 + 1e-6, 1.0 - 1e-6).demand(r, near);
    assertEquals(out[0], near[0], 1e-5);
  }

  @Property(tries = 200, seed = "7")
  void theBundleCostsExactlyTheNewPriceIndexAndTheRivalLosesShare(
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double s,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double m,
      @ForAll @DoubleRange(min = 0.2, max = 8) double sigma,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double homeRatio,
      @ForAll @DoubleRange(min = 1.0, max = 3.0) double r) {
    double kappa = homeRatio * sigma; // imports as a whole substitute less than sources do
    new NestedCes(s, m, sigma, kappa).demand(r, out);
    // Shephard's lemma: the compensated bundle costs P (in no-war spending) at the new prices.
    double cost = m * (s * r * out[0] + (1 - s) * out[1]) + (1 - m) * out[2];
    assertEquals(out[3], cost, 1e-9 * out[3]);
    // And at least 1 at the old prices (it still gives the no-war utility).
    assertTrue(m * (s * out[0] + (1 - s) * out[1]) + (1 - m) * out[2] >= 1 - 1e-12);
    assertTrue(out[0] <= 1 + 1e-12 && out[1] >= 1 - 1e-12 && out[2] >= 1 - 1e-12);
    assertTrue(out[3] >= 1 && out[3] <= r + 1e-12);
  }

  @Test
  void higherElasticitiesMeanMoreDiversionAndALowerCost() {
    double[] low = new double[4];
    double[] high = new double[4];
    new NestedCes(0.2, 0.3, 2.5, 1.4).demand(1.25, low);
    new NestedCes(0.2, 0.3, 3.7, 2.1).demand(1.25, high);
    assertTrue(high[0] < low[0] && high[1] > low[1] && high[3] < low[3]);
  }
}
