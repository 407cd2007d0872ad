// Serves the built widget on a plain page, and the fake CitaPro backend (the same msw handlers the
// tests use) as a real HTTP server on another origin, so the built script is exercised across a
// real network edge with CORS, as on a merchant's site. Used by e2e/book.mjs and handy by hand:
//   npm run build && node e2e/serve.mjs   →  http://127.0.0.1:4010/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { getResponse } from 'msw';
import { createCitaProFake } from '../dist/mocks.js';

export const pagePort = Number(process.env.PAGE_PORT ?? 4010);
export const apiPort = Number(process.env.API_PORT ?? 4011);
const apiBase = `http://127.0.0.1:${apiPort}`;

const page = (query) => `<!doctype html>
<html lang="${query.get('lang') ?? 'es'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain page</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style>
<script src="/booking-widget.iife.js"></script></head>
<body><h1>Salón Aurora</h1>
<booking-widget backend="citapro" api-base="${apiBase}" timezone="America/Guayaquil" currency="USD"></booking-widget>
<script>document.addEventListener('booking-created', (e) => { window.bookingCreated = e.detail; });</script>
</body></html>`;

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, X-API-Key, Authorization',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export function start({ timeZone = 'America/Guayaquil' } = {}) {
  const fake = createCitaProFake({ baseUrl: apiBase, timeZone });

  const api = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(`${apiBase}${req.url}`, { method: req.method, headers: req.headers, body });
    const response = (await getResponse(fake.handlers, request)) ?? new Response('{"message":"Not found."}', { status: 404 });
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
    res.end(Buffer.from(await response.arrayBuffer()));
  });

  const site = createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${pagePort}`);
    if (url.pathname === '/booking-widget.iife.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(await readFile(new URL('../dist/booking-widget.iife.js', import.meta.url)));
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(url.searchParams));
  });

  return new Promise((resolve) => {
    api.listen(apiPort, '127.0.0.1', () =>
      site.listen(pagePort, '127.0.0.1', () =>
        resolve({ fake, url: `http://127.0.0.1:${pagePort}/`, close: () => (api.close(), site.close()) }),
      ),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await start();
  console.log(`plain page: ${url}  (API ${apiBase})`);
}
