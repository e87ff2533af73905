package org.tradewar.sweep;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010). A Sobol
 * low-discrepancy sequence of dimension 2k (Commons Math {@code SobolSequenceGenerator}; its first
 * points, the origin and the next, skipped) gives N rows; the first k coordinates form matrix A,
 * the last k matrix B. For each row j the design holds k + 2 consecutive points: A_j, B_j, then
 * AB_j^i for i = 1..k (A_j with axis i taken from B_j). Point index = j (k + 2) + role, which
 * {@link SobolAnalysis} relies on. The sequence is deterministic: the master seed sets the runs'
 * seeds, not the points; raising N keeps the earlier rows. Row j is element j + 2 of the sequence,
 * which the generator computes directly from j.
 */
public final class SobolDesign implements Design {
  /** Role of the point A_j within a row. */
  public static final int ROLE_A = 0;

  /** Role of the point B_j within a row. */
  public static final int ROLE_B = 1;

  /** Elements of the sequence before row 0. */
  private static final int SKIPPED = 2;

  @Override
  public Points points(SweepSpec spec) {
    return Points.sampled(() -> new Rows(spec));
  }

  /** Points of a Sobol design with N base samples over k axes. */
  public static long size(int n, int k) {
    return (long) n * (k + 2);
  }

  private static final class Rows implements Design.Source {
    private final SweepSpec spec;
    private final int k;
    private final SobolSequenceGenerator sobol;
    private int row = -1;
    private double[] x;

    Rows(SweepSpec spec) {
      this.spec = spec;
      this.k = spec.axes().size();
      this.sobol = new SobolSequenceGenerator(2 * k);
    }

    @Override
    public int size() {
      return Math.toIntExact(SobolDesign.size(spec.samples(), k));
    }

    @Override
    public List<String> values(int index) {
      int j = index / (k + 2);
      int role = index % (k + 2);
      if (j != row) {
        x = j == row + 1 && row >= 0 ? sobol.nextVector() : sobol.skipTo(j + SKIPPED);
        row = j;
      }
      double[] u = new double[k];
      for (int d = 0; d < k; d++) {
        boolean fromB = role == ROLE_B || (role >= 2 && role - 2 == d);
        u[d] = x[fromB ? k + d : d];
      }
      return Design.scale(spec.axes(), u);
    }
  }
}
