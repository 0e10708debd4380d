package dev.dealgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.http.WriteToken;
import dev.dealgraph.store.Store;
import dev.dealgraph.web.LinkedDataController;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document and the routes the server declares in step, in both directions. */
class OpenApiRoutesTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @Test
  void openApiDocumentListsExactlyTheDeclaredApiRoutes() throws IOException {
    Set<String> declared = new TreeSet<>();
    try (Store store = Store.inMemory()) {
      new Routes(App.controllers(store, App.ingestion(store, Batching.shared(1)), WriteToken.of(Optional.empty())),
          new LinkedDataController(store)).apiRoutes()
          .forEach(r -> declared.add(r.method().name().toUpperCase(Locale.ROOT) + " " + r.path()));
    }
    Set<String> documented = new TreeSet<>();
    JsonNode paths = openApi().get("paths");
    paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
      if (METHODS.contains(method)) {
        documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }));
    List<String> mismatches = new ArrayList<>();
    declared.stream().filter(r -> !documented.contains(r)).forEach(r -> mismatches.add("served, not documented: " + r));
    documented.stream().filter(r -> !declared.contains(r)).forEach(r -> mismatches.add("documented, not served: " + r));
    assertThat(mismatches).as("OpenAPI document vs. server/Routes.java").isEmpty();
  }

  private static JsonNode openApi() throws IOException {
    try (InputStream in = OpenApiRoutesTest.class.getResourceAsStream("/dealgraph/api/openapi.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
