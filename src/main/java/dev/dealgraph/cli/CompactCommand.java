package dev.dealgraph.cli;

import dev.dealgraph.App;
import dev.dealgraph.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Compacts the store: writes its live data anew and deletes the space earlier write transactions left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Give back the disk space that earlier writes left in the store (the server must be stopped).")
final class CompactCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Store opened = Store.open(store.directory)) {
      long before = opened.diskBytes();
      long started = System.nanoTime();
      long after = opened.compact();
      spec.commandLine().getOut().printf("compacted %s from %d MB to %d MB in %.1f s%n", store.directory,
          before >> 20, after >> 20, (System.nanoTime() - started) / 1e9);
      App.settle(opened);
    }
    return 0;
  }
}
