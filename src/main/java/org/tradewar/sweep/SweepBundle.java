package org.tradewar.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tradewar.io.AtomicFiles;
import org.tradewar.io.BadInputException;
import org.tradewar.io.LocatedTree;

/**
 * A sweep packed with everything it reads into one zip, so it runs where the project's folders are
 * not (another machine, a cluster's executors): the sweep file, its base scenario and the
 * scenario's calibration (a seeds folder or a JSON file), parameter file and behaviour draws, at
 * their places relative to the folder that holds them all, so every relative path resolves as it
 * did. The zip's bytes depend only on the files (sorted entries, fixed times).
 *
 * <p>Opening a bundle extracts it once into {@code <tmp>/tradewar-bundles/<sha256 of the zip>}: the
 * same path for the same bundle, so a sweep folder's manifest names a sweep file that a merge, or a
 * rerun on another machine, finds again.
 */
public final class SweepBundle {
  /** The entry that names the sweep file inside the bundle. */
  public static final String INDEX = "tradewar-bundle.json";

  /** The largest bundle read or written. */
  static final long MAX_BYTES = 256L << 20;

  private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip format's first day

  private SweepBundle() {}

  /** True for a path that names a bundle. */
  public static boolean isBundle(Path p) {
    return p.getFileName() != null
        && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
  }

  /** Packs {@code sweepFile} and what it reads into {@code zip}; returns the files packed. */
  public static List<String> write(Path sweepFile, Path zip) {
    Packed p = pack(sweepFile, zip.toString());
    AtomicFiles.write(zip, p.bytes());
    return p.entries();
  }

  /** A bundle's bytes and the files in it. */
  @SuppressWarnings("ArrayRecordComponent") // bytes to write; never compared or hashed
  public record Packed(byte[] bytes, List<String> entries) {}

  /** The bundle of {@code sweepFile}, in memory ({@code label} names it in messages). */
  public static Packed pack(Path sweepFile, String label) {
    SweepSpec spec = SweepLoader.load(sweepFile); // refuses a bad sweep before packing it
    List<Path> files = new ArrayList<>();
    Path sweep = sweepFile.toAbsolutePath().normalize();
    files.add(sweep);
    if (spec.base() instanceof ScenarioModel sm) {
      Path scenario = sm.scenario().file().toAbsolutePath().normalize();
      if (!sweep.getParent().resolve(sm.label()).normalize().equals(scenario)) {
        throw new BadInputException(
            sweepFile
                + ": base '"
                + sm.label()
                + "' was found in the working folder, not beside the sweep file; a bundle needs it"
                + " relative to the sweep file (e.g. ../"
                + scenario.getFileName()
                + ")");
      }
      files.add(scenario);
      files.addAll(references(scenario));
    }
    Path root = sweep.getParent();
    for (Path f : files) {
      while (!f.startsWith(root)) {
        root = root.getParent();
      }
    }
    TreeSet<String> entries = new TreeSet<>();
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        try (Stream<Path> s = Files.walk(f)) {
          for (Path p : s.filter(Files::isRegularFile).toList()) {
            entries.add(entryName(root, p));
          }
        } catch (IOException e) {
          throw new BadInputException("cannot read " + f + ": " + AtomicFiles.describe(e));
        }
      } else {
        entries.add(entryName(root, f));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long total = 0;
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      ObjectNode index = new ObjectMapper().createObjectNode();
      index.put("sweep", entryName(root, sweep));
      index.put("fingerprint", spec.fingerprint());
      put(z, INDEX, (index.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
      for (String e : entries) {
        byte[] b = Files.readAllBytes(root.resolve(e));
        total += b.length;
        if (total > MAX_BYTES) {
          throw new BadInputException(
              label + ": the files to bundle pass " + (MAX_BYTES >> 20) + " MB");
        }
        put(z, e, b);
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + label + ": " + AtomicFiles.describe(e));
    }
    return new Packed(bytes.toByteArray(), List.copyOf(entries));
  }

  private static void put(ZipOutputStream z, String name, byte[] b) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    z.putNextEntry(e);
    z.write(b);
    z.closeEntry();
  }

