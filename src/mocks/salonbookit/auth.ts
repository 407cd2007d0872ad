import type { SalonBookItCustomer } from './data.js';
import { customersOf, fail, isEmail, ok, type Details, type FakeContext } from './envelope.js';

/*
 * The fake's customer sign-in (api-notes §2.2; the bodies are undocumented, so it decides):
 * - `POST /auth/login/` `{email, password}` → `{ access, refresh, token_type: "Bearer", expires_in,
 *   cliente: { id, nombre, email, telefono, puntos } }`; a wrong e-mail or password → 401
 *   INVALID_CREDENTIALS. After `maxLoginAttempts` (5) wrong passwords for one e-mail, that e-mail is
 *   locked for `lockoutSeconds` (900): 429 LOGIN_ATTEMPTS_EXCEEDED with Retry-After, even with the
 *   right password. A successful sign-in clears the count.
 * - `POST /auth/refresh/` `{refresh}` → `{ access, refresh, expires_in }` (the same refresh token).
 * - Tokens are opaque strings. Access tokens last 24 h of the fake's clock (the docs' JWT lifetime),
 *   refresh tokens 30 days; `expireTokens()` ends them at once for tests.
 * - A request's `Authorization: Bearer` is checked wherever it is sent: absent → no customer (routes
 *   that need one answer 401 MISSING_TOKEN), unknown or malformed → 401 INVALID_TOKEN, ended → 401
 *   TOKEN_EXPIRED (as a JWT library refuses a bad token before any view runs).
 */

export interface SalonBookItAuthOptions {
  /** Access-token lifetime (default 24 h). */
  accessTtlMs?: number;
  /** Refresh-token lifetime (default 30 days). */
  refreshTtlMs?: number;
  /** Whether login hands out a refresh token (default true). */
  refreshTokens?: boolean;
  /** Wrong passwords before the lock (default 5). */
  maxLoginAttempts?: number;
  /** How long the lock lasts (default 900 s). */
  lockoutSeconds?: number;
}

interface Issued {
  kind: 'access' | 'refresh';
  customerId: number;
  expiresAt: number;
}

const HOUR = 3_600_000;

export const customerView = (c: SalonBookItCustomer) => ({ id: c.id, nombre: c.nombre, email: c.email, telefono: c.telefono, puntos: c.puntos });

export function createSalonBookItAuth(ctx: FakeContext, options: SalonBookItAuthOptions = {}) {
  const { accessTtlMs = 24 * HOUR, refreshTtlMs = 30 * 24 * HOUR, refreshTokens = true, maxLoginAttempts = 5, lockoutSeconds = 900 } = options;
  const tokens = new Map<string, Issued>();
  const attempts = new Map<string, { failures: number; lockedUntil?: number }>();
  let counter = 0;
  const now = () => ctx.now().getTime();

  function issue(kind: Issued['kind'], customerId: number): string {
    counter++;
    const token = `sbk_${kind}_${counter}_${Math.random().toString(36).slice(2, 10)}`;
    tokens.set(token, { kind, customerId, expiresAt: now() + (kind === 'access' ? accessTtlMs : refreshTtlMs) });
    return token;
  }

  /** The customer a request's token names: undefined without `Authorization`, a 401 response when it is bad. */
  function identify(request: Request): SalonBookItCustomer | undefined | Response {
    const header = request.headers.get('Authorization');
    if (header === null) return undefined;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const issued = token ? tokens.get(token) : undefined;
    if (!issued || issued.kind !== 'access') return fail(401, 'INVALID_TOKEN', 'Token inválido.');
    if (issued.expiresAt <= now()) return fail(401, 'TOKEN_EXPIRED', 'El token ha expirado.');
    return customersOf(ctx.state).find((c) => c.id === issued.customerId) ?? fail(401, 'INVALID_TOKEN', 'Token inválido.');
  }

  function login(body: Record<string, unknown>): Response {
    const details: Details = {};
    for (const field of ['email', 'password']) {
      if (typeof body[field] !== 'string' || (body[field] as string).trim() === '') details[field] = ['Este campo es obligatorio.'];
    }
    if (!details.email && !isEmail(String(body.email).trim())) details.email = ['Formato de email inválido.'];
    if (Object.keys(details).length > 0) return fail(400, 'VALIDATION_ERROR', 'Los datos enviados no son válidos.', details);
    const email = String(body.email).trim().toLowerCase();
    const record = attempts.get(email) ?? { failures: 0 };
    if (record.lockedUntil !== undefined && record.lockedUntil > now()) {
      const wait = String(Math.ceil((record.lockedUntil - now()) / 1000));
      return fail(429, 'LOGIN_ATTEMPTS_EXCEEDED', 'Demasiados intentos de inicio de sesión. Inténtalo más tarde.', undefined, { 'Retry-After': wait });
    }
    const customer = customersOf(ctx.state).find((c) => c.email.toLowerCase() === email);
    if (!customer || customer.password !== body.password) {
      record.failures++;
      if (record.failures >= maxLoginAttempts) Object.assign(record, { failures: 0, lockedUntil: now() + lockoutSeconds * 1000 });
      attempts.set(email, record);
      return fail(401, 'INVALID_CREDENTIALS', 'Email o contraseña incorrectos.');
    }
    attempts.delete(email);
    return ok({
      access: issue('access', customer.id),
      ...(refreshTokens ? { refresh: issue('refresh', customer.id) } : {}),
      token_type: 'Bearer',
      expires_in: Math.floor(accessTtlMs / 1000),
      cliente: customerView(customer),
    });
  }

  function refresh(body: Record<string, unknown>): Response {
    if (typeof body.refresh !== 'string' || body.refresh === '') {
      return fail(400, 'MISSING_REQUIRED_FIELD', 'Falta el token de refresco.', { refresh: ['Este campo es obligatorio.'] });
    }
    const issued = tokens.get(body.refresh);
    if (!issued || issued.kind !== 'refresh') return fail(401, 'INVALID_TOKEN', 'Token inválido.');
    if (issued.expiresAt <= now()) return fail(401, 'TOKEN_EXPIRED', 'El token ha expirado.');
    return ok({ access: issue('access', issued.customerId), refresh: body.refresh, expires_in: Math.floor(accessTtlMs / 1000) });
  }

  return {
    identify,
    login,
    refresh,
    /** Ends every access token issued so far (and the refresh tokens too with `{ refresh: true }`). */
    expireTokens({ refresh: alsoRefresh = false }: { refresh?: boolean } = {}): void {
      for (const issued of tokens.values()) if (issued.kind === 'access' || alsoRefresh) issued.expiresAt = now();
    },
    reset(): void {
      tokens.clear();
      attempts.clear();
    },
  };
}
