// Checks dist/custom-elements.json (made by `cem analyze` in `npm run build`): every element is
// there with a summary, documents exactly the parts it renders (src/styles/parts.ts, itself checked
// against the rendered elements by test/widget/booking-themes.test.ts), lists the theme tokens and
// the `theme` attribute, and <booking-widget> lists every part it re-exports. Exits 1 on a gap.
import { readFileSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';

const { subElementParts, exportedName } = await loadTs('src/styles/parts.ts');
const { colorTokens } = await loadTs('src/styles/palette.ts');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
);

const tokens = [...colorTokens.map((name) => `--bw-color-${name}`), '--bw-radius', '--bw-font', '--bw-space', '--bw-density'];
const widgetParts = ['base', 'steps', 'heading', 'error', 'retry', 'back'];
const problems = [];
const names = (list) => new Set((list ?? []).map((item) => item.name));
const missing = (wanted, have) => wanted.filter((name) => !have.has(name));

for (const tag of ['booking-widget', ...Object.keys(subElementParts)]) {
  const element = elements.get(tag);
  if (!element) {
    problems.push(`${tag}: not in the manifest`);
    continue;
  }
  if (!element.summary) problems.push(`${tag}: no @summary`);
  const parts = names(element.cssParts);
  const expected = tag === 'booking-widget'
    ? [...widgetParts, ...Object.entries(subElementParts).flatMap(([sub, { parts: p }]) => p.map((part) => exportedName(sub, part)))]
    : subElementParts[tag].parts;
  for (const part of missing(expected, parts)) problems.push(`${tag}: part "${part}" is rendered but has no @csspart`);
  if (tag !== 'booking-widget') {
    const rendered = new Set(expected);
    for (const part of parts) if (!rendered.has(part)) problems.push(`${tag}: @csspart "${part}" is not in src/styles/parts.ts`);
  }
  for (const part of element.cssParts ?? []) if (!part.description) problems.push(`${tag}: part "${part.name}" has no description`);
  for (const token of missing(tokens, names(element.cssProperties))) problems.push(`${tag}: no @cssprop ${token}`);
  if (!names(element.attributes).has('theme')) problems.push(`${tag}: no theme attribute`);
}

if (problems.length) {
  console.error(`dist/custom-elements.json is missing documentation:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/custom-elements.json: ${elements.size} elements, their parts, tokens and theme attribute documented`);
