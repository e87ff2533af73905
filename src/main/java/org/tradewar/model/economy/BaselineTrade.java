package org.tradewar.model.economy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradewar.vocabulary.Country;

/**
 * The pre-war (2017) bilateral trade by sector and direction: US imports from China (where US
 * tariffs apply) and US exports to China (China's imports, where retaliation applies). Read from
 * the project's {@code data/baseline-2017.json} (US Census, USITC, USGS; sources in that file);
 * sector ids, flags and the shares of the demand system come from {@code data/sectors.csv} (their
 * sources in {@code data/sector-shares.md}). The rows of a direction sum exactly to its published
 * total (505.6 and 130.4).
 */
public final class BaselineTrade {
  /** Weeks per year used to turn annual values into weekly ones (365.25 / 7). */
  public static final double WEEKS_PER_YEAR = 365.25 / 7.0;

  private static final BaselineTrade Y2017 = load("/data/baseline-2017.json", "/data/sectors.csv");

  private final Map<Country, List<Sector>> byImporter;

  private BaselineTrade(Map<Country, List<Sector>> byImporter) {
    this.byImporter = byImporter;
  }

  /** The 2017 baseline shipped with the tool. */
  public static BaselineTrade of2017() {
    return Y2017;
  }

  /** Sectors of the importer's imports from its rival, in file order; indices are positions. */
  public List<Sector> importsOf(Country importer) {
    return byImporter.get(importer);
  }

  public double annualTotal(Country importer) {
    return importsOf(importer).stream().mapToDouble(Sector::annualBaselineUsdBn).sum();
  }

  private static BaselineTrade load(String jsonResource, String sectorsResource) {
    try {
      Map<String, String[]> idsByName = readSectorIds(sectorsResource);
      JsonNode root;
      try (InputStream in = BaselineTrade.class.getResourceAsStream(jsonResource)) {
        root = new ObjectMapper().readTree(in);
      }
      Map<Country, List<Sector>> map = new EnumMap<>(Country.class);
      map.put(Country.US, new ArrayList<>());
      map.put(Country.CN, new ArrayList<>());
      for (JsonNode r : root.get("records")) {
        if (!"goods_sectors".equals(r.get("table").asText())) {
          continue;
        }
        String direction = r.get("direction").asText();
        Country importer = direction.equals("US_imports_from_China") ? Country.US : Country.CN;
        String[] row = idsByName.get(direction + "|" + r.get("sector").asText());
        if (row == null) {
          throw new IllegalStateException(
              "no sector id for " + direction + " / " + r.get("sector"));
        }
        List<Sector> list = map.get(importer);
        list.add(
            new Sector(
                list.size(),
                row[0],
                r.get("sector").asText(),
                r.get("value_usd_billions").asDouble(),
                Boolean.parseBoolean(row[1]),
                Boolean.parseBoolean(row[2]),
                Double.parseDouble(row[3]),
                Double.parseDouble(row[4])));
      }
      map.replaceAll((k, v) -> List.copyOf(v));
      return new BaselineTrade(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled baseline data", e);
    }
  }

  private static Map<String, String[]> readSectorIds(String resource) throws IOException {
    Map<String, String[]> ids = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                BaselineTrade.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        List<String> f = splitCsv(line);
        ids.put(
            f.get(0) + "|" + f.get(2),
            new String[] {f.get(1), f.get(3), f.get(4), f.get(5), f.get(6)});
      }
    }
    return ids;
  }

  private static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
