package dev.dealgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dealgraph.testing.Browser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opens every page at a desktop and a phone width, saves a screenshot of each under {@code target/screenshots/},
 * and fails on console errors, page errors, pages still loading, or a page wider than the window.
 */
class PagesLookIT {
  private static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("home", "/");
    PAGES.put("organization", "/id/org/anthropic");
    PAGES.put("person", "/id/person/jane-roe");
    PAGES.put("company-with-rounds", "/id/org/foo-labs");
    PAGES.put("article", "/id/article/a4-foo-labs");
    PAGES.put("graph", "/graph.html");
    PAGES.put("timeline", "/timeline.html");
    PAGES.put("sparql", "/query.html");
    PAGES.put("ontology", "/ontology");
  }

  @RegisterExtension
  static final BrowserSession session = new BrowserSession(WebFixture::serve);


  @Test
  void everyPageLoadsCleanlyAtDesktopWidth() {
    visitAll(1280);
  }

  @Test
  void everyPageLoadsCleanlyAtPhoneWidth() {
    visitAll(390);
  }

  @Test
  void roundAndDealPagesOpenFromTheirLinks() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/id/org/foo-labs");
    page.locator("#rounds-body a[href^='/id/round/']").first().click();
    assertThat(page.locator("h1")).containsText("Foo Labs");
    assertThat(page.locator("#round-head")).containsText("€40–50M");
    Browser.screenshot(page, "round-1280");
    session.browser().assertNoErrors();
  }

  @Test
  void unknownResourcesShowAFriendlyNotFoundWithTheServersDetail() {
    for (String path : new String[] {"/id/org/no-such-org", "/id/deal/0000000000000000", "/id/article/missing"}) {
      Page page = session.open(path, 390);
      assertThat(page.locator("article.problem h1")).hasText("Not found");
      assertThat(page).hasTitle("Not found · DealGraph");
      Browser.screenshot(page, "not-found-" + path.split("/")[2]);
      page.context().close();
    }
    // the browser itself logs every 404 answer; nothing else may go wrong
    assertThat(session.browser().drainErrors()).allSatisfy(e -> assertThat(e).contains("status of 404"));
  }

  private void visitAll(int width) {
    for (Map.Entry<String, String> entry : PAGES.entrySet()) {
      Page page = session.open(entry.getValue(), width);
      assertThat(page.locator("[aria-busy='true']")).hasCount(0);
      Browser.screenshot(page, entry.getKey() + "-" + width);
      int overflow = ((Number) page.evaluate(
          "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
      assertThat(overflow).as(entry.getKey() + " at " + width + " px is wider than the window by").isLessThanOrEqualTo(0);
      page.context().close();
    }
    session.browser().assertNoErrors();
  }
}
