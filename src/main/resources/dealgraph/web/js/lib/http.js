// Fetches JSON from this server and turns problem details (RFC 9457) into errors a page can show.

/** An HTTP failure with the server's problem details. */
export class Problem extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title || `HTTP ${status}`;
    this.detail = detail || '';
  }
}

/** Returns the URL of path with the given query parameters; empty values are left out. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Fetches and returns the JSON at path; throws a Problem for any non-2xx answer. */
export async function getJson(path, params = {}, accept = 'application/json') {
  const response = await send(url(path, params), { headers: { Accept: accept } });
  return response.json();
}

/** Fetches and returns the text at path with the given Accept; throws a Problem for any non-2xx answer. */
export async function getText(path, accept) {
  const response = await send(path, { headers: { Accept: accept } });
  return response.text();
}

/** Sends a request and returns the response when it succeeded; throws a Problem otherwise. */
export async function send(target, init = {}) {
  let response;
  try {
    response = await fetch(target, init);
  } catch (e) {
    throw new Problem(0, 'Server unreachable', `the request to ${target} did not reach the server (${e.message})`);
  }
  if (response.ok) return response;
  throw await problemOf(response);
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      return new Problem(response.status, body.title, body.detail);
    } catch (e) {
      // an unreadable body still leaves the status to report
    }
  }
  const text = await response.text().catch(() => '');
  return new Problem(response.status, response.statusText, text.slice(0, 500));
}

/** Fetches every page of a paged list ({items, next}) and returns all items; stops after maxPages pages. */
export async function getAll(path, params = {}, maxPages = 20) {
  const items = [];
  let page = await getJson(path, { limit: 500, ...params });
  items.push(...page.items);
  for (let n = 1; page.next && n < maxPages; n++) {
    const next = new URL(page.next, location.href);
    page = await getJson(next.pathname + next.search);
    items.push(...page.items);
  }
  return items;
}

/** Returns the key of the DealGraph resource whose page this is (/id/org/amazon → "amazon"). */
export function pageKey() {
  const parts = location.pathname.split('/');
  return decodeURIComponent(parts[parts.length - 1]);
}
