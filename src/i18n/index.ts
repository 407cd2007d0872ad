import { en, type Messages } from './en.js';
import { numberWriter, type NumberWriter } from './plural.js';

/*
 * Which catalog a locale gets, and loading it. English is in the main bundle as the fallback; every
 * other catalog is its own module loaded with import() the first time a locale needs it, so a bundler
 * splits it into a chunk and a page downloads only the languages it shows (the IIFE inlines them all).
 * No DOM here: reading the page's lang/dir is ./page-language.ts.
 */

export type { Messages };
export type CatalogId = 'en' | 'es' | 'pt-BR' | 'ar';
export type Direction = 'ltr' | 'rtl';

type Catalog = (writer: NumberWriter) => Messages;

const loaders: Record<Exclude<CatalogId, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./es.js').then((module) => module.es),
  'pt-BR': () => import('./pt-BR.js').then((module) => module.ptBR),
  ar: () => import('./ar.js').then((module) => module.ar),
};

/** Every regional variant shares its language's catalog (pt-PT reads pt-BR's, which is understood there). */
const catalogByLanguage: Record<string, CatalogId> = { en: 'en', es: 'es', pt: 'pt-BR', ar: 'ar' };

export const supportedLocales: readonly CatalogId[] = ['en', 'es', 'pt-BR', 'ar'];

export interface ResolvedLocale {
  /** The tag to format dates, numbers and money with: the requested one when its language has a catalog, else `en`. */
  locale: string;
  catalog: CatalogId;
  /** The language's own direction. */
  dir: Direction;
}

/** `es_EC` → `es-EC`; `undefined` for what is not a BCP 47 tag (Intl would throw on it). */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale and catalog for a requested tag. A language without a catalog falls back to English
 * entirely, dates included, so the widget never mixes two languages.
 */
export function resolveTag(tag: string | null | undefined): ResolvedLocale {
  const locale = canonicalLocale(tag);
  const catalog = locale ? catalogByLanguage[locale.split('-')[0].toLowerCase()] : undefined;
  if (!locale || !catalog) return { locale: 'en', catalog: 'en', dir: 'ltr' };
  return { locale, catalog, dir: catalog === 'ar' ? 'rtl' : 'ltr' };
}

const catalogs = new Map<CatalogId, Catalog>([['en', en]]);
const loading = new Map<CatalogId, Promise<Catalog>>();
const instances = new Map<string, Messages>();

/** The messages for a resolved locale if its catalog is loaded, with that locale's numbers and plurals. */
export function loadedMessages(locale: string): Messages | undefined {
  const resolved = resolveTag(locale);
  const catalog = catalogs.get(resolved.catalog);
  if (!catalog) return undefined;
  let messages = instances.get(resolved.locale);
  if (!messages) instances.set(resolved.locale, (messages = catalog(numberWriter(resolved.locale))));
  return messages;
}

/** Loads a locale's catalog once; a chunk that fails to load leaves that language in English. */
export async function loadMessages(locale: string): Promise<Messages> {
  const id = resolveTag(locale).catalog;
  if (!catalogs.has(id) && id !== 'en') {
    let load = loading.get(id);
    if (!load) {
      load = loaders[id]().catch((error: unknown) => {
        console.warn(`[booking-widget] Could not load the "${id}" texts; showing English.`, error);
        return en;
      });
      loading.set(id, load);
    }
    catalogs.set(id, await load);
  }
  return loadedMessages(locale)!;
}

/** Shown while the first catalog loads (the skeleton's label and status), so not even those are in English. */
const bootTexts: Record<Exclude<CatalogId, 'en'>, Pick<Messages, 'widgetLabel' | 'loading'>> = {
  es: { widgetLabel: 'Reservar una cita', loading: 'Cargando…' },
  'pt-BR': { widgetLabel: 'Agendar um horário', loading: 'Carregando…' },
  ar: { widgetLabel: 'حجز موعد', loading: 'جارٍ التحميل…' },
};

/** Stand-in messages while a locale's catalog loads: English, but for the loading texts. */
export function bootMessages(locale: string): Messages {
  const { catalog } = resolveTag(locale);
  return { ...loadedMessages('en')!, ...(catalog !== 'en' && bootTexts[catalog]) };
}
