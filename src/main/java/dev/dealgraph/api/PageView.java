package dev.dealgraph.api;

import dev.dealgraph.query.Page;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders one page of a list with the link to the next page.
 *
 * @param items  the items of this page
 * @param total  how many items match over all pages
 * @param limit  the page size
 * @param offset how many items come before this page
 * @param next   the relative URL of the next page; absent on the last page
 */
record PageView<T>(List<T> items, long total, int limit, int offset, Optional<String> next) {

  static <T> PageView<T> of(Page<T> page, Context ctx) {
    Optional<String> next = Optional.empty();
    if (page.hasNext()) {
      // Parameters are re-encoded in name order, so the next link of the same page is always the same text.
      Map<String, String> params = new TreeMap<>();
      ctx.queryParamMap().forEach((k, v) -> params.put(k, v.get(0)));
      params.put("offset", Integer.toString(page.offset() + page.items().size()));
      params.put("limit", Integer.toString(page.limit()));
      next = Optional.of(ctx.path() + "?" + params.entrySet().stream()
          .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
    }
    return new PageView<>(page.items(), page.total(), page.limit(), page.offset(), next);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
