// custom-elements.json from the elements' JSDoc (@summary @fires @csspart @cssprop @attr), written
// to dist/ by `npm run build`. One addition the JSDoc cannot say without repeating itself: the parts
// <booking-widget> re-exports from its step elements (`calendar-day`, `service-option`, …), taken from
// the same list its template uses (src/styles/parts.ts) with each part's own description.
import { loadTs } from './scripts/load-ts.mjs';

const { subElementParts, exportedName } = await loadTs('src/styles/parts.ts');

function reexportedParts() {
  return {
    name: 'booking-widget-reexported-parts',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
      const widget = byTag.get('booking-widget');
      if (!widget) return;
      for (const [tag, { parts }] of Object.entries(subElementParts)) {
        const documented = new Map((byTag.get(tag)?.cssParts ?? []).map((part) => [part.name, part.description]));
        for (const part of parts) {
          const description = documented.get(part) ?? '';
          widget.cssParts = [...(widget.cssParts ?? []), { name: exportedName(tag, part), description: `${description} (\`${tag}\` part \`${part}\`)`.trim() }];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  outdir: 'dist',
  // package.json's "customElements" already points at dist/custom-elements.json; leave the file alone.
  packagejson: false,
  litelement: true,
  plugins: [reexportedParts()],
};
