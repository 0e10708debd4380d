package dev.dealgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"dealgraph " + (version == null ? "development build" : version)};
  }
}
