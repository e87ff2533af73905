package org.tradewar.cli;

import org.tradewar.io.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code tradewar --version}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "tradewar " + ToolVersion.version(), "Java " + System.getProperty("java.version")
    };
  }
}
