import { resolveTag, type Direction, type ResolvedLocale } from './index.js';

/** An element, then its ancestors, crossing from a shadow root to its host. */
export function* ancestry(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

const direction = (element: Element): Direction | undefined => {
  const dir = element.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
};

/**
 * Language and direction for an element, the way the page means them.
 *
 * Language: `explicit` (the element's `locale`), else the nearest `lang` (the element's own included,
 * crossing shadow roots), else the browser's; see `resolveTag` for catalogs and fallbacks.
 *
 * Direction: the nearest `dir="ltr|rtl"` no farther away than where the language came from, else the
 * language's own direction. So `<booking-widget locale="ar">` on an English page is right-to-left,
 * `<div lang="en">` inside `<html lang="ar" dir="rtl">` is left-to-right, and a `dir` set on the
 * element itself (or between it and its `lang`) always wins.
 */
export function pageLanguage(element: Element, explicit?: string | null): ResolvedLocale {
  let tag = explicit || undefined;
  let dir: Direction | undefined;
  let steps = 0;
  // How far up the language came from: 0 for `explicit` (only the element's own dir counts), Infinity for the browser.
  let langDepth = tag ? 0 : Infinity;
  for (const node of ancestry(element)) {
    if (steps > langDepth) break;
    dir ??= direction(node);
    if (!tag && node.getAttribute('lang')) {
      tag = node.getAttribute('lang')!;
      langDepth = steps;
    }
    if (tag && dir) break;
    steps++;
  }
  const resolved = resolveTag(tag ?? (typeof navigator !== 'undefined' ? navigator.language : undefined));
  return { ...resolved, dir: dir ?? resolved.dir };
}
