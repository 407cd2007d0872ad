import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { BookingError } from '../../src/core/errors.js';
import { buildUrl, createHttpClient, parseRetryAfter } from '../../src/core/http.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://backend.test/api';
const client = (options: Partial<Parameters<typeof createHttpClient>[0]> = {}) =>
  createHttpClient({ baseUrl: base, ...options });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error as BookingError,
  );

describe('fetch client', () => {
  useNetwork();

  it('builds URLs with ordered, encoded query pairs and drops empty values', () => {
    expect(buildUrl('https://x.test/', '/v1/a', [['b', '1'], ['a', undefined], ['c', 'x y']])).to.equal(
      'https://x.test/v1/a?b=1&c=x+y',
    );
    expect(buildUrl('https://x.test/base', 'v1/a')).to.equal('https://x.test/base/v1/a');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).to.equal(7);
    const now = Date.parse('2026-03-10T09:00:00Z');
    expect(parseRetryAfter('Tue, 10 Mar 2026 09:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('sends JSON with the configured headers and returns the parsed body', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/things`, async ({ request }) => HttpResponse.json({ echo: await request.json() }, { status: 201 })));
    const body = await client({ headers: { 'X-API-Key': 'k' } }).request({ method: 'POST', path: '/things', body: { a: 1 } });
    expect(body).to.deep.equal({ echo: { a: 1 } });
    expect(log[0].headers.get('X-API-Key')).to.equal('k');
    expect(log[0].headers.get('Content-Type')).to.equal('application/json');
  });

  it('returns undefined for an empty success (204, or 201 with no body)', async () => {
    useHandlers(http.delete(`${base}/things/1`, () => new HttpResponse(null, { status: 204 })));
    expect(await client().request({ method: 'DELETE', path: '/things/1' })).to.equal(undefined);
  });

  it('waits out a short Retry-After once, for a write too (a 429 was not processed)', async () => {
    let calls = 0;
    useHandlers(
      http.post(`${base}/bookings`, () =>
        ++calls === 1
          ? HttpResponse.json({ message: 'Too many' }, { status: 429, headers: { 'Retry-After': '0' } })
          : HttpResponse.json({ id: 'ok' }, { status: 201 }),
      ),
    );
    expect(await client().request({ method: 'POST', path: '/bookings', body: {} })).to.deep.equal({ id: 'ok' });
    expect(calls).to.equal(2);
  });

  it('reports a long Retry-After instead of waiting, and never retries twice', async () => {
    let calls = 0;
    useHandlers(
      http.get(`${base}/slow`, () => {
        calls++;
        return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '0' } });
      }),
      http.get(`${base}/long`, () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '120' } })),
    );
    const repeated = await failure(client().request({ path: '/slow' }));
    expect(repeated.code).to.equal('rate-limited');
    expect(calls).to.equal(2);
    const long = await failure(client().request({ path: '/long' }));
    expect(long.code).to.equal('rate-limited');
    expect(long.retryAfter).to.equal(120);
  });

  it('never repeats a write that failed', async () => {
    let calls = 0;
    useHandlers(http.post(`${base}/bookings`, () => (calls++, HttpResponse.json({ message: 'boom' }, { status: 503 }))));
    const error = await failure(client().request({ method: 'POST', path: '/bookings', body: {} }));
    expect(error.code).to.equal('server');
    expect(error.status).to.equal(503);
    expect(error.detail).to.equal('boom');
    expect(calls).to.equal(1);
  });

  it('maps statuses to codes and field names through the adapter map', async () => {
    useHandlers(
      http.get(`${base}/401`, () => HttpResponse.json({ message: 'Invalid API key.' }, { status: 401 })),
      http.get(`${base}/403`, () => HttpResponse.json({}, { status: 403 })),
      http.get(`${base}/404`, () => HttpResponse.json({ message: 'nope' }, { status: 404 })),
      http.get(`${base}/409`, () => HttpResponse.json({}, { status: 409 })),
      http.get(`${base}/422`, () =>
        HttpResponse.json({ error: { code: 'invalid_request', message: 'Invalid', details: { 'customer.email': 'Invalid email', other: 'x' } } }, { status: 422 }),
      ),
    );
    const c = client({ fieldMap: { 'customer.email': 'email' } });
    expect((await failure(c.request({ path: '/401' }))).code).to.equal('unauthorized');
    expect((await failure(c.request({ path: '/403' }))).code).to.equal('unauthorized');
    expect((await failure(c.request({ path: '/404' }))).code).to.equal('not-found');
    expect((await failure(c.request({ path: '/409' }))).code).to.equal('slot-taken');
    const invalid = await failure(c.request({ path: '/422' }));
    expect(invalid.code).to.equal('validation');
    expect(invalid.fields).to.deep.equal({ email: ['Invalid email'] });
    expect(invalid.detail).to.equal('Invalid');
  });

  it('reports malformed JSON as a bad response, and an unreadable write answer as an unknown outcome', async () => {
    useHandlers(
      http.get(`${base}/html`, () => new HttpResponse('<html>oops</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
      http.post(`${base}/html`, () => new HttpResponse('{"id":', { status: 201 })),
      http.get(`${base}/html-error`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })),
    );
    const read = await failure(client().request({ path: '/html' }));
    expect(read.code).to.equal('bad-response');
    expect(read.outcomeUnknown).to.equal(false);
    const write = await failure(client().request({ method: 'POST', path: '/html', body: {} }));
    expect(write.code).to.equal('bad-response');
    expect(write.outcomeUnknown).to.equal(true);
    expect((await failure(client().request({ path: '/html-error' }))).code).to.equal('server');
  });

  it('reports a network failure as offline', async () => {
    useHandlers(http.get(`${base}/down`, () => HttpResponse.error()));
    const error = await failure(client().request({ path: '/down' }));
    expect(error.code).to.equal('offline');
    expect(error.recoverable).to.equal(true);
  });

  it('gives up after the time limit, and marks a timed-out write as an unknown outcome', async () => {
    useHandlers(
      http.get(`${base}/hang`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
      http.post(`${base}/hang`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const read = await failure(client({ timeoutMs: 50 }).request({ path: '/hang' }));
    expect(read.code).to.equal('timeout');
    const write = await failure(client({ timeoutMs: 50 }).request({ method: 'POST', path: '/hang', body: {} }));
    expect(write.code).to.equal('timeout');
    expect(write.outcomeUnknown).to.equal(true);
  });

  it('stops when the caller aborts, and says so', async () => {
    useHandlers(
      http.get(`${base}/hang`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = failure(client().request({ path: '/hang', signal: controller.signal }));
    controller.abort();
    expect((await pending).code).to.equal('aborted');
  });
});
