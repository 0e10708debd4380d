package dev.dealgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives Debian's headless Chromium through Playwright, never a downloaded browser, and records every console
 * error and uncaught page error so that tests can insist on none.
 *
 * <p>Without Chromium the tests using it are skipped with a loud message, unless {@code DEALGRAPH_REQUIRE_BROWSER=1}
 * (set in CI), which makes them fail instead.
 */
public final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches Chromium, or skips (fails, in CI) the calling test when it is not installed. */
  public static Browser launch() {
    String executable = Optional.ofNullable(System.getenv("DEALGRAPH_CHROMIUM")).orElse(CHROMIUM.toString());
    if (!Files.isExecutable(Path.of(executable))) {
      String message = "\n*** BROWSER TESTS NOT RUN: no Chromium at " + executable
          + " (apt-get install chromium, or set DEALGRAPH_CHROMIUM) ***\n";
      System.err.println(message);
      if ("1".equals(System.getenv("DEALGRAPH_REQUIRE_BROWSER"))) {
        Assertions.fail(message + "DEALGRAPH_REQUIRE_BROWSER=1 demands them");
      }
      Assumptions.abort(message);
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(Path.of(executable)).setHeadless(true).setArgs(ARGS)));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** Opens a fresh context (no cookies, no storage) with a window {@code width} pixels wide. */
  public Page page(int width) {
    BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setViewportSize(width, width < 600 ? 844 : 900));
    Page page = context.newPage();
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        errors.add(page.url() + ": console error: " + m.text());
      }
    });
    page.onPageError(e -> errors.add(page.url() + ": page error: " + e));
    page.onDialog(d -> {
      errors.add(page.url() + ": dialog opened: " + d.message());
      d.dismiss();
    });
    return page;
  }

  /** Returns the errors recorded so far and forgets them. */
  public List<String> drainErrors() {
    synchronized (errors) {
      List<String> copy = List.copyOf(errors);
      errors.clear();
      return copy;
    }
  }

  /** Fails when any page logged a console error, threw, or opened a dialog since the last check. */
  public void assertNoErrors() {
    assertThat(drainErrors()).as("console errors, page errors and dialogs").isEmpty();
  }

  /** Saves a full-page screenshot as {@code target/screenshots/NAME.png}. */
  public static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
