package dev.dealgraph.cli;

import dev.dealgraph.store.Export;
import dev.dealgraph.store.Store;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the whole store, or one graph, as TriG, N-Quads, Turtle or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store (or one named graph) as trig, nquads, turtle or jsonld.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "trig", description = "trig, nquads, turtle or jsonld (default: trig).")
  String format;

  @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
  String graph;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Export.Format chosen = Export.Format.named(format);
    try (Store opened = Store.open(store.directory);
         OutputStream target = new BufferedOutputStream(out == null ? System.out : Files.newOutputStream(out))) {
      new Export(opened).write(target, chosen, Optional.ofNullable(graph));
    }
    return 0;
  }
}
