package org.tradewar.output;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.Decimal;

/**
 * Streams a CSV file with a header row, one row at a time (constant memory), and turns every
 * problem into a {@link BadInputException} that names the file and the line.
 */
final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** One data row: cells by column name, and where it came from. */
  static final class Row {
    private final Path file;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] cells;

    Row(Path file, long line, Map<String, Integer> columns, String[] cells) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.cells = cells;
    }

    long line() {
      return line;
    }

    /** The cell of {@code column}, trimmed; empty when the row is short. */
    String text(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= cells.length || cells[i] == null) {
        return "";
      }
      return cells[i].trim();
    }

    /** The cell as it is, untrimmed (free text). */
    String raw(String column) {
      Integer i = columns.get(column);
      return i == null || i >= cells.length || cells[i] == null ? "" : cells[i];
    }

    int integer(String column) {
      String t = text(column);
      try {
        return Integer.parseInt(t);
      } catch (NumberFormatException e) {
        throw error("column '" + column + "' should be a whole number, found '" + t + "'");
      }
    }

    /** A number, or NaN when the cell is empty or says NaN/NA. */
    double number(String column) {
      String t = text(column);
      if (t.isEmpty() || t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("na")) {
        return Double.NaN;
      }
      try {
        return Decimal.parse(t);
      } catch (NumberFormatException e) {
        throw error("column '" + column + "' should be a number, found '" + t + "'");
      }
    }

    BadInputException error(String what) {
      return new BadInputException(file + " line " + line + ": " + what);
    }
  }

  interface RowHandler {
    void accept(Row row);
  }

  private CsvTable() {}

  /**
   * Reads {@code file}, checks that its header has {@code required} columns, hands each row over.
   */
  static void read(Path file, List<String> required, RowHandler handler) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
      if (!it.hasNext()) {
        throw new BadInputException(
            file + ": is empty, expected a header line with " + String.join(",", required));
      }
      String[] header = it.next();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i].trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
      }
      List<String> missing = new ArrayList<>();
      for (String c : required) {
        if (!columns.containsKey(c)) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        throw new BadInputException(
            file
                + " line 1: the header lacks column(s) "
                + String.join(", ", missing)
                + "; expected "
                + String.join(",", required));
      }
      long line = 1;
      while (true) {
        long next = it.getCurrentLocation().getLineNr();
        if (!it.hasNext()) {
          break;
        }
        String[] cells = it.next();
        line = Math.max(line + 1, next);
        if (cells.length == 1 && (cells[0] == null || cells[0].isBlank())) {
          continue;
        }
        handler.accept(new Row(file, line, columns, cells));
      }
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BadInputException(file + ": malformed CSV: " + rootMessage(e), e);
    } catch (IOException e) {
      throw new BadInputException(
          file
              + ": "
              + (e instanceof java.nio.charset.CharacterCodingException ? "" : "cannot read: ")
              + AtomicFiles.describe(e, file),
          e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replace('\n', ' ');
  }
}
