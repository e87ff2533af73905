package org.tradewar.output;

/** The two sides. Codes as they appear in the run tables; names as people read them. */
public enum Country {
  US("United States", "US", "American"),
  CN("China", "China", "Chinese");

  private final String longName;
  private final String shortName;
  private final String adjective;

  Country(String longName, String shortName, String adjective) {
    this.longName = longName;
    this.shortName = shortName;
    this.adjective = adjective;
  }

  public String longName() {
    return longName;
  }

  public String shortName() {
    return shortName;
  }

  public String adjective() {
    return adjective;
  }

  /** The other side. */
  public Country rival() {
    return this == US ? CN : US;
  }

  /** The country for a table code ("US", "CN", case-insensitive), or null for anything else. */
  public static Country ofCode(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "US", "USA" -> US;
      case "CN", "CHN", "CHINA" -> CN;
      default -> null;
    };
  }
}
