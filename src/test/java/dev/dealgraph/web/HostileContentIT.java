package dev.dealgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dealgraph.App;
import dev.dealgraph.testing.Browser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that an article whose title, text and organization names carry script and event-handler payloads is
 * shown as text on every page that shows it, and that none of the payloads ever runs.
 */
class HostileContentIT {
  @TempDir static Path dir;
  private static App app;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() {
    browser = Browser.launch();
    app = WebFixture.serve(dir);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void articleTitleAndTextWithScriptPayloadsAreShownAsText() {
    Page page = open("/id/article/" + WebFixture.HOSTILE_ID);
    assertThat(page.locator("h1")).hasText(WebFixture.HOSTILE_TITLE);
    assertThat(page.locator(".article-text")).containsText(WebFixture.HOSTILE_IMG);
    assertThat(page.locator("main script, main img, main b")).hasCount(0);
    page.locator("mark.evidence").first().hover();
    assertNothingRan(page, "article");
    Browser.screenshot(page, "hostile-article");
  }

  @Test
  void organizationWithAMarkupNameIsShownAsText() {
    Page page = open("/id/org/gamma-ai");
    assertThat(page.locator("#received-body")).containsText("Omega Partners <b onmouseover=");
    page.locator("#received-body a", new Page.LocatorOptions().setHasText("Omega")).first().hover();
    assertNothingRan(page, "organization");
  }

  @Test
  void homeGraphTimelineAndSparqlShowTheHostileArticleInertly() {
    for (String path : new String[] {"/", "/graph.html?focus=gamma-ai", "/timeline.html?currency=GBP",
        "/id/deal/" + dealOfDelta()}) {
      assertNothingRan(open(path), path);
    }
    Page sparql = open("/query.html#query=" + java.net.URLEncoder.encode(
        "SELECT ?title WHERE { ?a a <https://dealgraph.dev/ontology#Article> ; "
            + "<http://purl.org/dc/terms/title> ?title }", java.nio.charset.StandardCharsets.UTF_8));
    sparql.locator(".yasqe_queryButton").click();
    assertThat(sparql.locator(".yasr")).containsText("<script>");
    assertNothingRan(sparql, "sparql");
  }

  private String dealOfDelta() {
    Page page = open("/id/org/delta-fund");
    String href = page.locator("#made-body a[href^='/id/deal/']").first().getAttribute("href");
    page.context().close();
    return href.substring(href.lastIndexOf('/') + 1);
  }

  private Page open(String path) {
    Page page = browser.page(1280);
    page.navigate(base + path);
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    return page;
  }

  private static void assertNothingRan(Page page, String where) {
    Object flag = page.evaluate("() => window." + WebFixture.XSS_FLAG);
    assertThat(flag).as("payload ran on " + where).isNull();
    browser.assertNoErrors();
  }
}
