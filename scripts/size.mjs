// Reports gzip -9 sizes of the builds and fails when one exceeds its budget in size-budget.json.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
let over = 0;
for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('$')) continue;
  if (!existsSync(file)) {
    console.error(`${file}: missing — run \`npm run build\` first`);
    over++;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = gz <= budget ? 'ok' : 'OVER BUDGET';
  if (gz > budget) over++;
  console.log(`${file}: ${kb(raw.length)} raw, ${kb(gz)} gzip (budget ${kb(budget)}, ${Math.round((gz / budget) * 100)}%) ${verdict}`);
}
process.exit(over ? 1 : 0);
