package dev.dealgraph.sparql;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Mounts Fuseki's SPARQL services into a servlet context owned by another server.
 *
 * <p>Fuseki is built but never started: its registries go into the shared servlet context and its filter
 * answers the paths of its services, letting every other request fall through to the JSON API and the web pages.
 * This relies on public Fuseki classes without a documented contract; {@code OnePortIT} guards it.
 */
public final class SparqlEndpoints {
  /** The paths Fuseki answers; none may equal a route prefix of the JSON API or the web pages. */
  public static final Set<String> PATHS = Set.of("/sparql", "/update", "/data");

  /** Fuseki's limit for form-encoded bodies; Jetty's default is far smaller and a large query would fail. */
  private static final int MAX_FORM_BYTES = 25 * 1024 * 1024;

  private SparqlEndpoints() {}

  /** Installs the endpoints for {@code dataset} into {@code context}, with the guard in front of them. */
  public static void mount(ServletContextHandler context, DatasetGraph dataset, SparqlSettings settings) {
    dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
    FusekiServer fuseki = FusekiServer.create()
        .add("/sparql", service(dataset, Operation.Query))
        .add("/update", service(dataset, Operation.Update))
        .add("/data", service(dataset, Operation.GSP_RW))
        .build();
    DataAccessPointRegistry.set(context.getServletContext(), fuseki.getDataAccessPointRegistry());
    OperationRegistry.set(context.getServletContext(), fuseki.getOperationRegistry());
    context.setMaxFormContentSize(MAX_FORM_BYTES);
    EnumSet<DispatcherType> request = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(new SparqlGuard(settings)), "/*", request);
    context.addFilter(new FilterHolder(new FusekiFilter()), "/*", request);
  }

  private static DataService service(DatasetGraph dataset, Operation operation) {
    return DataService.newBuilder(dataset).addEndpoint(operation, "").build();
  }
}
