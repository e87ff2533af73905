package org.tradewar.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a realistic synthetic run folder in the format of docs/outputs.md, for tests and for
 * looking at charts before the simulation exists: two directions (US imports from China, China
 * imports from the US), eight sectors, 156 weeks from 2018-01-01, stepped tariffs, a dip in trade
 * against the baseline, events with threats, tariffs, talks, a truce, a breakdown and a deal, and
 * replications 1..R that differ by noise.
 */
public final class RunFolderFixture {
  /** Which path the synthetic war takes. */
  public enum Course {
    ESCALATION,
    TRUCE,
    DEAL
  }

  private String scenario = "deal";
  private String title = "Phase-one deal after a truce";
  private String description =
      "Tariffs escalate through 2018, a truce at the G20 dinner, a breakdown "
          + "in May 2019 and a phase-one deal in December 2019.";
  private int replications = 3;
  private int weeks = 156;
  private Course course = Course.DEAL;
  private long seed = 42;

  public static RunFolderFixture deal() {
    return new RunFolderFixture();
  }

  public RunFolderFixture scenario(String name, String newTitle, Course p) {
    this.scenario = name;
    this.title = newTitle;
    this.course = p;
    return this;
  }

  public RunFolderFixture description(String d) {
    this.description = d;
    return this;
  }

  public RunFolderFixture replications(int r) {
    this.replications = r;
    return this;
  }

  public RunFolderFixture weeks(int w) {
    this.weeks = w;
    return this;
  }

  public RunFolderFixture seed(long s) {
    this.seed = s;
    return this;
  }

  private static final LocalDate START = LocalDate.of(2018, 1, 1);
  private static final String[] SECTORS = {
    "agriculture",
    "steel_aluminium",
    "telecoms",
    "aircraft",
    "consumer_goods",
    "electronics",
    "rare_earths",
    "rest"
  };

  /** Baseline annual imports, USD bn: US from China, and China from the US. */
  private static final double[] US_FROM_CN = {5, 8, 45, 1, 180, 150, 1, 150};

  private static final double[] CN_FROM_US = {24, 1, 8, 18, 15, 25, 0.5, 38.5};

  private record Act(
      int week,
      String actor,
      String target,
      String kind,
      double coverage,
      double rate,
      String text) {}

