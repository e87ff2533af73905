package org.tradewar.model;

/** The two sides. Each is an importer of the other's goods. */
public enum Country {
  US("United States"),
  CN("China");

  private final String label;

  Country(String label) {
    this.label = label;
  }

  public Country rival() {
    return this == US ? CN : US;
  }

  /** "the United States", "China": for the middle of a sentence. */
  public String named() {
    return this == US ? "the United States" : "China";
  }

  /** "United States", "China": for transcripts. */
  public String label() {
    return label;
  }
}
