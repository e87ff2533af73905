package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts in US dollars, converted to billions: "USD 150 billion", "$200 billion", "US$300
 * billion", "U.S. $5 billion", "$60bn", "$1.2 trillion", "$500 million", "150 billion dollars".
 * "Billions of dollars" (no number) is not an amount. "$40 billion to $50 billion" is one amount,
 * the high end, that keeps its low end.
 */
public final class AmountParser {
  /** An amount and where it stands in the text; {@code lowUsdBillions} is a range's low end. */
  public record Amount(int start, int end, double usdBillions, Double lowUsdBillions) {
    /** A single amount, not a range. */
    public Amount(int start, int end, double usdBillions) {
      this(start, end, usdBillions, null);
    }
  }

  private static final Pattern RANGE = Pattern.compile("\\s*(?:to|-|–|and)\\s*");

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final Pattern PREFIXED =
      Pattern.compile(
          "(?<![\\w$])(?:US\\$|U\\.S\\.\\s?\\$|USD\\s?|\\$)\\s?"
              + NUMBER
              + "(?:\\s*(?i:(trillion|billion|million|bn|tn|mn|b|m))(?![\\p{L}]))?");
  private static final Pattern SUFFIXED =
      Pattern.compile(
          "(?<![\\w.$])"
              + NUMBER
              + "\\s*(trillion|billion|million)\\s+(?:US\\s+|U\\.S\\.\\s+)?dollars\\b",
          Pattern.CASE_INSENSITIVE);

  /** The amounts in {@code text[from, to)}, in text order, ranges as one amount. */
  public List<Amount> parse(String text, int from, int to) {
    List<Amount> single = singles(text, from, to);
    List<Amount> out = new ArrayList<>(single.size());
    for (int i = 0; i < single.size(); i++) {
      Amount a = single.get(i);
      Amount b = i + 1 < single.size() ? single.get(i + 1) : null;
      if (b != null
          && RANGE.matcher(text.substring(a.end(), b.start())).matches()
          && b.usdBillions() > a.usdBillions()) {
        out.add(new Amount(a.start(), b.end(), b.usdBillions(), a.usdBillions()));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static List<Amount> singles(String text, int from, int to) {
    List<Amount> out = new ArrayList<>();
    for (Pattern p : List.of(PREFIXED, SUFFIXED)) {
      Matcher m = p.matcher(text).region(from, to);
      m.useTransparentBounds(true);
      while (m.find()) {
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        out.add(new Amount(m.start(), m.end(), v * scaleToBillions(m.group(2))));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static double scaleToBillions(String unit) {
    if (unit == null) {
      return 1e-9;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 1000;
      case "billion", "bn", "b" -> 1;
      case "million", "mn", "m" -> 0.001;
      default -> throw new IllegalArgumentException(unit);
    };
  }
}
