import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { forcedColorsPlugin } from './test/helpers/forced-colors-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';

// Debian's Chromium; test tools cannot download their own browser here.
const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * @testing-library/dom depends on CommonJS-only packages (aria-query, …) that browsers cannot import
 * and the dev server's CommonJS conversion mishandles, so the test server serves the testing
 * libraries as one ESM bundle, built in memory by esbuild on first request.
 */
function testingLibraryBundle() {
  const url = '/__testing-library__.js';
  const sources = new Set(['shadow-dom-testing-library', '@testing-library/dom']);
  let bundle;
  return {
    name: 'testing-library-bundle',
    resolveImport: ({ source }) => (sources.has(source) ? url : undefined),
    async serve(context) {
      if (context.path !== url) return undefined;
      bundle ??= build({
        stdin: {
          contents: "export * from 'shadow-dom-testing-library'; export { waitFor, within } from '@testing-library/dom';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        define: { 'process.env.NODE_ENV': '"test"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

/**
 * The browser runs in a zone unlike every business zone the tests use, so code that leans on the
 * device's zone (local Date getters, `new Date(y, m, d)`) fails loudly. Chatham is +12:45/+13:45:
 * quarter-hour offsets, its own DST on other dates than the US, EU or Sydney, and far enough east that
 * most business afternoons are already the next day there. test/core/dst-table.ts holds the same name.
 */
const browserTimeZone = 'Pacific/Chatham';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    testingLibraryBundle(),
    forcedColorsPlugin(),
  ],
  // msw's worker must be served from the origin root.
  middleware: [
    (ctx, next) => {
      if (ctx.url === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
        env: { ...process.env, TZ: browserTimeZone },
      },
    }),
  ],
  // One page at a time: a hidden second page gets throttled (rAF paused, real clicks slowed to seconds).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
