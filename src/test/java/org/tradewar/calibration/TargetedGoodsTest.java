package org.tradewar.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The goods named among China's tariffs, against hand annotations (sector of US exports by HS
 * chapter).
 */
class TargetedGoodsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The two seed sentences (seeds/004), annotated by hand before writing the rules.
        "China counterpunched with tariffs on a range of U.S. products, including bourbon and blue"
            + " jeans.|agriculture rest",
        "The United States is considering imposing tariffs on up to $150 billion of Chinese"
            + " products, and Beijing has countered with proposed tariffs on $50 billion in"
            + " American goods, including soybeans and small aircraft.|soybeans aircraft",
        // Common forms beyond the seeds.
        "Beijing slapped duties on US pork, wine and fruit.|agriculture",
        "China said it would add tariffs on American cars and liquefied natural gas.|vehicles"
            + " energy",
        "China imposed tariffs on $16 billion of US goods, including crude oil and"
            + " chemicals.|energy chemicals",
        "China retaliated.|"
      })
  void namesTheSectorsInTheOrderTheSentenceGivesThem(String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
    assertEquals(want, List.copyOf(TargetedGoods.chinaTargets(sentence)), sentence);
  }

  @Test
  void goodsOfTheOtherSidesListAreNotChinas() {
    // The US list names steel before China is mentioned: only what follows counts.
    assertEquals(
        Set.of("soybeans"),
        TargetedGoods.chinaTargets(
            "The US taxed steel and aluminum from everywhere, and China answered with tariffs on"
                + " soybeans."));
  }
}
