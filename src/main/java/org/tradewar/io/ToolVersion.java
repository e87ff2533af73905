package org.tradewar.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, which Maven writes into the jar: one place to change it, the pom. */
public final class ToolVersion {
  private ToolVersion() {}

  /** The version, or "unknown" when run from classes Maven has not filtered. */
  public static String version() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/tradewar-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