  private List<Act> acts() {
    List<Act> a = new ArrayList<>();
    a.add(
        new Act(
            10, "US", "CN", "threat", 50, 25, "US threatens 25% tariffs on $50B of Chinese goods"));
    a.add(
        new Act(
            13, "CN", "US", "threat", 50, 25, "China threatens 25% tariffs on $50B of US goods"));
    a.add(new Act(14, "US", "CN", "threat", 100, 25, "US threatens 25% on a further $100B"));
    a.add(
        new Act(
            18,
            "US",
            "CN",
            "talks",
            Double.NaN,
            Double.NaN,
            "Talks in Beijing end without agreement"));
    a.add(
        new Act(
            19,
            "CN",
            "US",
            "talks",
            Double.NaN,
            Double.NaN,
            "Talks in Washington; a joint statement"));
    a.add(new Act(26, "US", "CN", "tariff", 34, 25, "US imposes 25% on $34B of Chinese goods"));
    a.add(
        new Act(
            26,
            "CN",
            "US",
            "retaliation",
            34,
            25,
            "China retaliates with 25% on $34B of US goods"));
    a.add(new Act(33, "US", "CN", "tariff", 16, 25, "US imposes 25% on a further $16B"));
    a.add(new Act(33, "CN", "US", "retaliation", 16, 25, "China retaliates with 25% on $16B"));
    a.add(new Act(37, "US", "CN", "tariff", 200, 10, "US imposes 10% on $200B of Chinese goods"));
    a.add(new Act(37, "CN", "US", "retaliation", 60, 10, "China retaliates with 10% on $60B"));
    a.add(
        new Act(38, "US", "CN", "threat", 267, 25, "US threatens tariffs on the remaining $267B"));
    a.add(
        new Act(
            43,
            "CN",
            "US",
            "sanction",
            Double.NaN,
            Double.NaN,
            "China lists an unreliable entity"));
    if (course == Course.ESCALATION) {
      a.add(new Act(48, "US", "CN", "talks", Double.NaN, Double.NaN, "Talks at the G20 fail"));
      a.add(new Act(49, "US", "CN", "breakdown", Double.NaN, Double.NaN, "Talks break down"));
      a.add(
          new Act(52, "US", "CN", "raise", 200, 25, "US raises the $200B tranche from 10% to 25%"));
      a.add(new Act(53, "CN", "US", "raise", 60, 25, "China raises the $60B tranche to 25%"));
      a.add(new Act(60, "US", "CN", "tariff", 267, 25, "US imposes 25% on the remaining $267B"));
      a.add(
          new Act(
              61,
              "CN",
              "US",
              "non_tariff",
              Double.NaN,
              Double.NaN,
              "China restricts rare-earth exports"));
      a.add(
          new Act(
              75,
              "US",
              "CN",
              "sanction",
              Double.NaN,
              Double.NaN,
              "US puts a telecoms firm on the entity list"));
      return a;
    }
    a.add(
        new Act(
            48, "US", "CN", "summit", Double.NaN, Double.NaN, "Leaders meet at the G20 dinner"));
    a.add(
        new Act(
            48,
            "US",
            "CN",
            "truce",
            Double.NaN,
            Double.NaN,
            "Truce: tariff rises frozen for 90 days"));
    a.add(new Act(52, "US", "CN", "talks", Double.NaN, Double.NaN, "Talks resume in Beijing"));
    a.add(
        new Act(
            56, "CN", "US", "talks", Double.NaN, Double.NaN, "Talks in Washington make progress"));
    a.add(
        new Act(
            60,
            "US",
            "CN",
            "deadline",
            Double.NaN,
            Double.NaN,
            "The March 1 deadline is extended"));
    a.add(
        new Act(
            62, "US", "CN", "call", Double.NaN, Double.NaN, "Phone call between lead negotiators"));
    a.add(new Act(66, "US", "CN", "talks", Double.NaN, Double.NaN, "Eleventh round of talks"));
    if (course == Course.TRUCE) {
      a.add(
          new Act(
              100, "US", "CN", "talks", Double.NaN, Double.NaN, "Talks continue without result"));
      return a;
    }
    a.add(new Act(70, "US", "CN", "breakdown", Double.NaN, Double.NaN, "Talks break down"));
    a.add(new Act(70, "US", "CN", "raise", 200, 25, "US raises the $200B tranche from 10% to 25%"));
    a.add(new Act(71, "CN", "US", "raise", 60, 25, "China raises the $60B tranche to 25%"));
    a.add(
        new Act(
            72,
            "US",
            "Huawei",
            "sanction",
            Double.NaN,
            Double.NaN,
            "US puts Huawei on the entity list"));
    a.add(new Act(87, "US", "CN", "tariff", 112, 15, "US imposes 15% on $112B"));
    a.add(new Act(87, "CN", "US", "retaliation", 75, 10, "China retaliates with 10% on $75B"));
    a.add(new Act(93, "US", "CN", "talks", Double.NaN, Double.NaN, "Talks in Washington"));
    a.add(new Act(101, "US", "CN", "deal", Double.NaN, Double.NaN, "Phase-one deal agreed"));
    a.add(new Act(107, "US", "CN", "rollback", 112, 7.5, "US halves the tariff on $112B to 7.5%"));
    a.add(
        new Act(
            110,
            "CN",
            "US",
            "commitment_honoured",
            Double.NaN,
            Double.NaN,
            "China buys soybeans as promised"));
    a.add(
        new Act(
            130,
            "CN",
            "US",
            "commitment_broken",
            Double.NaN,
            Double.NaN,
            "China falls short of its purchase commitment"));
    return a;
  }