  private static String entryName(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /**
   * What a scenario reads besides itself, found as the scenario loader finds it: the calibration
   * beside the scenario or in its parent folder, parameter and behaviour files relative to it.
   */
  private static List<Path> references(Path scenario) {
    JsonNode root = LocatedTree.read(scenario).root();
    Path dir = scenario.getParent();
    List<Path> out = new ArrayList<>();
    String calibration = root.path("calibration").asText("seeds");
    Path found = null;
    for (Path c :
        dir.getParent() == null
            ? List.of(dir.resolve(calibration))
            : List.of(dir.resolve(calibration), dir.getParent().resolve(calibration))) {
      if (Files.exists(c)) {
        found = c.normalize();
        break;
      }
    }
    if (found == null) {
      throw new BadInputException(
          scenario
              + ": calibration '"
              + calibration
              + "' is neither beside the scenario nor in its parent folder; a bundle needs it at"
              + " one of those places (not only in the working folder)");
    }
    out.add(found);
    if (root.has("parameters_from")) {
      out.add(dir.resolve(root.path("parameters_from").asText()).normalize());
    }
    if (root.has("behaviour_from")) {
      Path b = dir.resolve(root.path("behaviour_from").asText()).normalize();
      out.add(Files.isDirectory(b) ? b.resolve("accepted.csv") : b);
    }
    return out;
  }

  /**
   * The sweep file of a bundle, extracted (once: an extraction of the same bundle is reused).
   * Entries that would land outside the folder, and bundles past {@value #MAX_BYTES} bytes, are
   * refused.
   */
  public static Path open(Path zip) {
    return open(read(zip), zip);
  }

  /** The bytes of a bundle file, refused past {@value #MAX_BYTES} bytes. */
  public static byte[] read(Path zip) {
    try {
      if (Files.size(zip) > MAX_BYTES) {
        throw new BadInputException(zip + ": a bundle is at most " + (MAX_BYTES >> 20) + " MB");
      }
      return Files.readAllBytes(zip);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + zip + ": " + AtomicFiles.describe(e));
    }
  }

  /** The sweep file of a bundle given as bytes (a data engine's executors), extracted once. */
  public static Path open(byte[] b) {
    return open(b, Path.of("bundle"));
  }

  private static Path open(byte[] b, Path zip) {
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "tradewar-bundles", sha256(b));
    if (!Files.isRegularFile(target.resolve(INDEX))) {
      try {
        AtomicFiles.writeFolder(target, dir -> extract(zip, b, dir));
      } catch (BadInputException e) {
        if (!Files.isRegularFile(
            target.resolve(INDEX))) { // else another process extracted it meanwhile
          throw e;
        }
      }
    }
    try {
      JsonNode index = new ObjectMapper().readTree(target.resolve(INDEX).toFile());
      String sweep = index.path("sweep").asText("");
      Path f = target.resolve(sweep).normalize();
      if (sweep.isEmpty() || !f.startsWith(target) || !Files.isRegularFile(f)) {
        throw new BadInputException(zip + ": " + INDEX + " names no sweep file of the bundle");
      }
      return f;
    } catch (IOException e) {
      throw new BadInputException(zip + ": " + INDEX + ": cannot read: " + AtomicFiles.describe(e));
    }
  }

  private static void extract(Path zip, byte[] b, Path dir) throws IOException {
    boolean indexed = false;
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(b))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        Path f = dir.resolve(e.getName()).normalize();
        if (!f.startsWith(dir) || f.equals(dir)) {
          throw new BadInputException(
              zip + ": entry '" + e.getName() + "' would be written outside the bundle");
        }
        if (e.isDirectory()) {
          Files.createDirectories(f);
          continue;
        }
        Files.createDirectories(f.getParent());
        total += copy(in, f, MAX_BYTES - total, zip);
        indexed |= e.getName().equals(INDEX);
      }
    } catch (java.util.zip.ZipException e) {
      throw new BadInputException(zip + ": not a readable zip (" + e.getMessage() + ")");
    }
    if (!indexed) {
      throw new BadInputException(
          zip
              + ": not a sweep bundle (no "
              + INDEX
              + "); make one with "
              + "'tradewar sweep bundle FILE --out X.zip'");
    }
  }

  private static long copy(InputStream in, Path f, long room, Path zip) throws IOException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (var out = Files.newOutputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > room) {
          throw new BadInputException(
              zip + ": its files pass " + (MAX_BYTES >> 20) + " MB once extracted");
        }
        out.write(buf, 0, r);
      }
    }
    return n;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
