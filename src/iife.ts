/*
 * The one-file classic script: everything in src/index.ts, with the on-demand elements inline
 * (vite.config.ts points ./components/load-features.js at its static twin for this build), so every
 * element is registered as soon as the script runs.
 */
export * from './index.js';
