package org.tradewar.vocabulary;

import java.util.Locale;

/**
 * The two sides. Each is an importer of the other's goods. The constant names are the codes of the
 * run tables ({@code actor}, {@code importer}, {@code partner}); the names are how people read
 * them.
 */
public enum Country {
  US("United States", "US", "American", "the United States"),
  CN("China", "China", "Chinese", "China");

  private final String longName;
  private final String shortName;
  private final String adjective;
  private final String named;

  Country(String longName, String shortName, String adjective, String named) {
    this.longName = longName;
    this.shortName = shortName;
    this.adjective = adjective;
    this.named = named;
  }

  /** The other side. */
  public Country rival() {
    return this == US ? CN : US;
  }

  /** "United States", "China": for transcripts and headings. */
  public String longName() {
    return longName;
  }

  /** Same as {@link #longName()}: the model's transcripts call it the label. */
  public String label() {
    return longName;
  }

  /** "US", "China": for chart legends. */
  public String shortName() {
    return shortName;
  }

  /** "American", "Chinese". */
  public String adjective() {
    return adjective;
  }

  /** "the United States", "China": for the middle of a sentence. */
  public String named() {
    return named;
  }

  /** The country for a table code ("US", "CN", case-insensitive), or null for anything else. */
  public static Country ofCode(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.trim().toUpperCase(Locale.ROOT)) {
      case "US", "USA" -> US;
      case "CN", "CHN", "CHINA" -> CN;
      default -> null;
    };
  }
}
