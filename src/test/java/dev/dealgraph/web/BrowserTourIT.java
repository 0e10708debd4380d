package dev.dealgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dealgraph.App;
import dev.dealgraph.testing.Browser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walks the pages a reader uses in a real headless Chromium, failing on any console or page error. */
class BrowserTourIT {
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

  @AfterEach
  void noErrors() {
    browser.assertNoErrors();
  }

  @Test
  void ontologyPageListsClassesAtTheirFragments() {
    Page page = browser.page(1280);
    page.navigate(base + "/ontology#Deal");
    assertThat(page.locator("#Deal")).containsText("dg:Deal");
    assertThat(page).hasTitle("Ontology · DealGraph");
    Browser.screenshot(page, "ontology-1280");
  }
}
