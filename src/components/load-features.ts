/*
 * The elements the widget shows only for some backends or modes, loaded on demand: in the ESM build
 * each group is its own chunk, so a merchant without accounts or a front desk never downloads them.
 * The IIFE build swaps this module for ./load-features.static.ts (see vite.config.ts), which has
 * them inline: a classic script cannot fetch chunks of its own.
 */

/**
 * One promise per chunk: the widget asks on every update while a feature is on, which should cost
 * nothing. A failed load (a dropped connection) is forgotten, so the next ask tries again.
 */
function once(load: () => Promise<unknown>): () => Promise<unknown> {
  let pending: Promise<unknown> | undefined;
  return () => (pending ??= load().catch((error: unknown) => {
    pending = undefined;
    throw error;
  }));
}

/** `<booking-sign-in>`, `<booking-manage>`. */
export const loadAccountElements = once(() => import('./account-elements.js'));

/** `<booking-front-desk-form>`, `<booking-front-desk-review>`, `<booking-recurrence>`. */
export const loadFrontDeskElements = once(() => import('./front-desk-elements.js'));
