import type { ErrorField } from '../core/errors.js';
import type { Messages } from './en.js';

/*
 * A backend's message about one of the customer's fields, in the customer's language when we can
 * tell what it means. The rule, in order:
 *   1. "required" / "must not be empty"          → errRequired;
 *   2. "at most N characters"                    → errTooLong(N);
 *   3. on email or phone, "invalid" / "format"   → errEmail / errPhone;
 *   4. anything else (e.g. "email already taken") → the backend's text as it came.
 * The patterns know English (most APIs, Laravel's wording included), Spanish and Portuguese.
 */

const required = /\brequired\b|\bmandatory\b|can(?:no|')t be (?:blank|empty)|must not be (?:blank|empty)|\bobligatori|\bobrigat|\brequerid|\bno puede estar vac|\bnão pode (?:ficar|estar) (?:vazi|em branco)/i;
const tooLong = /(?:not (?:be )?(?:greater|longer|more) than|not exceed|at most|maximum(?: of)?|máximo(?: de)?)\s*(\d+)\s*(?:characters|chars|caracteres)/i;
const badFormat = /\b(?:in)?valid\b|\bformat\b|\bmalformed\b|válid|\bformato\b/i;

export function serverFieldMessage(field: ErrorField, text: string, t: Messages): string {
  if (required.test(text)) return t.errRequired;
  const long = tooLong.exec(text);
  if (long) return t.errTooLong(Number(long[1]));
  if (badFormat.test(text)) {
    if (field === 'email') return t.errEmail;
    if (field === 'phone') return t.errPhone;
  }
  return text;
}
