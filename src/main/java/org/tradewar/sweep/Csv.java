package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sweep tables back, one record a line as {@link org.tradewar.output.CsvText} writes them
 * (RFC 4180 quoting): a split that keeps no state between lines, so a torn last line is told apart.
 */
final class Csv {
  private Csv() {}

  /** Splits one line (without its newline) into fields; null when the quoting is broken. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && cur.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    out.add(cur.toString());
    return out;
  }

  /** Parses a number field: NaN for empty. */
  static double parse(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }
}
