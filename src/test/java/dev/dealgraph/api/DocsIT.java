package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API's own documents: OpenAPI, the Redoc page with its script from the jar, the JSON-LD context. */
class DocsIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_openapi_document_is_served_as_json() {
    JsonNode doc = server.json("/api/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
  }

  @Test
  void GET_docs_page_loads_redoc_from_the_server_itself() {
    HttpResponse<String> page = server.http().get("/api/docs", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/api/openapi.json").contains("/webjars/redoc/").doesNotContain("cdn");
    String script = page.body().replaceAll("(?s).*src=\"([^\"]+redoc[^\"]+)\".*", "$1");
    assertThat(server.http().get(script).statusCode()).isEqualTo(200);
  }

  @Test
  void GET_json_ld_context_is_served() {
    HttpResponse<String> context = server.http().get("/api/context.jsonld");
    assertThat(context.statusCode()).isEqualTo(200);
    assertThat(context.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/ld+json"));
    assertThat(ApiServer.parse(context.body()).at("/@context/dg").asText())
        .isEqualTo("https://dealgraph.dev/ontology#");
  }
}
