package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Limits;

/**
 * An article too large for the extractor is refused before it is read, not after minutes of work.
 */
class ArticleSizeTest {
  @TempDir Path tmp;

  @Test
  void anArticleOverTheLimitIsRefusedWithItsSize() throws IOException {
    String seed = Files.readString(Path.of("seeds/000_25e6800912d78112.txt"));
    StringBuilder b = new StringBuilder(seed);
    while (b.length() <= Limits.MAX_ARTICLE_BYTES) {
      b.append(seed);
    }
    Files.writeString(tmp.resolve("000_big.txt"), b);
    String m = assertThrows(BadInputException.class, () -> Calibrator.calibrate(tmp)).getMessage();
    assertTrue(m.contains("000_big.txt") && m.contains("at most 256 KB"), m);
  }
}
