package org.tradewar.report;

import java.util.Base64;
import java.util.Locale;
import org.tradewar.chart.ChartTheme;
import org.tradewar.vocabulary.Country;

/** Escaping and small builders for the pages. Nothing from a file reaches a page unescaped. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A PNG as a data URI, so the page needs no other file. */
  public static String pngDataUri(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /**
   * A number for a table: NaN as an em dash, otherwise with {@code decimals} places and thousands.
   */
  public static String number(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "\u2014";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  /** A slug for ids: letters, digits and dashes. */
  public static String slug(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return t.isEmpty() ? "x" : t;
  }

  /** The CSS class that colours a side ("us", "cn"); "both" for neither. */
  static String side(Country c) {
    return c == null ? "both" : c.name().toLowerCase(Locale.ROOT);
  }

  /** The shared style sheet: readable on screen and in print, no web fonts. */
  static final String STYLE =
      """
      :root { --us: #1B3A6F; --cn: #E0620D; --ink: #222; --muted: #555; --rule: #ddd; --table: #f4f4f4; }
      * { box-sizing: border-box; }
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink);
             max-width: 1200px; margin: 0 auto; padding: 24px 28px 64px; line-height: 1.5; background: #fff; }
      h1 { font-size: 2em; margin: 0.2em 0 0.1em; }
      h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
      h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
      p.lead { font-size: 1.1em; white-space: pre-wrap; }
      .meta { color: var(--muted); font-size: 0.92em; }
      nav { margin: 1em 0; padding: 8px 12px; background: var(--table); border-radius: 6px; font-size: 0.95em; }
      nav a { margin-right: 1.2em; color: var(--us); }
      .outcome { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: bold;
                 border: 2px solid var(--ink); }
      table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.95em; }
      th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
      th { background: var(--table); }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .us { color: var(--us); font-weight: bold; }
      .cn { color: var(--cn); font-weight: bold; }
      figure { margin: 1.2em 0 2em; }
      figure img { width: 100%; height: auto; border: 1px solid var(--rule); }
      figcaption { color: var(--muted); font-size: 0.92em; margin-top: 4px; }
      ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--rule); }
      ol.timeline li { position: relative; padding: 4px 0 4px 16px; }
      ol.timeline li::before { content: ""; position: absolute; left: -8px; top: 12px; width: 13px; height: 13px;
                 border-radius: 50%; background: #999; border: 2px solid #fff; }
      ol.timeline li.us::before { background: var(--us); }
      ol.timeline li.cn::before { background: var(--cn); border-radius: 2px; }
      ol.timeline li.us, ol.timeline li.cn { font-weight: normal; color: var(--ink); }
      ol.timeline time { display: inline-block; min-width: 7.5em; font-variant-numeric: tabular-nums;
                 color: var(--muted); }
      .scroll { max-height: 70vh; overflow: auto; border: 1px solid var(--rule); padding: 8px 12px; }
      blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--rule); color: #333;
                 font-style: italic; }
      code { font-size: 0.92em; background: var(--table); padding: 0 3px; border-radius: 3px; }
      .small { font-size: 0.88em; color: var(--muted); }
      @media print { .scroll { max-height: none; overflow: visible; border: none; } nav { display: none; } }
      """;

  /**
   * Style of the outcome statement, the meetings folded with their offers, the offer tables and the
   * provenance. Side colours come from the charts' theme, so that a side looks the same everywhere.
   */
  static final String MORE_STYLE =
      ":root { --us: "
          + hex(ChartTheme.US)
          + "; --cn: "
          + hex(ChartTheme.CN)
          + "; --deal: "
          + hex(ChartTheme.DEAL)
          + "; }\n"
          + """
          p.statement { font-size: 1.1em; margin: 0.3em 0 0; max-width: 60em; }
          ol.timeline li.joint::before { background: linear-gradient(90deg, var(--us) 50%, var(--cn) 50%); }
          ol.timeline li.us time { color: var(--us); }
          ol.timeline li.cn time { color: var(--cn); }
          ol.timeline details > summary { cursor: pointer; list-style: none; }
          ol.timeline details > summary::-webkit-details-marker { display: none; }
          summary .more { font-size: 0.85em; color: var(--us); white-space: nowrap; margin-left: 4px;
                     border: 1px solid var(--rule); border-radius: 10px; padding: 0 8px; }
          summary .more::before { content: "\\25B8  "; }
          details[open] > summary .more::before { content: "\\25BE  "; }
          ol.timeline details[open] > summary { margin-bottom: 4px; }
          table.offers { width: auto; font-size: 0.86em; margin: 4px 0 8px; }
          table.offers th, table.offers td { padding: 3px 8px; }
          table.offers th.us { color: var(--us); border-top: 3px solid var(--us); }
          table.offers th.cn { color: var(--cn); border-top: 3px solid var(--cn); }
          table.offers tr.group th { background: #fff; color: var(--muted); padding-top: 8px; }
          table.offers td.accepted { color: var(--deal); font-weight: bold; }
          ol.worded { font-size: 0.84em; color: var(--muted); margin: 4px 0 10px; padding-left: 0; list-style: none; }
          ol.timeline ol.worded li { padding: 2px 0 2px 8px; border-left: 3px solid var(--rule); margin: 2px 0; }
          ol.timeline ol.worded li::before { content: none; }
          ol.timeline ol.worded li.us { border-left-color: var(--us); }
          ol.timeline ol.worded li.cn { border-left-color: var(--cn); }
          .derivation { margin: 2px 0 4px; }
          table.params { table-layout: fixed; }
          table.params col.key { width: 22%; } table.params col.meaning { width: 22%; }
          table.params col.value { width: 7%; } table.params col.unit { width: 7%; }
          table.params col.from { width: 8%; } table.params col.source { width: 34%; }
          table.params code { overflow-wrap: anywhere; }
          cite { font-style: normal; }
          td.date { white-space: nowrap; }
          table.manifest th { width: 15em; white-space: nowrap; }
          table.manifest td { overflow-wrap: anywhere; }
          """;

  private static String hex(java.awt.Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
