import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

/** Lit's html`` and css`` literals are kept verbatim by minifiers; this strips their whitespace. */
const minifyTemplates = (): Plugin => ({
  name: 'minify-template-literals',
  apply: 'build',
  enforce: 'post',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map } : null;
  },
});

// One config, three library builds (see package.json "build"):
//   default: ESM for bundlers, lit and date-fns left to the host's bundler; each non-English catalog
//            is its own chunk (dist/i18n/<locale>.js), and so are the account and front-desk elements
//            (dist/features/), which the widget import()s when a page needs them;
//   iife:    one classic <script> with everything inside (src/iife.ts), registers every element;
//   mocks:   the fake backends, for integrators who want to prototype offline.
// `npm start` serves demo/ with msw's worker from public/ (never part of a library build).
/** Catalogs go to i18n/, the on-demand feature elements (accounts, front desk) to features/. */
const chunkFileName = ({ name }: { name: string }) => (/^(es|pt-BR|ar)$/.test(name) ? 'i18n/[name].js' : 'features/[name].js');

const esmExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^date-fns($|\/)/, /^@date-fns\//];

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', publicDir: resolve('public'), server: { port: 5173, host: true } };
  }
  const library = (entry: string, fileName: string, external: RegExp[], formats: Array<'es' | 'iife'> = ['es']) => ({
    publicDir: false as const,
    plugins: [minifyTemplates()],
    build: {
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      lib: { entry, name: 'BookingWidget', formats, fileName: () => fileName },
      rolldownOptions: {
        external,
        // A classic script cannot import() its own chunks: the IIFE inlines the catalogs (vite's default
        // for iife, spelled out so it stays one file).
        output: formats.includes('iife') ? { codeSplitting: false } : { chunkFileNames: chunkFileName },
      },
    },
  });
  if (mode === 'iife') {
    // A classic script cannot fetch chunks: the on-demand elements are bundled in, and registered at once.
    const iife = library('src/iife.ts', 'booking-widget.iife.js', [], ['iife']);
    const loader = resolve('src/components/load-features.ts');
    const inline = resolve('src/components/load-features.static.ts');
    const inlineFeatures: Plugin = {
      name: 'inline-features',
      enforce: 'pre',
      async resolveId(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved?.id === loader ? inline : null;
      },
    };
    return { ...iife, plugins: [inlineFeatures, ...iife.plugins] };
  }
  if (mode === 'mocks') return library('src/mocks/index.ts', 'mocks.js', [/^msw($|\/)/, ...esmExternal]);
  const esm = library('src/index.ts', 'booking-widget.js', esmExternal);
  return { ...esm, build: { ...esm.build, emptyOutDir: true } };
});
