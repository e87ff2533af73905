package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010). A Sobol
 * low-discrepancy sequence of dimension 2k (Commons Math {@code SobolSequenceGenerator}, first point,
 * the origin, skipped) gives N rows; the first k coordinates form matrix A, the last k matrix B. For
 * each row j the design holds k + 2 consecutive points: A_j, B_j, then AB_j^i for i = 1..k (A_j with
 * axis i taken from B_j). Point index = j (k + 2) + role, which {@link SobolAnalysis} relies on.
 * The sequence is deterministic: the master seed sets the runs' seeds, not the points; raising N
 * keeps the earlier rows.
 */
public final class SobolDesign implements Design {
  /** Role of the point A_j within a row. */
  public static final int ROLE_A = 0;
  /** Role of the point B_j within a row. */
  public static final int ROLE_B = 1;

  @Override
  public List<Point> points(SweepSpec spec) {
    int k = spec.axes().size();
    int n = spec.samples();
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    double[][] unit = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] x = sobol.nextVector();
      double[] a = new double[k];
      double[] b = new double[k];
      System.arraycopy(x, 0, a, 0, k);
      System.arraycopy(x, k, b, 0, k);
      int base = j * (k + 2);
      unit[base + ROLE_A] = a;
      unit[base + ROLE_B] = b;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        unit[base + 2 + i] = ab;
      }
    }
    List<List<String>> rows = new ArrayList<>(Design.scale(spec.axes(), unit));
    return Design.number(rows);
  }

  /** Points of a Sobol design with N base samples over k axes. */
  public static long size(int n, int k) {
    return (long) n * (k + 2);
  }
}
