package dev.dealgraph.graph;

import java.util.Objects;

/**
 * Names the extractor and its version, recorded as the PROV software agent behind every claim.
 *
 * @param name    lower-case words joined by '-' ("dealgraph-extractor")
 * @param version the version, bumped whenever the extractor's output for the same article can change
 */
public record ExtractorInfo(String name, String version) {
  /** The extractor shipped with this build. */
  public static final ExtractorInfo CURRENT = new ExtractorInfo("dealgraph-extractor", "0.1.0");

  public ExtractorInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("extractor name must be lower-case words joined by '-': " + name);
    }
    if (!version.matches("[0-9A-Za-z]+([.-][0-9A-Za-z]+)*")) {
      throw new IllegalArgumentException("extractor version must be letters and digits joined by '.' or '-': "
          + version);
    }
  }

  /** Returns "name-version", the key of the extractor's IRI. */
  public String key() {
    return name + "-" + version;
  }
}
