package org.tradewar.calibration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Check;

/**
 * Reads every {@code *.txt} file of a folder, in file-name order, as strict UTF-8. Any file that is
 * not valid UTF-8 is an error rather than a silently garbled article.
 */
public final class ArticleReader {

  /** The articles of {@code folder}; BadInputException when it is missing, empty or unreadable. */
  public List<Article> read(Path folder) {
    Check.notNull(folder, "folder");
    if (!Files.exists(folder)) {
      throw new BadInputException("seeds folder not found: " + folder);
    }
    if (!Files.isDirectory(folder)) {
      throw new BadInputException("seeds path is not a folder: " + folder);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new BadInputException("cannot list " + folder + ": " + AtomicFiles.describe(e));
    }
    if (files.isEmpty()) {
      throw new BadInputException("no articles (*.txt files) in " + folder);
    }
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      articles.add(readOne(f));
    }
    return articles;
  }

  private static Article readOne(Path file) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException(
            file + ": is not a regular file (a device or a pipe?), expected an article");
      }
      long size = Files.size(file);
      if (size > org.tradewar.io.Limits.MAX_ARTICLE_BYTES) {
        // The extractor's time grows faster than the text; a news article is tens of kilobytes.
        throw new BadInputException(
            file
                + ": is "
                + size / 1024
                + " KB; an article may be at most "
                + org.tradewar.io.Limits.MAX_ARTICLE_BYTES / 1024
                + " KB (split a collection into one file per article)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + AtomicFiles.describe(e));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + " is not UTF-8 text; save it as UTF-8 and try again");
    }
    if (text.isBlank()) {
      throw new BadInputException(file + " is empty");
    }
    return new Article(file.getFileName().toString(), text, CalibrationResult.sha256Hex(bytes));
  }
}
