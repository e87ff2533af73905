package org.tradewar.calibration;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tradewar.io.Check;

/**
 * One article read for a calibration.
 *
 * @param file the file name inside the seeds folder (what data and fact ids refer to)
 * @param date the article's date: ISO day or month, or null when it could not be determined
 * @param dateBasis where the date came from: the {@code date} line, or the inference (cues and
 *     sentences)
 * @param sha256 hex SHA-256 of the file's bytes
 * @param headline the headline as the text shows it, or null (not written then)
 * @param outlet the outlet a dateline names ("Reuters"), or null (not written then)
 * @param title how people name the article: headline (else the opening words), outlet and date; the
 *     file name for files written before titles existed
 */
public record Source(
    String file,
    String date,
    String dateBasis,
    String sha256,
    @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
    @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
    String title) {
  public Source {
    Check.notBlank(file, "file");
    Check.notBlank(sha256, "sha256");
    title = title == null || title.isBlank() ? file : title;
  }

  /** A source without a masthead: named by its file. */
  public Source(String file, String date, String dateBasis, String sha256) {
    this(file, date, dateBasis, sha256, null, null, null);
  }

  /** The source of {@code article}, named by what its text shows. */
  public static Source of(Article article, String date, String dateBasis) {
    ArticleMasthead m = article.masthead();
    return new Source(
        article.file(),
        date,
        dateBasis,
        article.sha256(),
        m.headline(),
        m.outlet(),
        m.title(article.file(), date));
  }
}
