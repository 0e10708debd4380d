package dev.dealgraph.cli;

import dev.dealgraph.store.Store;
import dev.dealgraph.store.StoreCounts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print what the store holds.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Store opened = Store.open(store.directory)) {
      StoreCounts counts = opened.counts();
      spec.commandLine().getOut().printf("graphs: %d%nquads: %d%n", counts.graphs(), counts.quads());
    }
    return 0;
  }
}
