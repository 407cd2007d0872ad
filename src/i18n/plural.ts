/*
 * Counts in messages. Each language has its own plural categories (English one/other, Spanish and
 * Portuguese one/many/other, Arabic zero/one/two/few/many/other); Intl.PluralRules knows which a
 * number falls in, and Intl.NumberFormat writes it with the locale's digits and separators.
 */

/** A message per plural category; `#` stands for the count, written the locale's way. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make()));
  return value;
}

/** `1234` → "1,234" (en), "1.234" (es), "١٬٢٣٤" (ar-EG). */
export const formatNumber = (locale: string, value: number): string =>
  cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);

/** The form for `count` under the locale's plural rules (`other` when a category is not given). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  return (forms[category] ?? forms.other).replace(/#/g, formatNumber(locale, count));
}

/** What a catalog needs to write numbers: bound to the exact locale (`ar-EG` and `ar-MA` differ in digits). */
export interface NumberWriter {
  /** A count with its plural form, see `plural`. */
  count(count: number, forms: PluralForms): string;
  /** A number on its own. */
  number(value: number): string;
}

export const numberWriter = (locale: string): NumberWriter => ({
  count: (count, forms) => plural(locale, count, forms),
  number: (value) => formatNumber(locale, value),
});
