package dev.dealgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Describes the machine a benchmark ran on: cores, memory, JVM, operating system and how busy it was, since
 * figures from a shared machine mean little without its load.
 *
 * @param cores     processors the JVM may use
 * @param ramBytes  physical memory, zero when unknown
 * @param heapBytes the JVM's maximum heap
 * @param jvm       JVM name and version
 * @param os        operating system, version and architecture
 * @param load      the one-minute load average when measured, negative when unknown
 */
record Machine(int cores, long ramBytes, long heapBytes, String jvm, String os, double load) {

  /** Describes this machine now. */
  static Machine now() {
    Runtime rt = Runtime.getRuntime();
    return new Machine(rt.availableProcessors(), physicalMemory(), rt.maxMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Returns the one-minute load average now, negative when unknown. */
  static double loadNow() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Returns the same machine with the load average as it is now, for a row written after a long run. */
  Machine reloaded() {
    return new Machine(cores, ramBytes, heapBytes, jvm, os, loadNow());
  }

  /** Returns one line for the log: "2 cores, 23.4 GB RAM, heap ≤ 1.0 GB, OpenJDK …, Linux …, load 6.4". */
  String line() {
    return String.format(Locale.ROOT, "%d cores, %.1f GB RAM, heap max %.1f GB, %s, %s, load %.1f", cores,
        ramBytes / 1e9, heapBytes / 1e9, jvm, os, load);
  }

  private static long physicalMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc is hidden: the figure is reported as unknown.
    }
    return 0;
  }
}
