package org.tradewar.sweep;

import java.util.ArrayList;
import java.util.List;

/** The little CSV the sweep tables need: one record per line, RFC 4180 quoting. */
final class Csv {
  private Csv() {}

  /** A field as written: quoted when it holds a comma, a quote or a line break. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A number as written: shortest text that reads back to the same double; empty for NaN. */
  static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** Joins fields into a line (without the newline). */
  static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.toString();
  }

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
