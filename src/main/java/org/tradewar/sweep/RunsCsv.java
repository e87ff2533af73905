package org.tradewar.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.output.CsvText;

/**
 * {@code runs.csv}: one complete row per finished run, {@code point,replicate,seed,<axis
 * paths...>,outcome,<metrics...>,status,error}. Point and replicate are 1-based; status is {@code
 * ok} or {@code failed}; a failed row has empty metrics and the error.
 *
 * <p>While a sweep runs, rows are appended in the order runs finish, each with one write of the
 * whole line, so a crash leaves whole rows (and at worst one torn last line, which a resume cuts
 * off). At the end the file is rewritten in canonical order (point, then replicate) through a
 * temporary file and a rename, so its bytes do not depend on threads, timing or interruptions.
 * Sorting keeps only the byte offset of each row in memory, not the rows.
 */
public final class RunsCsv {
  /** Columns every sweep has, besides its axes and metrics. */
  public static final List<String> FIXED_COLUMNS =
      List.of("point", "replicate", "seed", "outcome", "status", "error");

  /** The file name. */
  public static final String FILE = "runs.csv";

  private RunsCsv() {}

  /** The header line of a sweep's runs.csv. */
  public static String header(SweepSpec spec) {
    List<String> h = new ArrayList<>(List.of("point", "replicate", "seed"));
    spec.axes().forEach(a -> h.add(a.path()));
    h.add("outcome");
    spec.metrics().forEach(m -> h.add(m.name()));
    h.add("status");
    h.add("error");
    return CsvText.line(h);
  }

  /** The row of a finished run. */
  public static String okRow(Point p, int replicate, long seed, String outcome, double[] metrics) {
    List<String> f = start(p, replicate, seed);
    f.add(outcome);
    for (double m : metrics) {
      f.add(CsvText.number(m));
    }
    f.add("ok");
    f.add("");
    return CsvText.line(f);
  }

  /** The row of a failed run: metrics empty, the error on one line. */
  public static String failedRow(Point p, int replicate, long seed, int metricCount, String error) {
    List<String> f = start(p, replicate, seed);
    f.add("");
    for (int i = 0; i < metricCount; i++) {
      f.add("");
    }
    f.add("failed");
    String oneLine = error.replaceAll("[\\r\\n\\t]+", " ").strip();
    f.add(oneLine.length() > 500 ? oneLine.substring(0, 500) + "..." : oneLine);
    return CsvText.line(f);
  }

  private static List<String> start(Point p, int replicate, long seed) {
    List<String> f = new ArrayList<>();
    f.add(String.valueOf(p.index() + 1));
    f.add(String.valueOf(replicate));
    f.add(String.valueOf(seed));
    f.addAll(p.values());
    return f;
  }

  /**
   * Which runs of a range of slots have a row (slot = point x replications + replicate - 1), and
   * which of those failed (the last row of a slot counts): two bits a slot, so resuming 10^8 runs
   * needs 25 MB.
   */
  public static final class Index {
    private final SlotSet done;
    private final SlotSet failed;
    private final long first;
    final int replications;

    Index(long first, long end, int replications) {
      this.first = first;
      this.done = new SlotSet(end - first);
      this.failed = new SlotSet(end - first);
      this.replications = replications;
    }

    /** True when the run in {@code slot} has a row (failed ones only if {@code countFailed}). */
    public boolean has(long slot, boolean countFailed) {
      long s = slot - first;
      return done.get(s) && (countFailed || !failed.get(s));
    }

    /** Runs with a row. */
    public long finished() {
      return done.cardinality();
    }

    /** Runs whose row says failed. */
    public long failedCount() {
      return failed.cardinality();
    }

    /** The first slot of the range. */
    public long first() {
      return first;
    }

    /** The slot after the range. */
    public long end() {
      return first + done.size();
    }

    /** Slots in the range. */
    public long size() {
      return done.size();
    }
  }

  /** One line of a file, with where it starts and ends (bytes, the end past its newline). */
  private interface LineHandler {
    void line(int lineNo, long start, long end, String text);
  }

