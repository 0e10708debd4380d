package dev.dealgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the pages' shared script modules in Chromium: amounts with their meaning, spans by code point, escaping. */
class ScriptsIT {
  @RegisterExtension
  static final BrowserSession session =
      new BrowserSession(dir -> App.serve(Store.inMemory(), ServerConfig.forTests(Optional.empty())));
  private static Page page;

  @BeforeAll
  static void open() {
    page = session.open("/ontology", 1280);
  }

  private static Object run(String module, String body) {
    return page.evaluate("async () => { const m = await import('" + module + "'); " + body + " }");
  }

  @Test
  void amountsKeepTheirMeaning() {
    Object shown = run("/js/lib/format.js", "return ["
        + "m.amount({kind: 'exact', value: 4e9, currency: 'USD'}),"
        + "m.amount({kind: 'upTo', max: 5e10, currency: 'USD'}),"
        + "m.amount({kind: 'range', min: 4e9, max: 6e9, currency: 'USD'}),"
        + "m.amount({kind: 'approx', approx: 1e11, currency: 'USD'}),"
        + "m.amount({kind: 'atLeast', min: 1e9, currency: 'USD'}),"
        + "m.amount({kind: 'range', min: 4e7, max: 5e7, currency: 'EUR'}),"
        + "m.amount({kind: 'range', min: 5e8, max: 1.2e9, currency: 'USD'}),"
        + "m.amount({kind: 'exact', value: 2e7, currency: 'CHF'}),"
        + "m.amount(undefined)];");
    assertThat(shown).isEqualTo(List.of("$4B", "up to $50B", "$4–6B", "about $100B", "at least $1B", "€40–50M",
        "$500M–$1.2B", "CHF\u00A020M", "amount not stated"));
  }

  @Test
  void statusesReadAsWords() {
    assertThat(run("/js/lib/format.js", "return [m.statusLabel('inTalks'), m.statusBadge('completed').className,"
        + " m.statusBadge('<x>').textContent];"))
        .isEqualTo(List.of("in talks", "badge status-completed", "<x>"));
  }

  @Test
  void spansCountCodePointsNotUtf16Units() {
    Object marked = run("/js/lib/spans.js", "const nodes = m.markSpans('a \\u{1F680} b Acme c', "
        + "[{start: 6, end: 10, kind: 'mention', title: 'Acme'}]);"
        + "return nodes.map((n) => n.nodeType === 3 ? n.textContent : '[' + n.textContent + ']').join('');");
    assertThat(marked).isEqualTo("a \uD83D\uDE80 b [Acme] c");
  }

  @Test
  void overlappingSpansAreBothMarked() {
    Object marked = run("/js/lib/spans.js", "const nodes = m.markSpans('Amazon bought it.', "
        + "[{start: 0, end: 17, kind: 'evidence', title: 'deal'}, {start: 0, end: 6, kind: 'mention', title: 'Amazon'}]);"
        + "return nodes.map((n) => n.outerHTML ?? n.textContent).join('');");
    assertThat((String) marked).contains("<mark class=\"evidence\"", "<mark class=\"mention\" title=\"Amazon\">Amazon</mark>");
  }

  @Test
  void elementsTakeDataAsTextAndRefuseScriptLinksAndHandlers() {
    assertThat(run("/js/lib/dom.js", "return [m.h('p', {}, '<img src=x onerror=alert(1)>').innerHTML,"
        + " m.h('a', {href: 'javascript:alert(1)'}).getAttribute('href'),"
        + " m.h('a', {href: '//evil.example/x'}).getAttribute('href'),"
        + " m.h('a', {href: 'https://www.wikidata.org/wiki/Q1'}).getAttribute('href'),"
        + " (() => { try { m.h('div', {onclick: 'x'}); return 'allowed'; } catch (e) { return 'refused'; } })()];"))
        .isEqualTo(List.of("&lt;img src=x onerror=alert(1)&gt;", "#", "#", "https://www.wikidata.org/wiki/Q1",
            "refused"));
  }

  @Test
  void nTriplesAreReadWithEscapesLanguagesAndDatatypes() {
    Object read = run("/js/lib/rdf.js", "const t = m.parseNTriples("
        + "'<https://a> <https://p> \"line\\\\nbreak \\\\u00e9\"@en .\\n"
        + "_:b1 <https://p> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n');"
        + "return [t.length, t[0].o.value, t[0].o.lang, t[1].s.type, m.compact(t[1].o.datatype)];");
    assertThat(read).isEqualTo(List.of(2, "line\nbreak \u00e9", "en", "blank", "xsd:integer"));
  }

  @Test
  void svgExportWritesLabelsAsText() {
    Object svg = page.evaluate("async () => { const x = await import('/js/lib/export.js');"
        + " const fake = { elements: () => ({ boundingBox: () => ({ x1: 0, y1: 0, w: 100, h: 50 }) }),"
        + " edges: () => [], nodes: () => [{ position: () => ({ x: 10, y: 10 }), data: (k) => ({ label: '<b>x</b>',"
        + " size: 20, color: '#000' })[k], id: () => 'n' }] };"
        + " return x.toSvg(fake); }");
    assertThat((String) svg).contains("&lt;b&gt;x&lt;/b&gt;").startsWith("<svg");
  }
}
