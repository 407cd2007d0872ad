import { BookingError } from '../core/errors.js';
import { createHttpClient, type HttpClientOptions, type HttpRequest } from '../core/http.js';
import type { CustomerAccount, Credentials } from '../core/model.js';
import { dataOf, classifyCode, readCustomer, readTokens, type Envelope } from './salonbookit-read.js';

/*
 * The signed-in customer's session with SalonBookIt (api-notes §2.2): `POST /auth/login/` gives a JWT,
 * sent as `Authorization: Bearer` together with `X-API-Key` on every later call, renewed with
 * `POST /auth/refresh/`. The bodies are undocumented; see `readTokens` / `readCustomer` for what is read.
 *
 * The tokens live in this closure only, never in localStorage, sessionStorage or a cookie: the widget
 * runs on shared and public computers, where a stored token would keep the next visitor signed in as
 * the last one. Reloading the page signs the customer out.
 */

interface Tokens {
  access: string;
  refresh?: string;
}

/** Codes with which the backend refuses a refresh: the session is over. Anything else (offline…) keeps it. */
const REFUSED = new Set(['signed-out', 'invalid-credentials', 'validation', 'not-found', 'unauthorized']);

export interface SalonBookItSession {
  /** Every call of the adapter: adds the Bearer token when signed in; a GET refused for its token is renewed and repeated once. */
  request<T>(req: HttpRequest): Promise<T>;
  login(credentials: Credentials, signal?: AbortSignal): Promise<CustomerAccount>;
  logout(): void;
  readonly signedIn: boolean;
}

export function createSalonBookItSession(options: HttpClientOptions): SalonBookItSession {
  let tokens: Tokens | undefined;
  let renewing: { from: Tokens; done: Promise<boolean> } | undefined;
  const baseFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  // The token is read when the request leaves, so a call always carries the session as it is then.
  const http = createHttpClient({
    ...options,
    fetch: (input, init) => {
      if (!tokens) return baseFetch(input, init);
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${tokens.access}`);
      return baseFetch(input, { ...init, headers });
    },
  });
  // Login and refresh never carry an old token.
  const bare = createHttpClient({ ...options, fetch: baseFetch });

  /** Forgets the session, unless it has already moved on from the one that failed. */
  function forget(failed: Tokens | undefined) {
    if (tokens === failed) tokens = undefined;
  }

  /** A new access token for the session `from`; false when the backend refuses (the session is then over). */
  function renew(from: Tokens): Promise<boolean> {
    if (tokens !== from) return Promise.resolve(tokens !== undefined);
    if (!from.refresh) {
      forget(from);
      return Promise.resolve(false);
    }
    if (renewing?.from === from) return renewing.done;
    const done = (async () => {
      try {
        const body = await bare.request<Envelope<unknown>>({ method: 'POST', path: '/auth/refresh/', body: { refresh: from.refresh } });
        const { access, refresh } = readTokens(dataOf(body, classifyCode));
        if (!access) throw new BookingError('bad-response', 'SalonBookIt: refresh answer without a token');
        if (tokens !== from) return tokens !== undefined;
        tokens = { access, refresh: refresh ?? from.refresh };
        return true;
      } catch (error) {
        if (error instanceof BookingError && REFUSED.has(error.code)) {
          forget(from);
          return false;
        }
        throw error;
      } finally {
        if (renewing?.from === from) renewing = undefined;
      }
    })();
    renewing = { from, done };
    return done;
  }

  async function request<T>(req: HttpRequest): Promise<T> {
    const sent = tokens;
    try {
      return await http.request<T>(req);
    } catch (error) {
      if (!(error instanceof BookingError) || error.code !== 'signed-out' || !sent) throw error;
      // A write is never repeated (a booking or a cancellation must not happen twice): the customer signs in again.
      if ((req.method ?? 'GET') !== 'GET') {
        forget(sent);
        throw error;
      }
      if (!(await renew(sent))) throw error;
      const again = tokens;
      try {
        return await http.request<T>(req);
      } catch (second) {
        if (second instanceof BookingError && second.code === 'signed-out') forget(again);
        throw second;
      }
    }
  }

  async function login({ email, password }: Credentials, signal?: AbortSignal): Promise<CustomerAccount> {
    // A new sign-in replaces whoever was signed in, also when it fails.
    tokens = undefined;
    let mine: Tokens | undefined;
    try {
      const body = await bare.request<Envelope<unknown>>({ method: 'POST', path: '/auth/login/', body: { email: email.trim(), password }, signal });
      const data = dataOf(body, classifyCode);
      const { access, refresh } = readTokens(data);
      if (!access) throw new BookingError('bad-response', 'SalonBookIt: login answer without a token');
      tokens = mine = { access, refresh };
      const customer = readCustomer(data);
      if (customer?.points !== undefined) return customer;
      // No points in the login answer: the profile has them (and the customer, if login did not say).
      let profile: CustomerAccount | undefined;
      try {
        profile = readCustomer(dataOf(await request<Envelope<unknown>>({ path: '/cliente/perfil/', signal }), classifyCode));
      } catch (error) {
        if (!customer || (error instanceof BookingError && (error.code === 'aborted' || error.code === 'signed-out'))) throw error;
      }
      const account = customer ? { ...customer, ...(profile?.points !== undefined ? { points: profile.points } : {}) } : profile;
      if (!account) throw new BookingError('bad-response', 'SalonBookIt: no customer in the login or profile answer');
      return account;
    } catch (error) {
      // An aborted or failed sign-in leaves nobody signed in, so no later call carries a token the UI does not know of.
      if (mine) forget(mine);
      throw error;
    }
  }

  return {
    request,
    login,
    logout: () => {
      tokens = undefined;
    },
    get signedIn() {
      return tokens !== undefined;
    },
  };
}
