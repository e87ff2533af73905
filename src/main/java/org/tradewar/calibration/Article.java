package org.tradewar.calibration;

import org.tradewar.io.Check;

/**
 * An article as read from the seeds folder: its file name, its text (UTF-8 decoded) and its hash.
 */
public record Article(String file, String text, String sha256) {
  public Article {
    Check.notBlank(file, "file");
    Check.notNull(text, "text");
    Check.notBlank(sha256, "sha256");
  }

  /** Headline, outlet and lead as the text shows them (after its date line, if any). */
  public ArticleMasthead masthead() {
    return ArticleMasthead.read(text, ArticleDater.bodyStart(text));
  }
}
