package org.tradewar.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.tradewar.io.BadInputException;
import org.tradewar.io.NearestName;

/**
 * The Ishigami function, {@code y = sin x1 + a sin^2 x2 + b x3^4 sin x1} with inputs uniform on
 * [-pi, pi]: the standard check of a sensitivity analysis, because its Sobol indices are known in
 * closed form (Ishigami and Homma 1990). A sweep names it with {@code base: builtin:ishigami}, so
 * the whole pipeline (design, runner, estimator, charts) can be checked against the analytical
 * indices without the simulation.
 *
 * <p>Parameters: {@code x1}, {@code x2}, {@code x3} (default 0), {@code a} (7), {@code b} (0.1),
 * {@code fail} (false; true makes the run throw, to exercise failure handling). Metric {@code y};
 * outcome {@code ok}; weekly series {@code y_path} over 10 weeks rising linearly to y.
 */
public final class Ishigami implements BaseModel {
  /** The name a sweep file uses. */
  public static final String NAME = "builtin:ishigami";

  private static final Set<String> PARAMETERS = Set.of("x1", "x2", "x3", "a", "b", "fail");

  /** y for the given inputs. */
  public static double y(double x1, double x2, double x3, double a, double b) {
    double s2 = Math.sin(x2);
    return Math.sin(x1) + a * s2 * s2 + b * Math.pow(x3, 4) * Math.sin(x1);
  }

  /** Variance of y with inputs uniform on [-pi, pi]. */
  public static double variance(double a, double b) {
    double pi4 = Math.pow(Math.PI, 4);
    return a * a / 8 + b * pi4 / 5 + b * b * pi4 * pi4 / 18 + 0.5;
  }

  /** Analytical first-order indices S1, S2, S3. */
  public static double[] firstOrder(double a, double b) {
    double v = variance(a, b);
    double pi4 = Math.pow(Math.PI, 4);
    double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
    double v2 = a * a / 8;
    return new double[] {v1 / v, v2 / v, 0};
  }

  /** Analytical total-order indices ST1, ST2, ST3. */
  public static double[] totalOrder(double a, double b) {
    double v = variance(a, b);
    double pi8 = Math.pow(Math.PI, 8);
    double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
    double[] s = firstOrder(a, b);
    return new double[] {s[0] + v13 / v, s[1], v13 / v};
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public String sha256() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(NAME.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void checkOverride(String path, String value) {
    if (!PARAMETERS.contains(path)) {
      throw new BadInputException(
          "'"
              + path
              + "' is not a parameter of "
              + NAME
              + NearestName.hint(path, PARAMETERS)
              + "; parameters: x1, x2, x3, a, b, fail");
    }
    if (path.equals("fail")) {
      if (!value.equals("true") && !value.equals("false")) {
        throw new BadInputException("'" + value + "' is not true or false");
      }
      return;
    }
    try {
      double x = Double.parseDouble(value);
      if (!Double.isFinite(x)) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new BadInputException("'" + value + "' is not a finite number");
    }
  }

  @Override
  public Set<String> metricKeys() {
    return Set.of("y");
  }

  @Override
  public Set<String> seriesVariables() {
    return Set.of("y_path");
  }

  @Override
  public Set<String> outcomes() {
    return Set.of("ok");
  }

  @Override
  public RunFunction runFunction() {
    return (overrides, seed) -> {
      Map<String, Double> p =
          new HashMap<>(Map.of("x1", 0.0, "x2", 0.0, "x3", 0.0, "a", 7.0, "b", 0.1));
      for (Map.Entry<String, String> e : overrides.entrySet()) {
        if (e.getKey().equals("fail")) {
          if (e.getValue().equals("true")) {
            throw new IllegalStateException("asked to fail (fail: true)");
          }
          continue;
        }
        checkOverride(e.getKey(), e.getValue());
        p.put(e.getKey(), Double.parseDouble(e.getValue()));
      }
      double y = y(p.get("x1"), p.get("x2"), p.get("x3"), p.get("a"), p.get("b"));
      RunResult.Series series =
          (variable, country, partner) -> {
            if (!variable.equals("y_path")) {
              return null;
            }
            double[] w = new double[10];
            for (int t = 0; t < w.length; t++) {
              w[t] = y * t / 9.0;
            }
            return w;
          };
      return new RunResult("ok", Map.of("y", y), series);
    };
  }
}
