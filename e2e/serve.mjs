// Serves the built widget on a plain page, and the four fake backends (the same msw handlers the tests
// use) as a real HTTP server on another origin, so the built script is exercised across a real network
// edge with CORS, as on a merchant's site. Used by e2e/book.mjs and e2e/bench.mjs, and handy by hand:
//   npm run build && node e2e/serve.mjs   →  http://127.0.0.1:4010/?backend=salonbookit&customer-login
// The page reads `?backend=citapro|salonbookit|latepoint|miketsu` (default citapro) and writes that
// backend's `<booking-widget>` attributes, as its merchant would; any other query parameter (except
// `lang`) becomes one more attribute: `customer-login` (no value), `mode=merchant`, `locale=en`, …
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { getResponse } from 'msw';
import {
  createCitaProFake,
  createLatePointFake,
  createMiketsuFake,
  createSalonBookItFake,
  MIKETSU_IDS,
  SALONBOOKIT_DEMO_CUSTOMER,
} from '../dist/mocks.js';

export { MIKETSU_IDS, SALONBOOKIT_DEMO_CUSTOMER };
export const pagePort = Number(process.env.PAGE_PORT ?? 4010);
export const apiPort = Number(process.env.API_PORT ?? 4011);
const pageOrigin = `http://127.0.0.1:${pagePort}`;
const apiOrigin = `http://127.0.0.1:${apiPort}`;

export const SALONBOOKIT_KEY = 'hh_pub_test_e2e';
/** `E2E_NOW=2026-03-27T21:30:00Z`: the fakes' clock starts there (the driver fixes the page's), to replay a time of day. */
export const startsAt = process.env.E2E_NOW ? new Date(process.env.E2E_NOW) : undefined;
const shift = startsAt ? startsAt.getTime() - Date.now() : 0;
const now = () => new Date(Date.now() + shift);
export const MIKETSU_KEY = 'mk_test_e2e';

/**
 * Each backend under its own path prefix on the API server, in the zone and currency the demo gives
 * it (demo/backends.ts). `attributes` are what its merchant writes on the element.
 */
export const backends = {
  citapro: {
    base: `${apiOrigin}/citapro`,
    timeZone: 'America/Guayaquil',
    create: (baseUrl, timeZone) => createCitaProFake({ baseUrl, timeZone, now }),
    attributes: (base) => ({ backend: 'citapro', 'api-base': base, timezone: 'America/Guayaquil', currency: 'USD' }),
  },
  salonbookit: {
    base: `${apiOrigin}/salonbookit/api/v1`,
    timeZone: 'Europe/Madrid',
    // The public key only works from the merchant's own site, as SalonBookIt's origin check does.
    create: (baseUrl, timeZone) =>
      createSalonBookItFake({ baseUrl, timeZone, now, apiKey: SALONBOOKIT_KEY, allowedOrigins: [pageOrigin], demoBookings: true }),
    attributes: (base) => ({ backend: 'salonbookit', 'api-base': base, 'api-key': SALONBOOKIT_KEY, timezone: 'Europe/Madrid', currency: 'EUR' }),
  },
  latepoint: {
    base: `${apiOrigin}/latepoint/wp-json/latepoint-api/v1`,
    timeZone: 'America/Mexico_City',
    create: (baseUrl, timeZone) => createLatePointFake({ baseUrl, timeZone, now }),
    attributes: (base) => ({ backend: 'latepoint', 'api-base': base, timezone: 'America/Mexico_City', currency: 'MXN' }),
  },
  miketsu: {
    base: `${apiOrigin}/miketsu/api/v1`,
    timeZone: 'Europe/Budapest',
    // A Bearer key (the seed's examples), so every booking route crosses CORS with `Authorization`.
    create: (baseUrl, timeZone) => createMiketsuFake({ baseUrl, timeZone, now, apiKey: MIKETSU_KEY, staff: true }),
    attributes: (base) => ({
      backend: 'miketsu',
      'api-base': base,
      'api-key': MIKETSU_KEY,
      merchant: MIKETSU_IDS.merchant,
      timezone: 'Europe/Budapest',
      currency: 'HUF',
    }),
  },
};

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<booking-widget>` attributes for a page query. */
export function widgetAttributes(query) {
  const name = query.get('backend') ?? 'citapro';
  const backend = backends[name];
  if (!backend) return undefined;
  const attributes = backend.attributes(backend.base);
  for (const [key, value] of query) {
    if (key !== 'backend' && key !== 'lang' && /^[a-z][a-z0-9-]*$/.test(key)) attributes[key] = value;
  }
  return attributes;
}

const page = (query) => {
  const attributes = widgetAttributes(query);
  if (!attributes) return undefined;
  const written = Object.entries(attributes)
    .map(([key, value]) => (value === '' ? key : `${key}="${escape(value)}"`))
    .join(' ');
  return `<!doctype html>
