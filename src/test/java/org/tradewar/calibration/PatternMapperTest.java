package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patterns the articles report, computed from the facts; edited articles move them. */
class PatternMapperTest {
  @TempDir Path dir;

  private static Pattern kind(CalibrationResult r, String kind, int nth) {
    return r.patterns().stream()
        .filter(p -> p.kind().equals(kind))
        .skip(nth)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no pattern of kind " + kind + " in " + r.patterns()));
  }

  @Test
  void theSeedsGiveTheWarsPath() {
    CalibrationResult r = Calibrator.calibrate(Path.of("seeds"));
    Pattern rounds = kind(r, "meetings_by", 0);
    assertEquals(11, rounds.target());
    assertEquals("2019-06-25", rounds.date());
    assertEquals(List.of("003-13"), rounds.facts());
    assertEquals(
        "2019-06-25", kind(r, "no_deal_at", 0).date(), "the stalemate of the same sentence");
    Pattern coverage = kind(r, "coverage_at_rate_by", 0);
    assertEquals(250, coverage.target());
    assertEquals(25, coverage.ratePct());
    assertEquals("2019-03-02", kind(r, "truce_at", 1).date(), "beyond the March 1 deadline");
    assertEquals(25, kind(r, "breakdown_then_raise", 0).ratePct());
    assertEquals(3, kind(r, "us_measures_by", 0).target(), "ZTE, Huawei, five supercomputer firms");
    assertEquals(2, kind(r, "cn_measures_by", 0).target(), "unreliable entities, rare earths");
    assertEquals(50.0 / 150, kind(r, "retaliation_ratio", 0).target(), 1e-4);
    assertEquals("2019-07-29", kind(r, "no_deal_at", 1).date(), "no deal expected in Shanghai");
    assertTrue(kind(r, "meetings_by", 0).met(12) && !kind(r, "meetings_by", 0).met(14));
    assertEquals(0, coverage.shortfall(260));
    assertEquals(1.0, coverage.shortfall(200), 1e-9, "one tolerance short of the band");
  }

  @Test
  void anEditedArticleMovesItsTargetAndANewOneAddsAPattern() throws IOException {
    Path seeds = dir.resolve("seeds");
    Files.createDirectories(seeds);
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(
            seeds.resolve(f.getFileName()),
            text.replace("after 11 rounds", "after 13 rounds"),
            StandardCharsets.UTF_8);
      }
    }
    CalibrationResult edited = Calibrator.calibrate(seeds);
    assertEquals(13, kind(edited, "meetings_by", 0).target());
    Path without = dir.resolve("without");
    Files.createDirectories(without);
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("002")).toList()) {
        Files.copy(f, without.resolve(f.getFileName()));
      }
    }
    CalibrationResult fewer = Calibrator.calibrate(without);
    assertFalse(
        fewer.patterns().stream().anyMatch(p -> p.date() != null && p.date().equals("2019-07-29")),
        "without the Shanghai article there is no pattern of that round");
  }

  @Test
  void patternsRoundTripThroughTheJson() throws IOException {
    CalibrationResult r = Calibrator.calibrate(Path.of("seeds"));
    Path f = dir.resolve("calibration.json");
    Files.writeString(f, r.toJson());
    assertEquals(r.patterns(), CalibrationResult.readJson(f).patterns());
  }
}
