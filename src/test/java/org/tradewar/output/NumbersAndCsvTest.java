package org.tradewar.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradewar.io.BadInputException;

/**
 * Numbers as files write them, and CSV as the readers take it: quoting, blanks, and errors by line.
 */
class NumbersAndCsvTest {
  @TempDir Path tmp;

  @Test
  void numbersHaveTenSignificantDigitsNoExponentAndNothingForNaN() {
    assertEquals("0", Numbers.format(0));
    assertEquals("0", Numbers.format(-0.0), "no negative zero");
    assertEquals("0.3", Numbers.format(0.1 + 0.2), "binary noise past ten digits is gone");
    assertEquals("25", Numbers.format(25.0));
    assertEquals("-116.2767031", Numbers.format(-116.27670306329424));
    assertEquals("123456789000", Numbers.format(123456789012.0), "large: plain digits, no E");
    assertEquals("0.00000000000000000001", Numbers.format(1e-20), "small: plain digits, no E");
    assertEquals("3.333333333", Numbers.format(10.0 / 3));
    assertEquals("", Numbers.format(Double.NaN));
    assertEquals("", Numbers.format(Double.POSITIVE_INFINITY));
    assertEquals("", Numbers.format(Double.NEGATIVE_INFINITY));
    for (double v : new double[] {1.5, -2.25e-7, 9.87654321e12, Math.PI}) {
      String s = Numbers.format(v);
      assertTrue(s.matches("-?\\d+(\\.\\d+)?"), s);
      assertEquals(v, Double.parseDouble(s), Math.abs(v) * 1e-9, "reads back within ten digits");
    }
    assertEquals(0.3, Numbers.json(0.1 + 0.2));
    assertNull(Numbers.json(Double.NaN));
    assertEquals(0.0, Numbers.json(-0.0));
  }

  private Path events(String body) throws IOException {
    return Files.writeString(
        tmp.resolve("events.csv"),
        "run,week,date,actor,target,kind,coverage_usd_bn,rate_pct,text\n" + body,
        StandardCharsets.UTF_8);
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
    Path f =
        events(
            "1,26,2018-07-02,US,CN,tariff,34,25,\"US imposes 25% on $34B, \"\"first list\"\"\"\n"
                + "1,27,2018-07-09,CN,US,note,,,\"two\nlines\"\n"
                + "\n" // a blank line is skipped
                + "1,28,2018-07-16,CN,US,TALKS,NA,nan,plain\n");
    List<EventRow> rows = EventRow.read(f);
    assertEquals(3, rows.size());
    assertEquals("US imposes 25% on $34B, \"first list\"", rows.get(0).text());
    assertEquals(34, rows.get(0).coverageUsdBn());
    assertEquals(LocalDate.of(2018, 7, 2), rows.get(0).date());
    assertEquals("two\nlines", rows.get(1).text());
    assertTrue(!rows.get(1).hasCoverage() && !rows.get(1).hasRate(), "empty cells are no number");
    assertEquals("talks", rows.get(2).kind(), "kinds are read in lower case");
    assertTrue(!rows.get(2).hasCoverage() && !rows.get(2).hasRate(), "NA and nan are no number");
  }

  @Test
  void badCellsAreRefusedWithTheFileTheLineAndTheColumn() throws IOException {
    Path f = events("1,26,2018-07-02,US,CN,tariff,34,25,ok\n1,27,07/09/2018,US,CN,tariff,1,1,x\n");
    assertEquals(
        f + " line 3: column 'date' should be an ISO date such as 2018-07-06, found '07/09/2018'",
        assertThrows(BadInputException.class, () -> EventRow.read(f)).getMessage());
    Path g = events("1,26,2018-07-02,US,CN,tariff,0x1p4,25,ok\n");
    assertEquals(
        g + " line 2: column 'coverage_usd_bn' should be a number, found '0x1p4'",
        assertThrows(BadInputException.class, () -> EventRow.read(g)).getMessage());
    Path h = events("one,26,2018-07-02,US,CN,tariff,1,25,ok\n");
    assertEquals(
        h + " line 2: column 'run' should be a whole number, found 'one'",
        assertThrows(BadInputException.class, () -> EventRow.read(h)).getMessage());
  }

  /** A cell over two lines moves the lines after it: the message names the line in the file. */
  @Test
  void theLineOfAnErrorCountsLineBreaksInsideQuotes() throws IOException {
    Path f = events("1,27,2018-07-09,CN,US,note,,,\"two\nlines\"\n1,28,2018-07-16,CN,US,?,,,x\n");
    String msg = assertThrows(BadInputException.class, () -> EventRow.read(f)).getMessage();
    assertTrue(msg.startsWith(f + " line 4: column 'kind'"), msg);
  }

  @Test
  void aHeaderWithoutTheColumnsIsRefusedNamingThem() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("events.csv"), "run,week,when,actor,kind\n1,2,2018-01-01,US,threat\n");
    String msg = assertThrows(BadInputException.class, () -> EventRow.read(f)).getMessage();
    assertTrue(
        msg.startsWith(
            f
                + " line 1: the header lacks column(s) date, target, coverage_usd_bn, rate_pct,"
                + " text"),
        msg);
    Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
    assertTrue(
        assertThrows(BadInputException.class, () -> EventRow.read(empty))
            .getMessage()
            .startsWith(empty + ": is empty, expected a header line"));
    assertEquals(
        tmp.resolve("none.csv") + ": no such file",
        assertThrows(BadInputException.class, () -> EventRow.read(tmp.resolve("none.csv")))
            .getMessage());
  }

  @Test
  void aByteOrderMarkAndCrLfLineEndsAreRead() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("events.csv"),
            "\uFEFFrun,week,date,actor,target,kind,coverage_usd_bn,"
                + "rate_pct,text\r\n1,26,2018-07-02,US,CN,tariff,34,25,Excel wrote this\r\n",
            StandardCharsets.UTF_8);
    List<EventRow> rows = EventRow.read(f);
    assertEquals(1, rows.size());
    assertEquals("Excel wrote this", rows.get(0).text());
  }
}
