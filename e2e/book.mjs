// The built IIFE on a plain page, driven as a customer (and as a front desk) in Chromium against the
// four fake backends served over real HTTP from another origin, with CORS. One line per scenario;
// exits non-zero when any fails. Run one or some by name: `npm run e2e -- salonbookit-account`.
//   npm run build && npm run e2e
import { launch } from './driver.mjs';
import { start } from './serve.mjs';
import { citaPro, latePointAnyAgent, miketsuAppointment, miketsuGroupClass, salonBookItTwoServices } from './scenarios-customer.mjs';
import { miketsuFrontDesk, salonBookItAccount } from './scenarios-account.mjs';

const scenarios = {
  citapro: citaPro,
  'salonbookit-services': salonBookItTwoServices,
  latepoint: latePointAnyAgent,
  'miketsu-appointment': miketsuAppointment,
  'miketsu-group-class': miketsuGroupClass,
  'salonbookit-account': salonBookItAccount,
  'miketsu-front-desk': miketsuFrontDesk,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !scenarios[name]);
if (unknown.length) {
  console.error(`e2e: unknown scenario ${unknown.join(', ')}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
const server = await start();
const browser = await launch();
const failures = [];
try {
  for (const [name, run] of Object.entries(scenarios)) {
    if (chosen.length && !chosen.includes(name)) continue;
    const at = Date.now();
    try {
      const line = await run(browser, server);
      console.log(`e2e: ${line} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failures.push(name);
      // The message (with what the page saw) and where in the scenario it stopped.
      const where = String(error?.stack ?? '').split('\n').filter((line) => /^\s+at .*e2e\//.test(line)).slice(0, 2);
      console.error(`e2e FAILED ${name}: ${error?.message ?? error}\n${where.join('\n')}`);
    }
  }
  if (server.preflights.length === 0) {
    failures.push('cors');
    console.error('e2e FAILED cors: no preflight reached the API server (the widget should send headers that need one)');
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) console.error(`e2e: ${failures.length} failed (${failures.join(', ')}) in ${seconds} s`);
else console.log(`e2e: all passed through the built IIFE in ${seconds} s`);
process.exit(failures.length ? 1 : 0);
