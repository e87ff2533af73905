package org.tradewar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar, so there is one place to change it: the pom. */
public final class VersionProvider implements IVersionProvider {
  /** The tool's version, "unknown" when run from classes Maven has not filtered. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/tradewar-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"tradewar " + version(), "Java " + System.getProperty("java.version")};
  }
}
