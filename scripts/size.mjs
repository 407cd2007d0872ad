// Reports gzip -9 sizes of the builds and fails when one exceeds its budget in size-budget.json.
// An ESM file counts with every chunk it imports statically (what a browser must fetch before it
// runs), each gzipped on its own as a server would send it; import()ed chunks count only under
// their own budget entries.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The file and the relative chunks it imports statically, transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // `import{a}from"./x.js"`, `from "./x.js"`, `import "./x.js"` — but not `import("./x.js")`.
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}

// Chunks the widget import()s on demand count only what the entry has not already brought.
const entry = 'dist/booking-widget.js';
const preloaded = (file) => (file !== entry && file.startsWith('dist/') && !file.endsWith('.iife.js') && existsSync(entry) ? staticClosure(entry) : new Set());

let over = 0;
for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  if (!existsSync(file)) {
    console.error(`${file}: missing — run \`npm run build\` first`);
    over++;
    continue;
  }
  const already = preloaded(file);
  const files = [...staticClosure(file)].filter((f) => f === file || !already.has(f));
  const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const verdict = gz <= budget ? 'ok' : 'OVER BUDGET';
  if (gz > budget) over++;
  const chunks = files.length > 1 ? ` (with ${files.slice(1).join(', ')})` : '';
  console.log(`${file}: ${kb(raw)} raw, ${kb(gz)} gzip (budget ${kb(budget)}, ${Math.round((gz / budget) * 100)}%) ${verdict}${chunks}`);
}
process.exit(over ? 1 : 0);
