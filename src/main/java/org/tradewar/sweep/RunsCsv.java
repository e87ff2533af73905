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

/**
 * {@code runs.csv}: one complete row per finished run,
 * {@code point,replicate,seed,<axis paths...>,outcome,<metrics...>,status,error}. Point and replicate
 * are 1-based; status is {@code ok} or {@code failed}; a failed row has empty metrics and the error.
 *
 * <p>While a sweep runs, rows are appended in the order runs finish, each with one write of the whole
 * line, so a crash leaves whole rows (and at worst one torn last line, which a resume cuts off). At
 * the end the file is rewritten in canonical order (point, then replicate) through a temporary file
 * and a rename, so its bytes do not depend on threads, timing or interruptions. Sorting keeps only the
 * byte offset of each row in memory, not the rows.
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
    return Csv.line(h);
  }

  /** The row of a finished run. */
  public static String okRow(Point p, int replicate, long seed, String outcome, double[] metrics) {
    List<String> f = start(p, replicate, seed);
    f.add(outcome);
    for (double m : metrics) {
      f.add(Csv.number(m));
    }
    f.add("ok");
    f.add("");
    return Csv.line(f);
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
    return Csv.line(f);
  }

  private static List<String> start(Point p, int replicate, long seed) {
    List<String> f = new ArrayList<>();
    f.add(String.valueOf(p.index() + 1));
    f.add(String.valueOf(replicate));
    f.add(String.valueOf(seed));
    f.addAll(p.values());
    return f;
  }

  /** Where the rows of a runs.csv are: the last row of every (point, replicate), by byte offset. */
  public static final class Index {
    final long[] offset;
    final int[] length;
    final boolean[] failed;
    final int replications;
    long rows;

    Index(int points, int replications) {
      int n = Math.multiplyExact(points, replications);
      this.offset = new long[n];
      this.length = new int[n];
      this.failed = new boolean[n];
      this.replications = replications;
      Arrays.fill(offset, -1);
    }

    /** Slot of (0-based point, 1-based replicate). */
    int slot(int point, int replicate) {
      return point * replications + (replicate - 1);
    }

    /** True when the run in {@code slot} has a row (failed ones only if {@code countFailed}). */
    public boolean has(int slot, boolean countFailed) {
      return offset[slot] >= 0 && (countFailed || !failed[slot]);
    }

    /** Runs with a row. */
    public long finished() {
      long n = 0;
      for (long o : offset) {
        n += o >= 0 ? 1 : 0;
      }
      return n;
    }

    /** Runs whose row says failed. */
    public long failedCount() {
      long n = 0;
      for (int i = 0; i < offset.length; i++) {
        n += offset[i] >= 0 && failed[i] ? 1 : 0;
      }
      return n;
    }

    /** Slots in total. */
    public int size() {
      return offset.length;
    }
  }

  /**
   * Reads an existing runs.csv: checks the header, cuts off a torn last line, and indexes the rows.
   * A missing file gives an empty index.
   */
  public static Index scan(Path file, String header, int points, int replications) {
    Index index = new Index(points, replications);
    if (!Files.exists(file)) {
      return index;
    }
    int columns = Csv.split(header).size();
    long validEnd = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long pos = 0;
      long lineStart = 0;
      int lineNo = 0;
      int b;
      while ((b = in.read()) >= 0) {
        pos++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        lineNo++;
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (lineNo == 1) {
          if (!text.equals(header)) {
            throw new BadInputException(file + " line 1: the columns are not those of this sweep file; "
                + "it belongs to another sweep (use another --out, or delete the folder)");
          }
        } else {
          List<String> f = Csv.split(text);
          int point;
          int rep;
          try {
            if (f == null || f.size() != columns) {
              throw new NumberFormatException();
            }
            point = Integer.parseInt(f.get(0)) - 1;
            rep = Integer.parseInt(f.get(1));
            if (point < 0 || point >= points || rep < 1 || rep > replications) {
              throw new NumberFormatException();
            }
          } catch (NumberFormatException e) {
            throw new BadInputException(file + " line " + lineNo + ": not a row of this sweep (point and "
                + "replicate out of range, or wrong number of columns); use another --out");
          }
          int slot = index.slot(point, rep);
          index.offset[slot] = lineStart;
          index.length[slot] = (int) (pos - lineStart);
          index.failed[slot] = "failed".equals(f.get(columns - 2));
          index.rows++;
        }
        lineStart = pos;
        validEnd = pos;
      }
      if (lineNo == 0 && line.size() == 0) {
        validEnd = 0;
      }
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

  /**
   * Rewrites runs.csv in canonical order (point, then replicate), atomically. Every slot must have
   * a row.
   */
  public static void sort(Path file, String header, int points, int replications) {
    Index index = scan(file, header, points, replications);
    Path tmp = file.resolveSibling("." + FILE + ".sorting");
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r");
         OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] buf = new byte[1024];
      for (int s = 0; s < index.size(); s++) {
        if (index.offset[s] < 0) {
          throw new IllegalStateException("run slot " + s + " has no row");
        }
        int len = index.length[s];
        if (buf.length < len) {
          buf = new byte[len * 2];
        }
        in.seek(index.offset[s]);
        in.readFully(buf, 0, len);
        out.write(buf, 0, len);
      }
    } catch (IOException e) {
      AtomicFiles.deleteQuietly(tmp);
      throw new BadInputException("cannot rewrite " + file + ": " + AtomicFiles.describe(e));
    }
    try {
      AtomicFiles.moveReplacing(tmp, file);
    } catch (IOException e) {
      throw new BadInputException("cannot rewrite " + file + ": " + AtomicFiles.describe(e));
    }
  }
}
