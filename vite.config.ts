import { defineConfig } from 'vite';

// One config, three library builds (see package.json "build"):
//   default: ESM for bundlers, lit and date-fns left to the host's bundler;
//   iife:    one classic <script> with everything inside, registers every element;
//   mocks:   the fake backends for integrators who want to prototype offline.
// `npm start` (serve) runs the demo with msw's browser worker from public/.
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: '.', server: { port: 5173 } };
  }
  const esmExternal = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^date-fns($|\/)/, /^@date-fns\//];
  if (mode === 'iife') {
    return {
      publicDir: false,
      build: {
        emptyOutDir: false,
        target: 'es2021',
        lib: {
          entry: 'src/index.ts',
          name: 'BookingWidget',
          formats: ['iife'],
          fileName: () => 'booking-widget.iife.js',
        },
      },
    };
  }
  if (mode === 'mocks') {
    return {
      publicDir: false,
      build: {
        emptyOutDir: false,
        target: 'es2021',
        lib: { entry: 'src/mocks/index.ts', formats: ['es'], fileName: () => 'mocks.js' },
        rolldownOptions: { external: [/^msw($|\/)/, ...esmExternal] },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      emptyOutDir: true,
      target: 'es2021',
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'booking-widget.js' },
      rolldownOptions: { external: esmExternal },
    },
  };
});