<html lang="${escape(query.get('lang') ?? 'es')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain page</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style>
<script src="/booking-widget.iife.js"></script></head>
<body><h1>Salón Aurora</h1>
<booking-widget ${written}></booking-widget>
<script>
  // What the page hears from the widget, for the driver to check.
  window.bookingEvents = [];
  for (const type of ['booking-created', 'booking-error', 'booking-cancelled', 'booking-signed-in', 'booking-signed-out']) {
    document.addEventListener(type, (e) => {
      window.bookingEvents.push({ type, detail: e.detail });
      if (type === 'booking-created') window.bookingCreated = e.detail;
    });
  }
</script>
</body></html>`;
};

/**
 * CORS as a backend that allows the merchant's page would answer: the headers the adapters send
 * (Content-Type, Accept, X-API-Key, Authorization), Retry-After readable, preflights answered. The
 * page's origin is echoed (not `*`), so a widget set to send cookies (`credentials="include"`) works too.
 */
function corsHeaders(req) {
  return {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept, X-API-Key, Authorization',
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

export function start() {
  const fakes = Object.fromEntries(Object.entries(backends).map(([name, b]) => [name, b.create(b.base, b.timeZone)]));
  const handlers = Object.values(fakes).flatMap((fake) => fake.handlers);
  /** Every preflight the browser sent: proof the widget's requests crossed CORS. */
  const preflights = [];

  const api = createServer(async (req, res) => {
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      preflights.push({ path: req.url, method: req.headers['access-control-request-method'], headers: req.headers['access-control-request-headers'] });
      return res.writeHead(204, cors).end();
    }
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(`${apiOrigin}${req.url}`, { method: req.method, headers: req.headers, body });
      const response = (await getResponse(handlers, request)) ?? new Response('{"message":"Not found."}', { status: 404 });
      res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'application/json', ...cors }).end(JSON.stringify({ message: String(error) }));
    }
  });

  const site = createServer(async (req, res) => {
    const url = new URL(req.url, pageOrigin);
    if (url.pathname === '/booking-widget.iife.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(await readFile(new URL('../dist/booking-widget.iife.js', import.meta.url)));
    }
    if (url.pathname !== '/') return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const html = page(url.searchParams);
    if (!html) return res.writeHead(400, { 'Content-Type': 'text/plain' }).end(`Unknown backend; use ?backend=${Object.keys(backends).join('|')}`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });

  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  return Promise.all([listen(api, apiPort), listen(site, pagePort)]).then(() => ({
    /** The CitaPro fake (the default page's backend), as before. */
    fake: fakes.citapro,
    fakes,
    preflights,
    url: `${pageOrigin}/`,
    /** The page for a backend, with extra attributes: pageUrl('salonbookit', { 'customer-login': '' }). */
    pageUrl: (backend, extra = {}) => `${pageOrigin}/?${new URLSearchParams({ backend, ...extra })}`,
    close: () => (api.close(), site.close()),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await start();
  console.log(`plain page: ${url}?backend=${Object.keys(backends).join('|')}  (API ${apiOrigin})`);
  console.log(`SalonBookIt customer: ${SALONBOOKIT_DEMO_CUSTOMER.email} / ${SALONBOOKIT_DEMO_CUSTOMER.password}`);
}
