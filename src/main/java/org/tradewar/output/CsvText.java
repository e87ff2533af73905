package org.tradewar.output;

import java.util.List;

/**
 * The one way the tool writes CSV, for run folders, sweeps, comparisons and fits alike: RFC 4180
 * quoting where a field needs it, text that a spreadsheet would run as a formula defused, and
 * numbers in the one format of the files ({@link Numbers#format}: ten significant digits, no
 * exponent, empty for NaN). Files are read back with {@link CsvTable} (Jackson), which undoes the
 * quoting.
 */
public final class CsvText {
  private CsvText() {}

  /**
   * A text field as written: quoted when it holds a comma, a quote or a line break; "" for null.
   */
  public static String field(String s) {
    if (s == null) {
      return "";
    }
    if (!s.isEmpty() && "=+@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s; // a spreadsheet would run text that starts like a formula
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A number as written: {@link Numbers#format}. */
  public static String number(double v) {
    return Numbers.format(v);
  }

  /** Text fields joined into a line, without the newline. */
  public static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.toString();
  }
}
