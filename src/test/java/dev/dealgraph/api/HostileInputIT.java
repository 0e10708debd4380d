package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import dev.dealgraph.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends hostile text in every parameter of every GET the OpenAPI document lists: SPARQL fragments, quotes, braces,
 * '#', angle brackets, 10,000 characters, unicode. No answer may be a 5xx; a 200 list may only shrink; and the
 * store must be untouched afterwards (same counts, same generation, hence the same ETag).
 */
class HostileInputIT {
  private static final List<String> HOSTILE = List.of(
      "\" } } DROP ALL ; SELECT * WHERE { ?s ?p ?o",
      "amazon> } UNION { ?s ?p ?o } #",
      "<https://dealgraph.dev/id/org/amazon>",
      "/id/org/amazon> . ?s ?p ?o . <x",
      "' OR '1'='1",
      "\"quoted\" \\\"escaped\\\" 'single'",
      "{{braces}} #hash <angle> >gt <lt",
      "x".repeat(10_000),
      "\u00dcn\u00efc\u00f8d\u00e9 \uD83D\uDE80 \u4e2d\u6587 \u202e \u0000",
      "../../../etc/passwd",
      "%00%27%22",
      "1e999999",
      "-1",
      "");

  @TempDir static Path dir;
  static ApiServer server;
  static Map<String, String> baseline;

  @BeforeAll
  static void start() {
    server = ApiServer.start(dir);
    baseline = new LinkedHashMap<>();
    baseline.put("/api/investments/{id}", server.json("/api/investments?limit=1").at("/items/0/id").asText());
    baseline.put("/api/rounds/{id}", server.json("/api/rounds?limit=1").at("/items/0/id").asText());
    baseline.put("/api/organizations/{id}", "amazon");
    baseline.put("/api/articles/{id}", "n1-amazon-pledge");
    baseline.put("/api/queries/{name}", "deals-of-investor");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void hostileTextInEveryParameterNeverInjectsAndNeverFailsTheServer() throws IOException {
    HttpResponse<String> statsBefore = server.http().get("/api/stats");
    String healthBefore = server.http().get("/api/health").body();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    JsonNode paths = openApi().get("paths");
    for (var it = paths.fields(); it.hasNext(); ) {
      var entry = it.next();
      String template = entry.getKey();
      JsonNode parameters = entry.getValue().at("/get/parameters");
      List<String> queryParams = new ArrayList<>();
      parameters.forEach(p -> {
        if (p.get("in").asText().equals("query")) {
          queryParams.add(p.get("name").asText());
        }
      });
      if (template.equals("/api/queries/{name}")) {
        queryParams.addAll(List.of("investor", "limit"));
      }
      for (String value : HOSTILE) {
        if (template.contains("{")) {
          requests++;
          check(pathWith(template, value, ""), template, failures);
        }
        for (String param : queryParams) {
          requests++;
          check(pathWith(template, baseline.getOrDefault(template, ""), required(template, param))
              + "&" + param + "=" + Http.encode(value), template, failures);
        }
      }
    }
    assertThat(requests).isGreaterThan(300);
    assertThat(failures).as("hostile requests answered badly").isEmpty();

    assertThat(server.http().get("/api/health").body()).isEqualTo(healthBefore);
    HttpResponse<String> statsAfter = server.http().get("/api/stats");
    assertThat(statsAfter.body()).isEqualTo(statsBefore.body());
    assertThat(statsAfter.headers().firstValue("ETag")).isEqualTo(statsBefore.headers().firstValue("ETag"));
  }

  /** Returns the path with its path parameter filled in and the required parameters other than {@code param}. */
  private static String pathWith(String template, String id, String required) {
    String path = template.replaceAll("\\{[^}]+}", Http.encode(id).replace("+", "%20"));
    return path + "?" + required;
  }

  private static String required(String template, String param) {
    if (template.equals("/api/search") && !param.equals("q")) {
      return "q=anthropic";
    }
    if (template.equals("/api/queries/{name}") && !param.equals("investor")) {
      return "investor=%2Fid%2Forg%2Famazon";
    }
    return "";
  }

  private static void check(String path, String template, List<String> failures) {
    HttpResponse<String> response = server.http().get(path.replace("?&", "?"));
    int status = response.statusCode();
    String shown = path.length() > 140 ? path.substring(0, 140) + "…" : path;
    if (status >= 500) {
      failures.add(status + " " + shown + ": " + response.body());
      return;
    }
    if (status == 200 || status >= 400 && status < 500) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (status != 200 && !type.startsWith("application/problem+json")) {
        failures.add(status + " without problem details " + shown + ": " + type);
      }
      if (status == 200 && type.startsWith("application/json")) {
        JsonNode body = ApiServer.parse(response.body());
        JsonNode items = body.path("items");
        JsonNode full = ApiServer.parse(server.http().get(template.contains("{") ? path.substring(0,
            path.indexOf('?')) : template).body());
        if (items.isArray() && full.has("total") && body.has("total")
            && body.get("total").asLong() > full.get("total").asLong()) {
          failures.add("more results than without the filter: " + shown);
        }
      }
    }
  }

  private static JsonNode openApi() throws IOException {
    try (InputStream in = HostileInputIT.class.getResourceAsStream("/dealgraph/api/openapi.json")) {
      return ApiServer.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
