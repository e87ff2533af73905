package org.tradewar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards 1/3, 2/3 and 3/3 merged give the files of one run byte for byte (the manifest's sessions
 * and the report's session lines aside: clocks); a missing, repeated, foreign or unfinished shard
 * is refused with one line naming the folder, exit 2.
 */
class SweepShardCommandTest {
  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path sweep(String name, String body) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(
        f, "base: builtin:ishigami\n" + body + "metrics:\n  - y\n  - {name: p_ok, outcome: ok}\n");
    return f;
  }

  private static final String SOBOL =
      "design: sobol\nsamples: 64\nreplications: 2\nseed: 3\nbootstrap: 50\naxes:\n"
          + "  x1: {min: -3.14, max: 3.14}\n  x2: {min: -3.14, max: 3.14}\n  x3: [-1, 0, 1]\n";
  private static final String RANDOM =
      "design: random\nsamples: 10\nreplications: 3\nseed: 4\naxes:\n"
          + "  x1: {min: -3, max: 3}\n  x2: [0, 1]\n";

  private void shards(Path f, int n, String prefix) {
    for (int i = 1; i <= n; i++) {
      assertEquals(
          0,
          run(
              "sweep",
              f.toString(),
              "--shard",
              i + "/" + n,
              "--out",
              dir.resolve(prefix + i).toString(),
              "--threads",
              "2",
              "--quiet"),
          err.toString());
    }
  }

  @Test
  void threeShardsMergedEqualOneRun() throws IOException {
    for (String body : List.of(SOBOL, RANDOM)) {
      String tag = body == SOBOL ? "sobol" : "random";
      Path f = sweep(tag + ".yaml", body);
      Path whole = dir.resolve(tag + "-whole");
      assertEquals(
          0,
          run("sweep", f.toString(), "--out", whole.toString(), "--threads", "2", "--quiet"),
          err.toString());
      shards(f, 3, tag + "-s");
      Path merged = dir.resolve(tag + "-merged");
      // given out of order: the merge orders them by their manifests
      assertEquals(
          0,
          run(
              "sweep",
              "merge",
              dir.resolve(tag + "-s3").toString(),
              dir.resolve(tag + "-s1").toString(),
              dir.resolve(tag + "-s2").toString(),
              "--out",
              merged.toString()),
          err.toString());
      assertTrue(out.toString().contains("merged 3 shards"), out.toString());
      assertSameFolder(whole, merged);
    }
  }

  @Test
  void aShardResumesIntoItsOwnFolderOnly() throws IOException {
    Path f = sweep("r.yaml", RANDOM);
    shards(f, 2, "p");
    assertEquals(
        2,
        run(
            "sweep",
            f.toString(),
            "--shard",
            "1/2",
            "--out",
            dir.resolve("p2").toString(),
            "--quiet"));
    assertTrue(
        err.toString().contains("holds shard 2/2 of this sweep, not shard 1/2"), err.toString());
    assertEquals(2, run("sweep", f.toString(), "--shard", "3/2", "--quiet"));
    assertTrue(err.toString().contains("--shard 3/2: expected I/N"), err.toString());
  }

  @Test
  void aMissingShardIsRefused() throws IOException {
    Path f = sweep("r.yaml", RANDOM);
    shards(f, 3, "m");
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("m1").toString(),
            dir.resolve("m3").toString(),
            "--out",
            dir.resolve("out").toString()));
    assertOneLine(
        "sweep merge: shard 2/3 is missing (given: "
            + dir.resolve("m1")
            + " 1/3, "
            + dir.resolve("m3")
            + " 3/3)");
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("m1").toString(),
            dir.resolve("m2").toString(),
            dir.resolve("m2").toString(),
            dir.resolve("m3").toString(),
            "--out",
            dir.resolve("out2").toString()));
    assertOneLine(dir.resolve("m2") + ": shard 2/3 is given twice");
  }

  @Test
  void aForeignShardIsRefused() throws IOException {
    Path f = sweep("r.yaml", RANDOM);
    Path g = sweep("g.yaml", RANDOM.replace("seed: 4", "seed: 5"));
    shards(f, 2, "f");
    assertEquals(
        0,
        run(
            "sweep",
            g.toString(),
            "--shard",
            "2/2",
            "--out",
            dir.resolve("g2").toString(),
            "--quiet"));
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("f1").toString(),
            dir.resolve("g2").toString(),
            "--out",
            dir.resolve("out").toString()));
    assertOneLine(dir.resolve("g2") + ": a shard of another sweep than " + dir.resolve("f1"));
    Path whole = dir.resolve("whole");
    assertEquals(
        0, run("sweep", f.toString(), "--out", whole.toString(), "--quiet", "--no-charts"));
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("f1").toString(),
            whole.toString(),
            "--out",
            dir.resolve("out3").toString()));
    assertOneLine(whole + ": a whole sweep, not a shard");
  }

  @Test
  void anUnfinishedShardIsRefused() throws IOException {
    Path f = sweep("r.yaml", RANDOM);
    shards(f, 2, "u");
    Path m = dir.resolve("u2").resolve("manifest.json");
    ObjectNode n = (ObjectNode) new ObjectMapper().readTree(m.toFile());
    n.put("complete", false);
    Files.writeString(m, n.toString());
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("u1").toString(),
            dir.resolve("u2").toString(),
            "--out",
            dir.resolve("out").toString()));
    assertOneLine(dir.resolve("u2") + ": shard 2/2 is not finished");
    n.put("complete", true);
    Files.writeString(m, n.toString());
    List<String> rows = Files.readAllLines(dir.resolve("u2").resolve("runs.csv"));
    Files.write(dir.resolve("u2").resolve("runs.csv"), rows.subList(0, rows.size() - 1));
    assertEquals(
        2,
        run(
            "sweep",
            "merge",
            dir.resolve("u1").toString(),
            dir.resolve("u2").toString(),
            "--out",
            dir.resolve("out2").toString()));
    assertOneLine(dir.resolve("u2").resolve("runs.csv") + ": 14 of the shard's 15 runs");
  }

  private void assertOneLine(String start) {
    String e = err.toString();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("tradewar: " + start), e);
  }

  /** Every file of {@code a} in {@code b}, equal byte for byte; the manifest without sessions. */
  static void assertSameFolder(Path a, Path b) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(a)) {
      files = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
    }
    try (Stream<Path> s = Files.walk(b)) {
      assertEquals(files, s.filter(Files::isRegularFile).map(b::relativize).sorted().toList());
    }
    assertTrue(
        files.contains(Path.of("runs.csv")) && files.contains(Path.of("summary.csv")),
        files.toString());
    for (Path rel : files) {
      if (rel.toString().equals("manifest.json")) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode ma = (ObjectNode) om.readTree(a.resolve(rel).toFile());
        ObjectNode mb = (ObjectNode) om.readTree(b.resolve(rel).toFile());
        ma.remove("sessions");
        mb.remove("sessions");
        assertEquals(ma, mb);
      } else if (rel.toString().equals("report.html")) {
        assertEquals(withoutSessions(a.resolve(rel)), withoutSessions(b.resolve(rel)));
      } else {
        assertArrayEquals(
            Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel)), rel.toString());
      }
    }
  }

  private static List<String> withoutSessions(Path report) throws IOException {
    return Files.readAllLines(report, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("<tr><th>Session</th>"))
        .toList();
  }
}
