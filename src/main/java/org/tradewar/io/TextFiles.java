package org.tradewar.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file stops being text: for a message that names the line, not the decoder's "Input length
 * = 1".
 */
final class TextFiles {
  private TextFiles() {}

  /**
   * The line (from 1) holding the first bytes that are not UTF-8, or 0 when there are none or the
   * file cannot be read.
   */
  static long lineOfFirstBadByte(Path file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream s = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = s.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        in.position(in.position() + Math.max(n, 0));
        in.flip();
        CoderResult r = decoder.decode(in, out, end);
        line += newlines(out);
        if (r.isError()) {
          return line;
        }
        in.compact();
      }
      return 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long newlines(CharBuffer out) {
    out.flip();
    long n = 0;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        n++;
      }
    }
    out.clear();
    return n;
  }
}