  /** Writes the folder (created if needed) and returns it. */
  public Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      List<Act> acts = acts();
      StringBuilder ts = new StringBuilder("run,week,date,country,partner,sector,variable,value\n");
      StringBuilder ev =
          new StringBuilder("run,week,date,actor,target,kind,coverage_usd_bn,rate_pct,text\n");
      StringBuilder transcript =
          new StringBuilder("# Transcript: " + title + "\n\n## Replication 1\n\n");
      for (int run = 1; run <= replications; run++) {
        Random rnd = new Random(seed * 31 + run);
        writeRun(run, rnd, acts, ts);
        for (Act a : acts) {
          if (a.week >= weeks) {
            continue;
          }
          LocalDate d = START.plusWeeks(a.week);
          ev.append(run)
              .append(',')
              .append(a.week)
              .append(',')
              .append(d)
              .append(',')
              .append(a.actor)
              .append(',')
              .append(a.target)
              .append(',')
              .append(a.kind)
              .append(',')
              .append(Double.isNaN(a.coverage) ? "" : num(a.coverage))
              .append(',')
              .append(Double.isNaN(a.rate) ? "" : num(a.rate))
              .append(",\"")
              .append(a.text.replace("\"", "\"\""))
              .append("\"\n");
          if (run == 1) {
            transcript.append("- ").append(d).append(" ").append(a.text).append('\n');
          }
        }
      }
      Files.writeString(dir.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("events.csv"), ev, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("transcript.md"), transcript, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("manifest.json"), manifest(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.json"), summary(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("parameters.json"), parameters(), StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeRun(int run, Random rnd, List<Act> acts, StringBuilder ts) {
    for (String importer : new String[] {"US", "CN"}) {
      String exporter = importer.equals("US") ? "CN" : "US";
      double[] base = importer.equals("US") ? US_FROM_CN : CN_FROM_US;
      double baseTotal = 0;
      for (double b : base) {
        baseTotal += b;
      }
      double preWar = importer.equals("US") ? 3.1 : 8.0;
      double adjust = 1;
      double share = 1;
      double extra = 0;
      for (int w = 0; w < weeks; w++) {
        for (Act a : acts) {
          if (a.week == w && a.actor.equals(importer) && !Double.isNaN(a.coverage)) {
            switch (a.kind) {
              case "tariff", "retaliation" -> extra += a.coverage * a.rate / baseTotal;
              case "raise" -> extra += a.coverage * (a.rate - 10) / baseTotal;
              case "rollback" -> extra -= a.coverage * (15 - a.rate) / baseTotal;
              default -> {}
            }
          }
        }
        double target = Math.pow(1 + extra / 100, -2.5);
        adjust += 0.12 * (target - adjust);
        share += 0.04 * (Math.pow(target, 0.8) - share);
        double noise = 1 + 0.015 * rnd.nextGaussian();
        double seasonal = 1 + 0.04 * Math.sin(2 * Math.PI * w / 52.18);
        String date = START.plusWeeks(w).toString();
        double imports = 0;
        double baseline = 0;
        for (int s = 0; s < SECTORS.length; s++) {
          double b = base[s] / 52.18 * seasonal;
          double m = b * adjust * noise;
          baseline += b;
          imports += m;
          row(ts, run, w, date, importer, exporter, SECTORS[s], "imports_usd_bn", m);
          row(ts, run, w, date, importer, exporter, SECTORS[s], "baseline_imports_usd_bn", b);
          row(
              ts,
              run,
              w,
              date,
              importer,
              exporter,
              SECTORS[s],
              "rival_sourcing_share",
              Math.min(1, share * (1 + 0.01 * s * rnd.nextGaussian())));
        }
        double tariff = preWar + extra;
        double lost = Math.max(0, baseline - imports);
        double dwl = 0.5 * extra / 100 * lost;
        row(ts, run, w, date, importer, exporter, "ALL", "imports_usd_bn", imports);
        row(ts, run, w, date, importer, exporter, "ALL", "baseline_imports_usd_bn", baseline);
        row(ts, run, w, date, importer, exporter, "ALL", "diverted_imports_usd_bn", 0.6 * lost);
        row(ts, run, w, date, importer, exporter, "ALL", "avg_tariff_pct", tariff);
        row(
            ts,
            run,
            w,
            date,
            importer,
            exporter,
            "ALL",
            "tariff_revenue_usd_bn",
            imports * tariff / 100);
        row(
            ts,
            run,
            w,
            date,
            importer,
            exporter,
            "ALL",
            "consumer_cost_usd_bn",
            imports * extra / 100 + dwl);
        row(ts, run, w, date, importer, exporter, "ALL", "deadweight_loss_usd_bn", dwl);
        row(ts, run, w, date, importer, exporter, "ALL", "rival_sourcing_share", share);
        row(ts, run, w, date, importer, "", "ALL", "pain_index", 100 * lost / baseline);
      }
    }
  }

  private static void row(
      StringBuilder ts,
      int run,
      int w,
      String date,
      String c,
      String p,
      String s,
      String v,
      double value) {
    ts.append(run)
        .append(',')
        .append(w)
        .append(',')
        .append(date)
        .append(',')
        .append(c)
        .append(',')
        .append(p)
        .append(',')
        .append(s)
        .append(',')
        .append(v)
        .append(',')
        .append(num(value))
        .append('\n');
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private String manifest() {
    return "{\"tool\":\"tradewar\",\"version\":\"0.1.0\",\"scenario\":{\"file\":\"scenarios/"
        + scenario
        + ".yaml\",\"sha256\":\"ab12\",\"name\":"
        + json(scenario)
        + ",\"title\":"
        + json(title)
        + ",\"description\":"
        + json(description)
        + "},\"calibration\":{\"file\":\"seeds\",\"sha256\":\"cd34\"},"
        + "\"seed\":"
        + seed
        + ",\"replications\":"
        + replications
        + ",\"weeks\":"
        + weeks
        + ",\"start_date\":\"2018-01-01\",\"firms\":10000,\"command_line\":\"tradewar run"
        + " scenarios/"
        + scenario
        + ".yaml --seed "
        + seed
        + "\",\"started_at\":\"2026-11-23T12:00:00Z\","
        + "\"wall_time_seconds\":0.41}\n";
  }

  private String summary() {
    String outcome =
        switch (course) {
          case DEAL -> "deal";
          case TRUCE -> "truce";
          case ESCALATION -> "no_agreement";
        };
    String dealWeek = course == Course.DEAL ? "101" : "null";
    String truceWeek = course == Course.ESCALATION ? "null" : "48";
    String metrics =
        "{\"deal_week\":"
            + dealWeek
            + ",\"truce_week\":"
            + truceWeek
            + ",\"first_tariff_week\":26,\"talk_rounds\":11,\"peak_avg_tariff_pct_us\":21.0,"
            + "\"peak_avg_tariff_pct_cn\":21.8,\"final_avg_tariff_pct_us\":19.3,\"final_avg_tariff_pct_cn\":20.7,"
            + "\"imports_change_pct_us\":-14.2,\"imports_change_pct_cn\":-22.5,\"imports_change_usd_bn_us\":-198.4,"
            + "\"imports_change_usd_bn_cn\":-80.1,\"diverted_imports_usd_bn_us\":119.0,"
            + "\"diverted_imports_usd_bn_cn\":48.1,\"tariff_revenue_usd_bn_us\":102.3,"
            + "\"tariff_revenue_usd_bn_cn\":38.2,\"consumer_cost_usd_bn_us\":88.9,\"consumer_cost_usd_bn_cn\":30.4,"
            + "\"deadweight_loss_usd_bn_us\":7.1,\"deadweight_loss_usd_bn_cn\":3.2,\"peak_pain_index_us\":18.5,"
            + "\"peak_pain_index_cn\":26.0}";
    StringBuilder runs = new StringBuilder();
    for (int r = 1; r <= replications; r++) {
      runs.append(r == 1 ? "" : ",")
          .append("{\"run\":")
          .append(r)
          .append(",\"seed\":")
          .append(seed + r - 1)
          .append(",\"outcome\":\"")
          .append(outcome)
          .append("\",\"metrics\":")
          .append(metrics)
          .append('}');
    }
    return "{\"scenario\":"
        + json(scenario)
        + ",\"title\":"
        + json(title)
        + ",\"seed\":"
        + seed
        + ",\"replications\":"
        + replications
        + ",\"weeks\":"
        + weeks
        + ",\"start_date\":\"2018-01-01\","
        + "\"outcome\":\""
        + outcome
        + "\",\"metrics\":"
        + metrics
        + ",\"runs\":["
        + runs
        + "]}\n";
  }

  private String parameters() {
    return "{\"parameters\":[{\"path\":\"escalation.first_threat.coverage_usd_bn\",\"value\":50,\"unit\":\"USD"
               + " bn\","
               + "\"origin\":\"article\",\"facts\":[{\"file\":\"seeds/000_25e6800912d78112.txt\",\"sentence\":"
        + json(
            "The US has threatened to impose 25 per cent punitive duties on up to USD 150 billion"
                + " in Chinese goods while China has targeted USD 50 billion in American exports.")
        + ",\"span\":[412,560]}]},"
        + "{\"path\":\"escalation.step_rate_pct\",\"value\":25,\"unit\":\"%\",\"origin\":\"article\","
        + "\"facts\":[{\"file\":\"seeds/003_8ef6e5c583f5d653.txt\",\"sentence\":"
        + json(
            "Tariffs on $200 billion of goods rise from 10 percent to 25 percent <on Friday> &"
                + " more.")
        + ",\"span\":[100,180]}]},"
        + "{\"path\":\"economy.elasticity\",\"value\":2.5,\"unit\":\"\",\"origin\":\"default\",\"source\":\"Fajgelbaum"
        + " et al. (2020), The Return to Protectionism, QJE\"},"
        + "{\"path\":\"economy.pass_through\",\"value\":1.0,\"unit\":\"share\",\"origin\":\"default\",\"source\":\"Amiti,"
        + " Redding and Weinstein (2019)\"},"
        + "{\"path\":\"negotiators.US.0.hawkishness\",\"value\":0.8,\"unit\":\"0..1\","
        + "\"origin\":\"scenario\",\"source\":\"scenarios/"
        + scenario
        + ".yaml line 12\"}"
        + "]}\n";
  }
}