  /** Reads every complete line; returns where the last complete line ends (a torn one is left). */
  private static long eachLine(Path file, LineHandler h) throws IOException {
    long validEnd = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      byte[] buf = new byte[1 << 16];
      long pos = 0;
      long lineStart = 0;
      int lineNo = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        int from = 0;
        for (int i = 0; i < r; i++) {
          if (buf[i] != '\n') {
            continue;
          }
          line.write(buf, from, i - from);
          from = i + 1;
          long end = pos + i + 1;
          h.line(++lineNo, lineStart, end, line.toString(StandardCharsets.UTF_8));
          line.reset();
          lineStart = end;
          validEnd = end;
        }
        line.write(buf, from, r - from);
        pos += r;
      }
    }
    return validEnd;
  }

  /**
   * Reads an existing runs.csv: checks the header, cuts off a torn last line, and indexes the rows.
   * A missing file gives an empty index.
   */
  public static Index scan(Path file, String header, int points, int replications) {
    return scan(file, header, points, replications, 0, (long) points * replications);
  }

  /**
   * As {@link #scan(Path, String, int, int)}, for a folder that holds the slots [first, end) only.
   */
  public static Index scan(
      Path file, String header, int points, int replications, long first, long end) {
    Index index = new Index(first, end, replications);
    if (!Files.exists(file)) {
      return index;
    }
    int columns = Csv.split(header).size();
    long validEnd;
    try {
      validEnd =
          eachLine(
              file,
              (lineNo, start, stop, text) -> {
                if (lineNo == 1) {
                  if (!text.equals(header)) {
                    throw new BadInputException(
                        file
                            + " line 1: the columns are not those of this sweep file; it belongs to"
                            + " another sweep (use another --out, or delete the folder)");
                  }
                  return;
                }
                List<String> f = Csv.split(text);
                long slot;
                try {
                  if (f == null || f.size() != columns) {
                    throw new NumberFormatException();
                  }
                  slot = slot(f.get(0), f.get(1), points, replications);
                  if (slot < first || slot >= end) {
                    throw new NumberFormatException();
                  }
                } catch (NumberFormatException e) {
                  throw new BadInputException(
                      file
                          + " line "
                          + lineNo
                          + ": not a row of this sweep (point and replicate out of range, or wrong"
                          + " number of columns); use another --out");
                }
                index.done.set(slot - first, true);
                index.failed.set(slot - first, "failed".equals(f.get(columns - 2)));
              });
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + AtomicFiles.describe(e));
    }
    try {
      if (Files.size(file) != validEnd) { // a torn last row from a crash mid-write
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(validEnd);
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot repair " + file + ": " + AtomicFiles.describe(e));
    }
    return index;
  }

  /** The slot of a row's point and replicate columns; NumberFormatException when out of range. */
  private static long slot(String pointText, String replicateText, int points, int replications) {
    int point = Integer.parseInt(pointText) - 1;
    int rep = Integer.parseInt(replicateText);
    if (point < 0 || point >= points || rep < 1 || rep > replications) {
      throw new NumberFormatException();
    }
    return (long) point * replications + (rep - 1);
  }

  /** Appends rows to runs.csv, one write per row; writes the header to a new or empty file. */
  public static final class Appender implements Closeable {
    private final OutputStream out;

    public Appender(Path file, String header) {
      try {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        out = new FileOutputStream(file.toFile(), true);
        if (fresh) {
          out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new BadInputException("cannot write " + file + ": " + AtomicFiles.describe(e));
      }
    }

    /** Appends one row: a single write of the whole line, so the file never holds half of it. */
    public synchronized void append(String row) throws IOException {
      out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() throws IOException {
      out.close();
    }
  }

  /** Slots sorted per pass: the offset and length of a row per slot, 12 MB. */
  static final int SORT_WINDOW = 1 << 20;

  /**
   * Rewrites runs.csv in canonical order (point, then replicate), atomically. Every slot must have
   * a row; where a slot has several (a failed run retried), the last one is kept.
   */
  public static void sort(Path file, String header, int points, int replications) {
    sort(file, header, points, replications, 0, (long) points * replications, SORT_WINDOW);
  }

  /**
   * As {@link #sort(Path, String, int, int)} for the slots [first, end): in windows of {@code
   * window} slots, one pass over the file each, so memory stays at 12 bytes a slot of one window
   * however many runs there are (one pass up to a million runs).
   */
  static Index sort(
      Path file, String header, int points, int replications, long first, long end, int window) {
    Index index =
        scan(file, header, points, replications, first, end); // validates, cuts a torn line
    Path tmp = file.resolveSibling("." + FILE + ".sorting");
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r");
        OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      long[] offset = new long[(int) Math.min(window, Math.max(1, end - first))];
      int[] length = new int[offset.length];
      byte[] buf = new byte[1024];
      for (long w = first; w < end; w += offset.length) {
        long from = w;
        long to = Math.min(end, w + offset.length);
        Arrays.fill(offset, -1);
        eachLine(
            file,
            (lineNo, start, stop, text) -> {
              if (lineNo == 1) {
                return;
              }
              int c1 = text.indexOf(',');
              int c2 = text.indexOf(',', c1 + 1);
              long slot =
                  slot(text.substring(0, c1), text.substring(c1 + 1, c2), points, replications);
              if (slot >= from && slot < to) {
                offset[(int) (slot - from)] = start;
                length[(int) (slot - from)] = (int) (stop - start);
              }
            });
        for (int s = 0; s < to - from; s++) {
          if (offset[s] < 0) {
            throw new IllegalStateException("run slot " + (from + s) + " has no row");
          }
          int len = length[s];
          if (buf.length < len) {
            buf = new byte[len * 2];
          }
          in.seek(offset[s]);
          in.readFully(buf, 0, len);
          out.write(buf, 0, len);
        }
      }
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw new BadInputException("cannot rewrite " + file + ": " + AtomicFiles.describe(e));
    } catch (RuntimeException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw e;
    }
    try {
      AtomicFiles.moveReplacing(tmp, file);
    } catch (IOException e) {
      throw new BadInputException("cannot rewrite " + file + ": " + AtomicFiles.describe(e));
    }
    return index;
  }
}
