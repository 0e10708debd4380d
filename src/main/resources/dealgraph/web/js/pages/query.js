// The SPARQL editor: YASGUI from its WebJar against this server's /sparql, with the named queries one click
// away, prefix and ontology-term completion from this server only, the query kept in the address fragment so
// it can be shared, and CONSTRUCT results also drawn as a graph.
import { h, byId } from '../lib/dom.js';
import { shell, section, loaded, empty } from '../lib/shell.js';
import { getJson, getText } from '../lib/http.js';
import { describe, PREFIXES } from '../lib/rdf.js';
import { drawTriples } from '../lib/triples-graph.js';

shell('SPARQL');
const Yasgui = window.Yasgui;
const ENDPOINT = `${location.origin}/sparql`;
const DEFAULT_QUERY = `PREFIX dg: <https://dealgraph.dev/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>

# The biggest deals: investor, investee and the amount's magnitude
SELECT ?investor ?investee ?magnitude ?currency WHERE {
  ?deal a dg:Deal ; dg:investor/rdfs:label ?investor ; dg:investee/rdfs:label ?investee ;
        dg:amount ?amount .
  ?amount dg:magnitude ?magnitude ; schema:currency ?currency .
}
ORDER BY DESC(?magnitude)
LIMIT 20
`;

/** Reads the query kept in the address fragment (#query=…), if any. */
function queryFromAddress() {
  const params = new URLSearchParams(location.hash.slice(1));
  return params.get('query');
}

function keepInAddress(query) {
  history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ query })}`);
}

/** Offers the ontology's own classes and properties for completion, instead of the remote LOV service. */
async function registerOntologyCompleters() {
  const triples = await describe('/ontology').catch(() => []);
  const typed = (type) => [...new Set(triples.filter((t) => t.p.value === `${PREFIXES.rdf}type` && t.o.value === type
    && t.s.value.startsWith(PREFIXES.dg)).map((t) => t.s.value))];
  const classes = typed(`${PREFIXES.owl}Class`);
  const properties = [...typed(`${PREFIXES.owl}ObjectProperty`), ...typed(`${PREFIXES.owl}DatatypeProperty`)];
  const { Autocompleters } = Yasgui.Yasqe;
  Yasgui.Yasqe.registerAutocompleter({ ...Autocompleters.class, name: 'dealgraphClasses', persistenceId: undefined, get: () => classes });
  Yasgui.Yasqe.registerAutocompleter({ ...Autocompleters.property, name: 'dealgraphProperties', persistenceId: undefined, get: () => properties });
}

// read before YASGUI starts: it tidies the address of its own share links
const fromAddress = queryFromAddress();

async function start() {
  // the stock class and property completers ask a remote service; this page talks to this server only
  Yasgui.Yasqe.defaults.autocompleters = ['variables', 'prefixes'];
  Yasgui.Yasqe.defaults.prefixCcApi = '/sparql-prefixes.json';
  await registerOntologyCompleters();
  const yasgui = new Yasgui(byId('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST', acceptHeaderGraph: 'application/n-triples,*/*;q=0.9' },
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: true,
    autofocus: false,
    yasr: { prefixes: PREFIXES },
  });
  const tab = yasgui.getTab();
  tab.setQuery(fromAddress ?? DEFAULT_QUERY);
  let timer = 0;
  tab.getYasqe().on('change', () => {
    clearTimeout(timer);
    timer = setTimeout(() => keepInAddress(tab.getQuery()), 300);
  });
  tab.getYasr().on('drawn', () => showGraph(tab));
  loadExamples(tab);
  return yasgui;
}

function showGraph(tab) {
  const holder = byId('construct-graph');
  const results = tab.getYasr().results;
  const isGraph = ['CONSTRUCT', 'DESCRIBE'].includes(tab.getYasqe().getQueryType());
  holder.hidden = !isGraph || !results;
  if (holder.hidden) return;
  drawTriples(byId('construct-cy'), byId('construct-table'), results.getOriginalResponseAsString?.() ?? '');
}

function loadExamples(tab) {
  const box = byId('examples');
  section(box, async () => {
    const { items } = await getJson('/api/queries');
    if (!items.length) return empty(box, 'No named query is installed.');
    return loaded(box, items.map((q) => {
      const button = h('button', { type: 'button', class: 'secondary outline', title: q.description ?? q.name }, q.title ?? q.name);
      button.addEventListener('click', async () => {
        const text = q.sparql ?? await getText(`/queries/${encodeURIComponent(q.name)}.rq`, 'application/sparql-query, text/plain');
        tab.setQuery(text);
        keepInAddress(text);
        tab.getYasqe().query();
      });
      return button;
    }));
  });
}

const yasgui = start();
window.addEventListener('hashchange', async () => {
  const query = queryFromAddress();
  const tab = (await yasgui).getTab();
  if (query && query !== tab.getQuery()) tab.setQuery(query);
});
