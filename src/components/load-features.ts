/*
 * The elements the widget shows only for some backends or modes, loaded on demand: in the ESM build
 * each group is its own chunk, so a merchant without accounts or a front desk never downloads them.
 * The IIFE build swaps this module for ./load-features.static.ts (see vite.config.ts), which has
 * them inline: a classic script cannot fetch chunks of its own.
 */

/** `<booking-sign-in>`, `<booking-manage>`. */
export const loadAccountElements = (): Promise<unknown> => import('./account-elements.js');

/** `<booking-front-desk-form>`, `<booking-front-desk-review>`, `<booking-recurrence>`. */
export const loadFrontDeskElements = (): Promise<unknown> => import('./front-desk-elements.js');
