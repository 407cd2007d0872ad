/* The IIFE's ./load-features.ts: the same elements, bundled inline and registered at once. */
import './account-elements.js';
import './front-desk-elements.js';

export const loadAccountElements = (): Promise<unknown> => Promise.resolve();
export const loadFrontDeskElements = (): Promise<unknown> => Promise.resolve();
