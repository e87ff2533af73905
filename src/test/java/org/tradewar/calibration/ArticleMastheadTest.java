package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleMastheadTest {
  private static final Map<String, Article> SEEDS =
      new ArticleReader()
          .read(Path.of("seeds")).stream()
              .collect(Collectors.toMap(a -> a.file().substring(0, 3), a -> a));

  @Test
  void seedsAreNamedByHeadlineOrLeadAndOutlet() {
    ArticleMasthead huawei = SEEDS.get("001").masthead();
    assertEquals("China trade talks underway as Huawei tensions grow", huawei.headline());
    assertEquals(
        "China trade talks underway as Huawei tensions grow (February 2019)",
        huawei.title("001.txt", "2019-02"));
    // a dateline names the outlet; the photo caption above it is skipped
    ArticleMasthead jakarta = SEEDS.get("003").masthead();
    assertEquals("TheInsiderStories", jakarta.outlet());
    assertNull(jakarta.headline());
    assertTrue(
        jakarta.title("003.txt", "2019-06-25").startsWith("\u201cThe top trade negotiators"));
    assertTrue(
        jakarta.title("003.txt", "2019-06-25").endsWith("(TheInsiderStories, 25 June 2019)"));
    // no headline: the lead stands in, after the date line and the caption "(AP photo)"
    ArticleMasthead mnuchin = SEEDS.get("000").masthead();
    assertNull(mnuchin.headline());
    assertNull(mnuchin.outlet());
    assertEquals(
        "US Treasury Secretary Steven Mnuchin will lead trade talks with China due\u2026",
        mnuchin.lead());
    // an initial is not the end of the lead's sentence
    assertTrue(
        SEEDS
            .get("002")
            .masthead()
            .lead()
            .startsWith("Treasury Secretary Steven T. Mnuchin on Wednesday"));
  }

  @Test
  void aTextWithNothingToShowIsNamedByItsFile() {
    ArticleMasthead m = ArticleMasthead.read("\n\n", 0);
    assertEquals("x.txt (May 2018)", m.title("x.txt", "2018-05"));
    assertEquals("x.txt", m.title("x.txt", null));
  }

  @Test
  void aBylineAndARepeatedHeadlineAreNotTheLead() {
    ArticleMasthead m =
        ArticleMasthead.read(
            "Tariffs rise again\nBy Jane Doe\nTariffs rise again\n"
                + "WASHINGTON (Reuters) - The US raised tariffs on Friday. More follows.\n",
            0);
    assertEquals("Tariffs rise again", m.headline());
    assertEquals("Reuters", m.outlet());
    assertEquals("The US raised tariffs on Friday", m.lead());
  }

  @Test
  void sourcesKeepTheirNamesInTheJsonAndOlderFilesStillRead(@TempDir Path dir) throws Exception {
    Source named = Source.of(SEEDS.get("001"), "2019-02", "inferred");
    assertEquals("001_5f1618df77853e31.txt", named.file());
    assertEquals(
        "China trade talks underway as Huawei tensions grow (February 2019)", named.title());
    CalibrationResult r = new CalibrationResult(List.of(named), List.of(), List.of(), List.of());
    String json = r.toJson();
    assertTrue(
        json.contains("\"headline\" : \"China trade talks underway as Huawei tensions grow\""),
        json);
    assertFalse(json.contains("\"outlet\""), "a missing outlet is left out");
    Path f = dir.resolve("c.json");
    Files.writeString(f, json);
    assertEquals(r, CalibrationResult.readJson(f));
    Files.writeString(
        f,
        "{\"sources\":[{\"file\":\"a.txt\",\"date\":null,\"dateBasis\":\"?\",\"sha256\":\"ab\"}],"
            + "\"facts\":[],\"parameters\":[]}");
    assertEquals("a.txt", CalibrationResult.readJson(f).sources().get(0).title());
  }
}
