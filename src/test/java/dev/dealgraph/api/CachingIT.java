package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.testing.ApiServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ETags, 304 and Cache-Control on every GET of the JSON API, and their change when the store changes. */
class CachingIT {
  @TempDir Path dir;

  @Test
  void GET_answers_etag_and_304_when_the_client_holds_it() {
    ApiServer server = ApiServer.shared();
    HttpResponse<String> first = server.http().get("/api/investments?investor=amazon");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

    HttpResponse<String> again = server.http().get("/api/investments?investor=amazon", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);

    assertThat(server.http().get("/api/investments?investor=google").headers().firstValue("ETag"))
        .isPresent().get().isNotEqualTo(etag);
    assertThat(server.http().get("/api/investments?investor=amazon", "Accept", "application/json")
        .headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
  }

  @Test
  void a_repeated_request_is_answered_from_memory_with_the_same_body_and_headers() {
    ApiServer server = ApiServer.shared();
    HttpResponse<String> first = server.http().get("/api/rounds?sort=amount");
    HttpResponse<String> second = server.http().get("/api/rounds?sort=amount");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    for (String header : List.of("ETag", "Cache-Control", "Content-Type", "Content-Security-Policy")) {
      assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
    }
  }

  @Test
  void errors_carry_no_etag() {
    HttpResponse<String> missing = ApiServer.shared().http().get("/api/organizations/no-such-org");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void a_write_to_the_store_changes_every_etag() {
    try (ApiServer server = ApiServer.start(dir)) {
      String before = server.http().get("/api/stats").headers().firstValue("ETag").orElseThrow();
      server.app().store().write(() -> server.app().store().dataset().add(NodeFactory.createURI("urn:g"),
          NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
      HttpResponse<String> after = server.http().get("/api/stats", "If-None-Match", before);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
    }
  }

  @Test
  void without_a_response_cache_answers_keep_their_etag_and_304() {
    ServerConfig base = ServerConfig.forTests(Optional.empty());
    ServerConfig uncached = new ServerConfig(base.host(), base.port(), base.writeToken(), base.queryTimeout(),
        base.corsOrigins(), base.maxUploadBytes(), 0);
    try (ApiServer server = ApiServer.start(dir, uncached)) {
      HttpResponse<String> first = server.http().get("/api/stats");
      HttpResponse<String> second = server.http().get("/api/stats");
      String etag = first.headers().firstValue("ETag").orElseThrow();

      assertThat(second.body()).isEqualTo(first.body());
      assertThat(second.headers().firstValue("ETag")).contains(etag);
      assertThat(server.http().get("/api/stats", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
  }
}
