import { en, type Messages } from './en.js';
import { es } from './es.js';

export type { Messages };

const catalogs: Record<string, Messages> = { en, es };

export const supportedLocales = Object.keys(catalogs);

/** The catalog for a BCP 47 tag: exact language, else English. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return catalogs[language] ?? en;
}

/** Nearest `lang` attribute, crossing shadow roots, else the browser's language. */
export function resolveLocale(element: Element | undefined, explicit?: string | null): string {
  if (explicit) return explicit;
  let node: Node | null | undefined = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}
