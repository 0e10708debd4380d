package dev.dealgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dealgraph.testing.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shows a network of about 300 organizations in the graph explorer and checks that its nodes stay apart. */
class LargeGraphIT {
  @RegisterExtension
  static final BrowserSession session = new BrowserSession(WebFixture::serveLarge);

  @Test
  void threeHundredNodesAreLaidOutWithoutPilingUp() {
    for (int width : new int[] {1280, 390}) {
      Page page = session.browser().page(width);
      page.navigate(session.base() + "/graph.html");
      assertThat(page.locator("#graph-status")).containsText("organizations",
          new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
      @SuppressWarnings("unchecked")
      Map<String, Object> shape = (Map<String, Object>) page.evaluate("() => {"
          + " const cy = window.dealgraph.network; const nodes = cy.nodes().toArray(); let overlaps = 0;"
          + " for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {"
          + "   const a = nodes[i].position(), b = nodes[j].position();"
          + "   const gap = (nodes[i].data('size') + nodes[j].data('size')) / 2;"
          + "   if (Math.hypot(a.x - b.x, a.y - b.y) < gap) overlaps++; }"
          + " const m = performance.getEntriesByName('dealgraph-layout');"
          + " return { nodes: nodes.length, edges: cy.edges().length, overlaps,"
          + "   layoutMs: m.length ? Math.round(m[m.length - 1].duration) : -1 }; }");
      System.out.printf("graph explorer at %d px: %s%n", width, shape);
      Browser.screenshot(page, "graph-300-" + width);
      int nodes = ((Number) shape.get("nodes")).intValue();
      assertThat(nodes).isGreaterThanOrEqualTo(280);
      assertThat(((Number) shape.get("overlaps")).intValue()).as("pairs of overlapping nodes").isLessThan(nodes / 20);
      page.context().close();
    }
    session.browser().assertNoErrors();
  }
}
