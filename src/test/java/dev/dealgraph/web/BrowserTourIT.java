package dev.dealgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.dealgraph.testing.Browser;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks a reader's way through the pages in a real headless Chromium: search, organization, evidence, article,
 * graph explorer, SPARQL editor and linked data, failing on any console error, page error or dialog.
 */
class BrowserTourIT {
  @RegisterExtension
  static final BrowserSession session = new BrowserSession(WebFixture::serve);


  @AfterEach
  void noErrors() {
    session.browser().assertNoErrors();
  }

  @Test
  void searchLeadsToTheOrganizationWhoseEvidenceLeadsToTheSentenceInItsArticle() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/");
    Locator search = page.locator("#home-q");
    search.focus();
    page.keyboard().type("Anthrop");
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).first()).containsText("Anthropic");
    Browser.screenshot(page, "tour-1-search");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("Enter");
    page.waitForURL(session.base() + "/id/org/anthropic");
    assertThat(page.locator("h1")).hasText("Anthropic");
    assertThat(page).hasTitle("Anthropic · DealGraph");

    Locator nvidiaDeal = page.locator("#received-body tr", new Page.LocatorOptions()
        .setHas(page.locator("td[data-label=Investor]", new Page.LocatorOptions().setHasText("Nvidia"))));
    assertThat(nvidiaDeal).containsText("up to $10B");
    assertThat(nvidiaDeal.locator("td[data-label=Status] .badge")).hasText("announced");
    nvidiaDeal.locator("details.evidence summary").click();
    Locator quote = nvidiaDeal.locator("blockquote");
    assertThat(quote).containsText("Nvidia will invest up to $10 billion in Anthropic");
    assertThat(page.locator("#totals-body")).containsText("$10B");
    Browser.screenshot(page, "tour-2-organization");

    quote.locator("a").click();
    page.waitForURL(Pattern.compile(".*/id/article/a5-anthropic-backers#char=\\d+,\\d+"));
    assertThat(page.locator("mark.target").first()).containsText("Nvidia will invest");
    assertThat(page.locator("#facts")).containsText("Microsoft");
    Browser.screenshot(page, "tour-3-article");
  }

  @Test
  void dealPageListsEveryReportOverTime() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/id/org/amazon");
    page.locator("#made-body a", new Page.LocatorOptions().setHasText("$4B")).first().click();
    page.waitForURL(Pattern.compile(".*/id/deal/[0-9a-f]{16}"));
    assertThat(page.locator("h1")).containsText("Amazon");
    assertThat(page.locator("#reports-body tbody tr")).not().hasCount(0);
    Browser.screenshot(page, "tour-4-deal");
  }

  @Test
  void graphExplorerAddsTheNeighboursOfAClickedNode() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/graph.html?focus=gamma-ai");
    assertThat(page.locator("#graph-status")).containsText("organizations");
    int before = nodeCount(page);
    assertThat(before).isGreaterThan(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> at = (Map<String, Object>) page.evaluate("() => { const n = window.dealgraph.network"
        + ".getElementById('anthropic'); const p = n.renderedPosition(); const box = document.getElementById('graph')"
        + ".getBoundingClientRect(); return { x: box.left + p.x, y: box.top + p.y }; }");
    page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
    page.waitForFunction("n => window.dealgraph.network.nodes().length > n", before);
    assertThat(page.locator("#selection")).containsText("Anthropic");
    Browser.screenshot(page, "tour-5-graph");

    page.locator("#focus-input").fill("Delta Fund");
    page.locator("#focus-input").dispatchEvent("change");
    assertThat(page.locator("#selection")).containsText("Delta Fund");
    com.microsoft.playwright.Download svg = page.waitForDownload(() ->
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("SVG")).click());
    assertThat(svg.suggestedFilename()).isEqualTo("dealgraph-network.svg");
    try {
      assertThat(java.nio.file.Files.readString(svg.path())).startsWith("<svg").contains("Delta Fund");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void timelineListsTheDealsOfTheChosenMonth() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/timeline.html?organization=anthropic");
    Locator bar = page.locator("#chart rect.bar").first();
    bar.focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("#months h2")).isFocused();
    assertThat(page.locator("#months tbody tr")).not().hasCount(0);
    assertThat(page.locator("#months")).containsText("Anthropic");
    Browser.screenshot(page, "tour-8-timeline");
  }

  @Test
  void sparqlEditorRunsANamedQueryFromOneClick() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/query.html");
    Locator example = page.locator("#examples button").first();
    example.click();
    assertThat(page.locator(".yasr .dataTable tbody tr, .yasr .yasr_response").first()).isVisible();
    assertThat(page).hasURL(Pattern.compile(".*/query\\.html#query=.+"));
    Browser.screenshot(page, "tour-6-sparql");
  }

  @Test
  void linkedDataIsNegotiatedAtTheAddressOfThePage() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/id/org/amazon");
    assertThat(page.locator("h1")).hasText("Amazon");
    APIResponse turtle = page.request().get(session.base() + "/id/org/amazon",
        RequestOptions.create().setHeader("Accept", "text/turtle"));
    assertThat(turtle.headers().get("content-type")).startsWith("text/turtle");
    assertThat(turtle.text()).contains("<https://dealgraph.dev/id/org/amazon>");
    APIResponse jsonld = page.request().get(session.base() + "/id/org/amazon",
        RequestOptions.create().setHeader("Accept", "application/ld+json"));
    assertThat(jsonld.headers().get("content-type")).startsWith("application/ld+json");
    APIResponse refused = page.request().get(session.base() + "/id/org/amazon",
        RequestOptions.create().setHeader("Accept", "image/png"));
    assertThat(refused.status()).isEqualTo(406);
  }

  @Test
  void keyboardReachesTheSkipLinkAndOpensEvidenceWithVisibleFocus() {
    Page page = session.browser().page(1280);
    page.navigate(session.base() + "/id/org/anthropic");
    assertThat(page.locator("#received-body details.evidence").first()).isVisible();
    page.keyboard().press("Tab");
    assertThat(page.locator(".skip-link")).isFocused();
    assertThat(page.locator(".skip-link")).isInViewport();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile(".*#main"));
    Locator summary = page.locator("#received-body details.evidence summary").first();
    summary.focus();
    assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
    page.keyboard().press("Enter");
    assertThat(page.locator("#received-body details.evidence").first()).hasAttribute("open", "");
    Browser.screenshot(page, "tour-7-keyboard");
  }

  private static int nodeCount(Page page) {
    return ((Number) page.evaluate("() => window.dealgraph.network.nodes().length")).intValue();
  }
}
