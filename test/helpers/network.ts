/** msw in the page: one worker per test file, handlers reset after each test. */
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/** Call at the top of a test file's `describe`. */
export function useNetwork(): void {
  before(async () => {
    started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
    await started;
  });
  afterEach(() => {
    worker.resetHandlers();
    worker.events.removeAllListeners();
  });
}

export const useHandlers = (...handlers: RequestHandler[]) => worker.use(...handlers);

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Records every request the page sends (listener, not a handler: it never answers). */
export function recordRequests(): Recorded[] {
  const log: Recorded[] = [];
  worker.events.on('request:start', async ({ request }) => {
    const clone = request.clone();
    const text = await clone.text();
    log.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
  });
  return log;
}
