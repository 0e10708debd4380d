package dev.dealgraph.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.dealgraph.App;
import dev.dealgraph.testing.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts Chromium and a real server over a fresh temp-dir store once per test class, and stops both after it;
 * register it with {@code @RegisterExtension static final BrowserSession session = …}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
  private final Function<Path, App> server;
  private Path dir;
  private App app;
  private Browser browser;

  BrowserSession(Function<Path, App> server) {
    this.server = server;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    browser = Browser.launch();
    dir = Files.createTempDirectory("dealgraph-web-");
    app = server.apply(dir);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (app != null) {
        app.close();
      }
      deleteTree(dir);
    }
  }

  /** Returns the browser, whose errors tests check. */
  Browser browser() {
    return browser;
  }

  /** Returns the server's root URL, without a trailing slash. */
  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** Opens path in a fresh page {@code width} pixels wide and waits until the network is idle. */
  Page open(String path, int width) {
    Page page = browser.page(width);
    page.navigate(base() + path);
    page.waitForLoadState(LoadState.NETWORKIDLE);
    return page;
  }

  private static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
