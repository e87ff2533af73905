package org.tradewar.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.output.ParameterRow;

/**
 * How the page names an article: by the title the run folder gives it (headline, outlet, date),
 * else by its file name. The data files name articles by file; only the page uses titles.
 */
final class ArticleTitles {
  private final Map<String, String> byFile = new HashMap<>();

  private ArticleTitles() {}

  /** The titles the parameters' sources give, by file name. */
  static ArticleTitles of(List<ParameterRow> rows) {
    ArticleTitles t = new ArticleTitles();
    for (ParameterRow p : rows) {
      for (ParameterRow.Source s : p.sources()) {
        if (!s.file().isEmpty() && !s.articleTitle().isEmpty()) {
          t.byFile.putIfAbsent(fileName(s.file()), s.articleTitle());
        }
      }
    }
    return t;
  }

  /** The article's title, or its file name when the run folder gives none. */
  String name(String file) {
    return byFile.getOrDefault(fileName(file), file);
  }

  /** "seeds/000_x.txt" and "000_x.txt" are the same article. */
  private static String fileName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
