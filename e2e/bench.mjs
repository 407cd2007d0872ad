// Speed of the built IIFE on a plain page, measured in Chromium with the fake CitaPro backend served
// over loopback HTTP (so the network adds ~nothing and the numbers are the widget's own):
//   - script: evaluating booking-widget.iife.js until every element is defined;
//   - first-render: from the element entering the page to the services being on screen;
//   - step: median time from a click to the next step being rendered (booking-step-change);
//   - long-tasks: main-thread tasks over 50 ms during a whole booking;
// Each figure is the median of RUNS page loads, checked against bench-budget.json.
//   npm run build && npm run bench
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { start } from './serve.mjs';

const runs = Number(process.env.RUNS ?? 5);
const budget = JSON.parse(readFileSync(new URL('../bench-budget.json', import.meta.url), 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await start();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function measure() {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__longTasks = 0;
    new PerformanceObserver((list) => (window.__longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: true });
    // Measured in the page, so the driver's round trips are not counted.
    const servicesShown = () => {
      const picker = document.querySelector('booking-widget')?.shadowRoot?.querySelector('booking-service-picker');
      if (picker?.shadowRoot?.querySelector('button')) performance.mark('bw-services-shown');
      else requestAnimationFrame(servicesShown);
    };
    requestAnimationFrame(servicesShown);
    window.__steps = [];
    let clickedAt = 0;
    document.addEventListener('click', () => (clickedAt = performance.now()), true);
    document.addEventListener('booking-step-change', () => window.__steps.push(performance.now() - clickedAt));
  });
  await page.route('**/booking-widget.iife.js', async (route) => {
    const response = await route.fetch();
    const body = `performance.mark('bw-script-start');\n${await response.text()}\nperformance.mark('bw-script-end');`;
    await route.fulfill({ response, body });
  });
  await page.goto(`${server.url}?lang=es`);
  const widget = page.locator('booking-widget');
  await widget.getByRole('button', { name: /Corte de cabello/ }).waitFor();
  const { script, firstRender } = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    return { script: at('bw-script-end') - at('bw-script-start'), firstRender: at('bw-services-shown') - at('bw-script-end') };
  });

  const timed = async (action, headingName) => {
    await action();
    await widget.getByRole('heading', { name: headingName }).waitFor();
  };
  await timed(() => widget.getByRole('button', { name: /Corte de cabello/ }).click(), 'Elige una sede');
  await timed(() => widget.getByRole('button', { name: /Sede Principal/ }).click(), 'Elige un profesional');
  await timed(() => widget.getByRole('button', { name: /Cualquier profesional/ }).click(), 'Elige fecha y hora');
  await widget.getByRole('gridcell', { name: /con horas libres/ }).first().click();
  await timed(() => widget.getByRole('group', { name: /^Horas del/ }).getByRole('button').first().click(), 'Tus datos');
  await widget.getByRole('textbox', { name: /^Nombre/ }).fill('Ana');
  await widget.getByRole('textbox', { name: /^Apellidos/ }).fill('Mora');
  await widget.getByRole('textbox', { name: /^Correo electrónico/ }).fill(`ana${Math.random().toString(36).slice(2, 8)}@example.ec`);
  await widget.getByRole('textbox', { name: /^Teléfono/ }).fill('0991234567');
  await timed(() => widget.getByRole('button', { name: 'Continuar' }).click(), 'Revisa tu reserva');
  await widget.getByRole('button', { name: 'Confirmar reserva' }).click();
  await widget.getByRole('heading', { name: /Solicitud de reserva recibida/ }).waitFor();
  const { longTasks, steps } = await page.evaluate(() => ({ longTasks: window.__longTasks, steps: window.__steps }));
  await page.close();
  return { script, firstRender, step: median(steps), longTasks };
}

let failed = false;
try {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const figures = {
    'script-ms': median(results.map((r) => r.script)),
    'first-render-ms': median(results.map((r) => r.firstRender)),
    'step-ms': median(results.map((r) => r.step)),
    'long-tasks': median(results.map((r) => r.longTasks)),
  };
  for (const [name, value] of Object.entries(figures)) {
    const limit = budget[name];
    const over = limit !== undefined && value > limit;
    if (over) failed = true;
    console.log(`${name}: ${value.toFixed(name === 'long-tasks' ? 0 : 1)} (budget ${limit ?? '—'}) ${over ? 'OVER BUDGET' : 'ok'}`);
  }
  console.log(`median of ${runs} runs, Chromium ${browser.version()}`);
} catch (error) {
  failed = true;
  console.error('bench failed:', error);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
