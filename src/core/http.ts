import { BookingError, type BookingErrorCode, type ErrorField } from './errors.js';

/** What an adapter reads out of a backend's error body. */
export interface ErrorBodyInfo {
  message?: string;
  /** Backend field name → messages. */
  fields?: Record<string, string[]>;
  /** A backend error code, e.g. `SLOT_TAKEN`; adapters use it to refine the widget's code. */
  backendCode?: string;
}

export interface HttpClientOptions {
  /** Base URL the request paths are appended to (no trailing slash needed). */
  baseUrl: string;
  headers?: Record<string, string>;
  /** Per-request time limit. */
  timeoutMs?: number;
  /** 429s waited out automatically when Retry-After is at most this many seconds. */
  maxAutoRetryAfter?: number;
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
  /** Reads the backend's error envelope; the default understands `message`, `error.message`, `errors`. */
  readErrorBody?: (body: unknown) => ErrorBodyInfo;
  /** Maps backend field names (`firstname`, `startTime`) to the widget's (`firstName`, `slot`). */
  fieldMap?: Record<string, ErrorField>;
  /** Lets the adapter refine the error code, e.g. a 422 on the start time means the slot is taken. */
  classify?: (status: number, info: ErrorBodyInfo, fields: Partial<Record<ErrorField, string[]>>) =>
    BookingErrorCode | undefined;
}

export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Pairs keep their order, so `filters[0][field]` style parameters stay readable. */
  query?: Record<string, QueryValue> | Array<[string, QueryValue]>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface HttpClient {
  request<T>(req: HttpRequest): Promise<T>;
}

const isWrite = (method: string) => method !== 'GET';

export function buildUrl(baseUrl: string, path: string, query?: HttpRequest['query']): string {
  const base = baseUrl.replace(/\/+$/, '');
  const url = `${base}${path.startsWith('/') ? '' : '/'}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  const entries = Array.isArray(query) ? query : Object.entries(query);
  for (const [key, value] of entries) {
    if (value !== undefined && value !== '') params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

const asMessages = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];

/** Understands the common envelopes: `{message}`, `{error:{message,code,details}}`, `{errors:{f:[..]}}`. */
export function readCommonErrorBody(body: unknown): ErrorBodyInfo {
  if (!body || typeof body !== 'object') return {};
  const root = body as Record<string, unknown>;
  const nested = (root.error && typeof root.error === 'object' ? root.error : {}) as Record<string, unknown>;
  const message =
    typeof nested.message === 'string' ? nested.message
    : typeof root.message === 'string' ? root.message
    : typeof root.error === 'string' ? root.error
    : undefined;
  const rawFields = (root.errors ?? nested.details ?? root.details ?? nested.fields ?? root.fields) as unknown;
  const fields: Record<string, string[]> = {};
  if (Array.isArray(rawFields)) {
    // [{field, message}] lists
    for (const item of rawFields as Array<Record<string, unknown>>) {
      const name = item?.field ?? item?.path ?? item?.property;
      if (typeof name === 'string') (fields[name] ??= []).push(String(item.message ?? ''));
    }
  } else if (rawFields && typeof rawFields === 'object') {
    for (const [key, value] of Object.entries(rawFields)) fields[key] = asMessages(value);
  }
  const backendCode =
    typeof nested.code === 'string' ? nested.code : typeof root.code === 'string' ? root.code : undefined;
  return { message, fields, backendCode };
}

function codeForStatus(status: number): BookingErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 409) return 'slot-taken';
  if (status === 400 || status === 422) return 'validation';
  if (status === 429) return 'rate-limited';
  return 'server';
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/**
 * The one fetch client every adapter uses: time limits, caller aborts, Retry-After, and turning
 * every failure into a `BookingError` the widget can explain.
 *
 * A write is never repeated, except after a 429, which the server answers without processing.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const {
    baseUrl,
    headers = {},
    timeoutMs = 20_000,
    maxAutoRetryAfter = 5,
    credentials,
    readErrorBody = readCommonErrorBody,
    fieldMap = {},
    classify,
  } = options;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function attempt<T>(req: HttpRequest, canRetry429: boolean): Promise<T> {
    const method = req.method ?? 'GET';
    const url = buildUrl(baseUrl, req.path, req.query);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    const init: RequestInit = {
      method,
      signal,
      credentials,
      headers: {
        Accept: 'application/json',
        ...(req.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
    };

    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, init);
      text = await response.text();
    } catch (error) {
      if (req.signal?.aborted) {
        throw new BookingError('aborted', 'Request aborted', { cause: error });
      }
      const timedOut = timeout.aborted;
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw new BookingError(
        timedOut ? 'timeout' : 'offline',
        timedOut ? `${method} ${url} timed out after ${timeoutMs} ms` : `${method} ${url} failed: network error`,
        { cause: error, outcomeUnknown: isWrite(method) && (timedOut || !offline) },
      );
    }

    let body: unknown;
    let malformed = false;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        malformed = true;
      }
    }

    if (response.ok) {
      if (malformed) {
        throw new BookingError('bad-response', `${method} ${url}: response is not JSON`, {
          status: response.status,
          // The write went through; only its answer is unreadable.
          outcomeUnknown: isWrite(method),
        });
      }
      return body as T;
    }

    const info = malformed ? {} : readErrorBody(body);
    const fields: Partial<Record<ErrorField, string[]>> = {};
    for (const [key, messages] of Object.entries(info.fields ?? {})) {
      const mapped = fieldMap[key];
      if (mapped) (fields[mapped] ??= []).push(...messages);
    }
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    const code = classify?.(response.status, info, fields) ?? codeForStatus(response.status);

    if (code === 'rate-limited' && canRetry429 && retryAfter !== undefined && retryAfter <= maxAutoRetryAfter) {
      await sleep(retryAfter * 1000, req.signal).catch((reason) => {
        throw new BookingError('aborted', 'Request aborted', { cause: reason });
      });
      return attempt<T>(req, false);
    }

    throw new BookingError(code, `${method} ${url} → ${response.status}${info.message ? `: ${info.message}` : ''}`, {
      status: response.status,
      fields,
      retryAfter,
      detail: info.message,
    });
  }

  return { request: (req) => attempt(req, true) };
}
